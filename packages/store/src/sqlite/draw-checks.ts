import { canonicalJson, commitmentDigest, conflictsSaltRequired, poolNames, recordDigest, type DrawRecord, type PoolDigest, type PoolName, type Task } from '@fairdraw/core';
import type { DrawCommitment } from '../store.ts';
import type { DrawEntry } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';

/**
 * Checks that each pool's directory version (named by its id, as `directories.get` finds it)
 * exists, belongs to that pool and has the digest the draw will bind to; throws NOT_FOUND for
 * a missing version and CONFLICT for another pool's version or a different digest.
 */
export function assertVersionsMatch(
  conn: Connection,
  input: { versions: { readonly [P in PoolName]: number }; digests: { readonly [P in PoolName]: PoolDigest } },
): void {
  for (const pool of poolNames) {
    const id = input.versions[pool];
    const stored = conn
      .statement<[number], { pool: string; version: number; digest: string; count: number }>('SELECT pool, version, digest, count FROM directory_versions WHERE id = ?')
      .get(id);
    if (!stored) throw new StoreError('NOT_FOUND', `directory version ${id} (for the ${pool} pool) is not in the store`);
    if (stored.pool !== pool) throw new StoreError('CONFLICT', `directory version ${id} is version ${stored.version} of the ${stored.pool} pool, not of ${pool}`);
    const given = input.digests[pool];
    if (stored.digest !== given.digest || stored.count !== given.count) {
      throw new StoreError(
        'CONFLICT',
        `the ${pool} digest given (${given.digest}, ${given.count} records) is not that of directory version ${id} ` +
          `(${stored.digest}, ${stored.count} records)`,
      );
    }
  }
}

/**
 * Checks that a record was drawn from what the draw froze (its task, its pools) with the
 * seed given, and that its digest is the one given; throws CONFLICT naming the difference.
 */
export function assertRecordMatches(draw: DrawEntry, input: { seed: string; record: DrawRecord; recordDigest: string }): void {
  const differences: string[] = [];
  if (input.record.seed !== input.seed) differences.push('its seed is not the seed given');
  if (canonicalJson(input.record.task) !== canonicalJson(draw.task)) differences.push('its task is not the task the draw froze');
  if (draw.commitment !== null && input.record.algorithm !== draw.commitment.algorithm) differences.push(`its algorithm is ${input.record.algorithm}, not the committed ${draw.commitment.algorithm}`);
  if (canonicalJson(input.record.pools) !== canonicalJson(expectedRecordPools(draw, input.record.algorithm))) differences.push('its pool digests are not those the draw froze');
  if (recordDigest(input.record) !== input.recordDigest) differences.push(`its digest is ${recordDigest(input.record)}, not ${input.recordDigest}`);
  if (differences.length > 0) {
    throw new StoreError('CONFLICT', `the record given for draw ${draw.id} does not belong to it: ${differences.join('; ')}`);
  }
}

/**
 * The pool digests a record of this draw must carry: the frozen ones, except that an algorithm
 * that salts the 回避 digest (fairdraw-draw/2) carries the commitment's salted digest instead.
 */
function expectedRecordPools(draw: DrawEntry, algorithm: string): DrawEntry['digests'] | null {
  if (!conflictsSaltRequired(algorithm)) return draw.digests;
  if (draw.commitment === null) return null;
  const { count, saltedDigest } = draw.commitment.directories.internal.conflicts;
  return { ...draw.digests, conflicts: { count, digest: saltedDigest } };
}

/**
 * Checks that a commitment binds what the draw freezes: its digest is its own, its task and
 * public directory digests are the draw's, its 回避 count is the draw's, and it names the
 * replaced draw's commitment (when that one had one). Throws CONFLICT naming the difference.
 */
export function assertCommitmentMatches(
  input: { task: Task; digests: { readonly [P in PoolName]: PoolDigest } },
  committed: DrawCommitment,
  replaced: DrawEntry | undefined,
): void {
  const { commitment } = committed;
  const differences: string[] = [];
  if (commitmentDigest(commitment) !== committed.digest) differences.push(`its digest is ${commitmentDigest(commitment)}, not ${committed.digest}`);
  if (canonicalJson(commitment.task) !== canonicalJson(input.task)) differences.push('its task is not the task the draw freezes');
  const { targets, inspectors } = commitment.directories.public;
  if (canonicalJson({ targets, inspectors }) !== canonicalJson({ targets: input.digests.targets, inspectors: input.digests.inspectors })) {
    differences.push('its target and inspector digests are not the directory versions the draw freezes');
  }
  if (commitment.directories.internal.conflicts.count !== input.digests.conflicts.count) differences.push('its 回避 count is not that of the directory version the draw freezes');
  if (!/^[0-9a-f]{64}$/.test(committed.salt)) differences.push('its salt is not 64 lower-case hex digits');
  const expected = replaced?.commitmentDigest ?? null;
  if ((commitment.replaces?.commitment ?? null) !== expected) differences.push(`it must name the replaced draw's commitment (${expected ?? 'none'}) in replaces`);
  if (differences.length > 0) throw new StoreError('CONFLICT', `the commitment given does not belong to this draw: ${differences.join('; ')}`);
}
