import { FairdrawError, draw, poolNames, recordDigest, snapshotPools, type PoolDigest, type PoolName, type Pools } from '@fairdraw/core';
import type { Change, DrawEntry, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';

/**
 * Prepares a draw of a task: freezes its parameters and the current directory versions.
 * The plan must be published first, so the public sees what will be drawn before it is.
 */
export async function prepareDraw(store: Store, input: { taskId: number; replaces: number | null }, change: Change): Promise<DrawEntry> {
  const entry = await store.tasks.get(input.taskId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `task ${input.taskId} does not exist`);
  const plan = await store.plans.get(entry.planId);
  if (!plan?.publishedAt) {
    throw new ApiError(409, 'CONFLICT', `publish plan ${entry.planId} before drawing its tasks: the public must see the task before the draw`);
  }
  const versions = {} as Record<PoolName, number>;
  const digests = {} as Record<PoolName, PoolDigest>;
  for (const pool of poolNames) {
    // Metadata only: decoding a 100,000-record version just to read its digest cost half a second.
    let latest = (await store.directories.list(pool)).at(-1);
    if (!latest && pool === 'conflicts') {
      // A bureau without 回避 pairs still binds the draw to an (empty) list, on the record.
      latest = await store.directories.append(
        { pool, records: [], digest: snapshotPools({ targets: [], inspectors: [] }).digests.conflicts, reason: 'empty 回避 list, created for the first draw' },
        change,
      );
    }
    if (!latest) throw new ApiError(409, 'CONFLICT', `import the ${pool} directory before preparing a draw`);
    versions[pool] = latest.id;
    digests[pool] = { count: latest.count, digest: latest.digest };
  }
  return store.draws.prepare({ taskId: entry.id, task: entry.planned.task, versions, digests, replaces: input.replaces }, change);
}

/** The frozen directories of a draw, checked against the digests it was prepared with. */
export async function poolsOfDraw(store: Store, entry: DrawEntry): Promise<Pools> {
  const [targets, inspectors, conflicts] = await Promise.all(poolNames.map((pool) => store.directories.get(entry.versions[pool])));
  if (!targets || !inspectors || !conflicts) throw new ApiError(500, 'INTERNAL', `a directory version of draw ${entry.id} is missing`);
  const pools = snapshotPools({
    targets: targets.records as Pools['targets'],
    inspectors: inspectors.records as Pools['inspectors'],
    conflicts: conflicts.records as Pools['conflicts'],
  });
  for (const pool of poolNames) {
    if (pools.digests[pool].digest !== entry.digests[pool].digest) {
      // Stored data no longer matches what was frozen: refuse rather than draw from it.
      throw new FairdrawError('MISMATCH', `the stored ${pool} directory of draw ${entry.id} no longer matches its digest ${entry.digests[pool].digest}`);
    }
  }
  return pools;
}

/** Runs a prepared draw with the seed supplied by staff, and stores the record. */
export async function performDraw(store: Store, input: { drawId: number; seed: string }, change: Change): Promise<DrawEntry> {
  const entry = await store.draws.get(input.drawId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${input.drawId} does not exist`);
  if (entry.status !== 'prepared') {
    throw new ApiError(409, 'CONFLICT', `draw ${entry.id} is ${entry.status}; only a prepared draw can be drawn, once`);
  }
  const pools = await poolsOfDraw(store, entry);
  const record = draw({ task: entry.task, pools, seed: input.seed, algorithm: 'fairdraw-draw/1' });
  return store.draws.complete(entry.id, { seed: input.seed, seedSource: 'operator', record, recordDigest: recordDigest(record) }, change);
}
