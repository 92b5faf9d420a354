import { z } from 'zod';
import {
  FairdrawError,
  QUICKNET,
  SeedEvidence,
  WitnessCommitment,
  conflictsSaltRequired,
  draw,
  drandRoundTime,
  earliestDrandRound,
  findDrandChain,
  parseWith,
  poolNames,
  prepareCommitment,
  recordDigest,
  revealSeed,
  seedSourceValue,
  snapshotPool,
  snapshotPools,
  type PoolDigest,
  type PoolName,
  type Pools,
  type SeedSource,
} from '@fairdraw/core';
import type { Change, DrawEntry, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';
import type { Trust } from '../trust/trust.ts';

/**
 * Where a draw's seed will come from, as staff choose it when preparing: a drand round (the
 * default; the service names the first round due after the margin unless a later one is given),
 * a witness ceremony whose hashes are handed in now, or the operator (allowed, never verifiable).
 */
export const SeedSourceChoice = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('drand'), round: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional() }),
  z.strictObject({ type: z.literal('witnesses'), commitments: z.array(WitnessCommitment).min(1) }),
  z.strictObject({ type: z.literal('operator') }),
]);
export type SeedSourceChoice = z.infer<typeof SeedSourceChoice>;

/**
 * Prepares a draw of a task: freezes its parameters and the current directory versions, and
 * publishes the commitment to them and to the seed source before anyone can know the seed
 * (trust-spec §3). The plan must be published first, so the public sees what will be drawn.
 */
export async function prepareDraw(
  store: Store,
  trust: Trust,
  input: { taskId: number; replaces: number | null; seedSource?: SeedSourceChoice },
  change: Change,
): Promise<DrawEntry> {
  trust.ledger.assertIntact();
  const entry = await store.tasks.get(input.taskId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `task ${input.taskId} does not exist`);
  const plan = await store.plans.get(entry.planId);
  if (!plan?.publishedAt) {
    throw new ApiError(409, 'CONFLICT', `publish plan ${entry.planId} before drawing its tasks: the public must see the task before the draw`);
  }
  const replaced = input.replaces === null ? null : await replacedDraw(store, input.replaces, entry.id);
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
  // The commitment binds the public directories by their digests: only the 回避 list is read, for its salted digest.
  const conflicts = await conflictsOfVersion(store, versions.conflicts, digests.conflicts, `the draw of task ${entry.id}`);
  const salt = trust.newSalt();
  const { commitment, digest } = prepareCommitment({
    task: entry.planned.task,
    pools: { digests, conflicts },
    salt,
    at: change.at,
    seedSource: seedSourceOf(input.seedSource ?? { type: 'drand' }, change.at, trust.drandMarginSeconds),
    marginSeconds: trust.drandMarginSeconds,
    replaces: replaced?.commitmentDigest ? { commitment: replaced.commitmentDigest, reason: replaced.cancelReason ?? '' } : null,
  });
  const ledger = trust.ledger.entry('commitment', change.at, { commitmentDigest: digest, commitment });
  return trust.ledger.recorded(store, () =>
    store.draws.prepare({ taskId: entry.id, task: entry.planned.task, versions, digests, replaces: input.replaces, commitment: { commitment, digest, salt, ledger } }, change),
  );
}

async function replacedDraw(store: Store, id: number, taskId: number): Promise<DrawEntry> {
  const replaced = await store.draws.get(id);
  if (!replaced || replaced.taskId !== taskId) throw new ApiError(409, 'CONFLICT', `draw ${id} is not a draw of task ${taskId}`);
  if (replaced.status !== 'cancelled') {
    throw new ApiError(409, 'CONFLICT', `draw ${id} is ${replaced.status}: cancel it, with a reason, before preparing the draw that replaces it`);
  }
  return replaced;
}

/** How far ahead a drand round may lie: a commitment holds its task open until the round is out. */
const MAX_DRAND_HORIZON_DAYS = 366;

function seedSourceOf(choice: SeedSourceChoice, at: string, marginSeconds: number): SeedSource {
  if (choice.type !== 'drand') return choice;
  const earliest = earliestDrandRound({ at, marginSeconds, chain: QUICKNET });
  const latest = earliestDrandRound({ at, marginSeconds: MAX_DRAND_HORIZON_DAYS * 86_400, chain: QUICKNET });
  if (choice.round !== undefined && choice.round > latest) {
    const message = `drand round ${choice.round} is due more than ${MAX_DRAND_HORIZON_DAYS} days after the commitment; name a round from ${earliest} to ${latest}, or none for ${earliest}`;
    throw new ApiError(422, 'INVALID_INPUT', message, [{ source: 'request body', path: ['seedSource', 'round'], message }]);
  }
  return { type: 'drand', chain: QUICKNET.hash, round: choice.round ?? earliest };
}

/** A 回避 list version in canonical order, checked against the digest it is listed with. */
async function conflictsOfVersion(store: Store, id: number, digest: PoolDigest, of: string): Promise<Pools['conflicts']> {
  const version = await store.directories.get(id);
  if (!version) throw new ApiError(500, 'INTERNAL', `a directory version of ${of} is missing`);
  const snapshot = snapshotPool('conflicts', version.records as Pools['conflicts']);
  if (snapshot.digest.digest !== digest.digest) throw new FairdrawError('MISMATCH', `the stored conflicts directory of ${of} no longer matches its digest ${digest.digest}`);
  return snapshot.records;
}

/** The frozen directories of a draw, checked against the digests it was prepared with. */
export async function poolsOfDraw(store: Store, entry: DrawEntry): Promise<Pools> {
  const { versions, digests } = entry;
  const of = `draw ${entry.id}`;
  const [targets, inspectors, conflicts] = await Promise.all(poolNames.map((pool) => store.directories.get(versions[pool])));
  if (!targets || !inspectors || !conflicts) throw new ApiError(500, 'INTERNAL', `a directory version of ${of} is missing`);
  const pools = snapshotPools({
    targets: targets.records as Pools['targets'],
    inspectors: inspectors.records as Pools['inspectors'],
    conflicts: conflicts.records as Pools['conflicts'],
  });
  for (const pool of poolNames) {
    if (pools.digests[pool].digest !== digests[pool].digest) {
      // Stored data no longer matches what was frozen: refuse rather than draw from it.
      throw new FairdrawError('MISMATCH', `the stored ${pool} directory of ${of} no longer matches its digest ${digests[pool].digest}`);
    }
  }
  return pools;
}

/** What staff give to draw: the pasted drand beacon, the witnesses' reveals, or the operator's value; nothing for a beacon the service fetches. */
export const EvidenceGiven = z.strictObject({ beacon: z.unknown().optional(), reveals: z.unknown().optional(), value: z.unknown().optional() });
export type EvidenceGiven = z.infer<typeof EvidenceGiven>;

/**
 * Draws a prepared draw once its seed source's value is known: the drand round (fetched from
 * the relays when its time has come, or pasted by staff), the witnesses' reveals, or the
 * operator's value. The seed is derived from the commitment and that value (trust-spec §5);
 * the record and the ledger entry are stored together.
 */
export async function performDraw(store: Store, trust: Trust, input: { drawId: number; evidence?: EvidenceGiven }, change: Change): Promise<DrawEntry> {
  trust.ledger.assertIntact();
  const entry = await store.draws.get(input.drawId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${input.drawId} does not exist`);
  if (entry.status !== 'prepared') {
    throw new ApiError(409, 'CONFLICT', `draw ${entry.id} is ${entry.status}; only a prepared draw can be drawn, once`);
  }
  const { commitment, commitmentDigest } = entry;
  if (commitment === null || commitmentDigest === null) {
    throw new ApiError(409, 'CONFLICT', `draw ${entry.id} was prepared before fairdraw made commitments: cancel it and prepare it again, so that its seed source is fixed in advance`);
  }
  const given = input.evidence ?? {};
  const evidence =
    Object.keys(given).length === 0
      ? await fetchEvidence(trust, commitment.seedSource, change.at)
      : parseWith(SeedEvidence, { type: commitment.seedSource.type, ...given }, { source: `the evidence for draw ${entry.id}` });
  const { seed } = revealSeed({ commitmentDigest, seedSource: commitment.seedSource, evidence });
  const pools = await poolsOfDraw(store, entry);
  // fairdraw-draw/2 records bind the 回避 list by the commitment's salted digest, never by its plain one.
  const conflictsSalt = conflictsSaltRequired(commitment.algorithm) ? await store.draws.conflictsSalt(entry.id) : undefined;
  const record = draw({ task: entry.task, pools, seed, algorithm: commitment.algorithm, ...(conflictsSalt === undefined ? {} : { conflictsSalt }) });
  const digest = recordDigest(record);
  const ledger = trust.ledger.entry('draw', change.at, { commitmentDigest, seed, recordDigest: digest });
  return trust.ledger.recorded(store, () => store.draws.complete(entry.id, { seed, seedSource: commitment.seedSource.type, evidence, record, recordDigest: digest, ledger }, change));
}

/** The evidence the service can obtain by itself: a drand beacon, once its round is due. */
async function fetchEvidence(trust: Trust, source: SeedSource, now: string): Promise<SeedEvidence> {
  if (source.type !== 'drand') {
    const needs = source.type === 'witnesses' ? 'every witness\'s reveal: { "reveals": [{ "witness", "secret" }, …] }' : 'the operator\'s value: { "value": "…" }';
    throw new ApiError(422, 'INVALID_INPUT', `this draw's seed comes from ${source.type}; give ${needs}`);
  }
  const chain = findDrandChain(source.chain);
  if (!chain) throw new ApiError(422, 'INVALID_INPUT', `fairdraw does not know drand chain ${source.chain}`);
  const due = drandRoundTime(source.round, chain);
  if (Date.parse(now) < Date.parse(due)) {
    throw new ApiError(409, 'TOO_EARLY', `drand round ${source.round} is due at ${due}; nobody can know this draw's seed before then, so it cannot be drawn yet`);
  }
  // A relay is only a courier: a beacon that does not verify is passed over for the next relay's.
  const beacon = await trust.relay.fetch(source.chain, source.round, (served) => {
    try {
      seedSourceValue(source, parseWith(SeedEvidence, { type: 'drand', beacon: served }, { source: `drand round ${source.round} as the relay served it` }));
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  });
  return parseWith(SeedEvidence, { type: 'drand', beacon }, { source: `drand round ${source.round} as the relay served it` });
}

/** Cancels a draw, with its reason; a committed draw's cancellation enters the ledger. */
export async function cancelDraw(store: Store, trust: Trust, input: { drawId: number; reason: string }, change: Change): Promise<DrawEntry> {
  trust.ledger.assertIntact();
  const entry = await store.draws.get(input.drawId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${input.drawId} does not exist`);
  // A draw made before commitments has no ledger entries to add to; its cancellation is public on the portal all the same.
  const ledger = entry.commitmentDigest === null ? undefined : trust.ledger.entry('cancellation', change.at, { commitmentDigest: entry.commitmentDigest, reason: input.reason });
  return trust.ledger.recorded(store, () => store.draws.cancel(entry.id, { reason: input.reason, ...(ledger ? { ledger } : {}) }, change));
}
