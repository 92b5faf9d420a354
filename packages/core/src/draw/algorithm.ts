import { z } from 'zod';
import type { Conflict } from '../model/conflict.ts';
import type { PoolDigest } from '../snapshot/pool-snapshot.ts';
import { poolSnapshotText, snapshotPool } from '../snapshot/pools.ts';
import { saltedDigest } from '../trust/salted-digest.ts';
import { FairdrawError } from '../errors.ts';

/** The first version: the record carries the plain digest of the 回避 list (spec §9). */
export const DRAW_ALGORITHM_1 = 'fairdraw-draw/1';
/** The same draw, but the record carries the 回避 list's salted digest (spec §13). */
export const DRAW_ALGORITHM_2 = 'fairdraw-draw/2';

/** The algorithm this library draws with; older versions stay replayable under their ids. */
export const DRAW_ALGORITHM = DRAW_ALGORITHM_2;
export const supportedAlgorithms = [DRAW_ALGORITHM_1, DRAW_ALGORITHM_2] as const;
export type DrawAlgorithm = (typeof supportedAlgorithms)[number];

/**
 * The salt of the 回避 list's digest in a fairdraw-draw/2 record: 32 random bytes as 64
 * lower-case hex digits, the same salt as the draw's commitment (trust-spec §3.3). Internal.
 */
export const ConflictsSalt = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits (32 bytes)' });
export type ConflictsSalt = z.infer<typeof ConflictsSalt>;

export function isSupportedAlgorithm(algorithm: string): algorithm is DrawAlgorithm {
  return (supportedAlgorithms as readonly string[]).includes(algorithm);
}

/** Throws UNSUPPORTED_ALGORITHM unless this library can run `algorithm`. */
export function assertSupportedAlgorithm(algorithm: string): asserts algorithm is DrawAlgorithm {
  if (!isSupportedAlgorithm(algorithm)) {
    throw new FairdrawError('UNSUPPORTED_ALGORITHM', `this version of fairdraw replays ${supportedAlgorithms.join(', ')}, not "${algorithm}"`);
  }
}

/**
 * The algorithm id a draw's random streams are keyed with (spec §5). fairdraw-draw/2 makes
 * every random choice exactly as fairdraw-draw/1 does, so both key their streams with
 * "fairdraw-draw/1". Throws UNSUPPORTED_ALGORITHM for an algorithm this library cannot run.
 */
export function streamAlgorithm(algorithm: string): string {
  assertSupportedAlgorithm(algorithm);
  return DRAW_ALGORITHM_1;
}

/** True when a record of `algorithm` binds the 回避 list by a salted digest, so that replaying it needs the salt. */
export function conflictsSaltRequired(algorithm: string): boolean {
  return algorithm === DRAW_ALGORITHM_2;
}

/**
 * The record's `pools.conflicts` for a draw of `algorithm` on `conflicts`: the one place that
 * says what that digest is. fairdraw-draw/1: the plain digest of the snapshot (spec §4.2), and
 * no salt may be given. fairdraw-draw/2: "sha256:" + hex(SHA-256(salt ‖ UTF-8 snapshot)), the
 * salted digest of trust-spec §3.3, and the salt is required. Throws INVALID_INPUT naming
 * `conflictsSalt` when it is missing, malformed or not wanted, UNSUPPORTED_ALGORITHM for an
 * unknown algorithm.
 */
export function recordConflictsDigest(algorithm: string, conflicts: readonly Conflict[], conflictsSalt?: string): PoolDigest {
  assertSupportedAlgorithm(algorithm);
  if (!conflictsSaltRequired(algorithm)) {
    if (conflictsSalt !== undefined) {
      throw new FairdrawError(
        'INVALID_INPUT',
        `a ${algorithm} record carries the plain digest of the 回避 list and takes no salt: leave out conflictsSalt, or draw with ${DRAW_ALGORITHM_2}`,
        { issues: [{ path: ['conflictsSalt'], message: `${algorithm} takes no salt` }] },
      );
    }
    return snapshotPool('conflicts', conflicts).digest;
  }
  if (conflictsSalt === undefined) {
    throw new FairdrawError(
      'INVALID_INPUT',
      `a ${algorithm} record binds the 回避 list by a salted digest: conflictsSalt is required (the commitment's salt, 64 lower-case hex digits; it is internal, held by the bureau and its auditors)`,
      { issues: [{ path: ['conflictsSalt'], message: `required for ${algorithm}` }] },
    );
  }
  const salt = ConflictsSalt.safeParse(conflictsSalt);
  if (!salt.success) {
    throw new FairdrawError('INVALID_INPUT', 'conflictsSalt is 32 bytes written as 64 lower-case hex digits', {
      issues: [{ path: ['conflictsSalt'], message: 'must be 64 lower-case hex digits (32 bytes)' }],
    });
  }
  return { count: conflicts.length, digest: saltedDigest(salt.data, poolSnapshotText('conflicts', conflicts)) };
}
