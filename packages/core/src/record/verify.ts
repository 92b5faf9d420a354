import type { Pools } from '../snapshot/pools.ts';
import { poolNames, type PoolDigest } from '../snapshot/pool-snapshot.ts';
import { isFairdrawError } from '../errors.ts';
import { conflictsSaltRequired, isSupportedAlgorithm, recordConflictsDigest, supportedAlgorithms } from '../draw/algorithm.ts';
import { replay } from './replay.ts';
import { digestOfBytes, serializeRecord, type DrawRecord } from './draw-record.ts';
import type { Task } from '../model/task.ts';
import { firstDifference, show, type Difference } from './_first-difference.ts';

export type Verification =
  | { readonly ok: true; readonly recordDigest: string }
  | {
      readonly ok: false;
      /** What differs, in words a person can act on. */
      readonly problem: string;
      /** Where in the record, e.g. "selected[3].target.id", when it is one field. */
      readonly path?: string;
    };

export interface VerifyOptions {
  /**
   * The task as published before the draw. Without it, the task's descriptive fields
   * (number, name, items) are taken from the record, since they do not change the draw.
   */
  readonly task?: Task;
  /**
   * For a fairdraw-draw/2 record, required: the salt of the 回避 list's digest in the record,
   * 64 lower-case hex digits. Internal: only the bureau and its auditors hold it. A
   * fairdraw-draw/1 record takes none.
   */
  readonly conflictsSalt?: string;
}

const poolWords = { targets: 'target directory', inspectors: 'inspector directory', conflicts: '回避 list' } as const;

/**
 * Checks that `record` is exactly what its algorithm, seed and task give on `pools`:
 * first that the pools are the ones it was drawn from, then the replay field by field.
 * Reports the first difference; never throws for a mismatch. A fairdraw-draw/2 record
 * checked without its salt fails at "pools.conflicts", saying that the salt is needed.
 */
export function verify(record: DrawRecord, pools: Pools, options: VerifyOptions = {}): Verification {
  if (options.task !== undefined) {
    const difference = firstDifference(options.task, record.task, 'task');
    if (difference) {
      return {
        ok: false,
        path: difference.path,
        problem: `task parameter ${difference.path.slice('task.'.length)} differs: the task file says ${show(difference.recorded)}, the record says ${show(difference.replayed)}`,
      };
    }
  }
  if (!isSupportedAlgorithm(record.algorithm)) {
    return { ok: false, path: 'algorithm', problem: `the record uses algorithm "${record.algorithm}", which this verifier does not know (it knows ${supportedAlgorithms.join(', ')})` };
  }
  const { conflictsSalt } = options;
  for (const pool of poolNames) {
    const expected = record.pools[pool];
    let actual = pools.digests[pool];
    if (pool === 'conflicts') {
      const found = conflictsDigest(record.algorithm, pools, conflictsSalt);
      if (!found.ok) return found;
      actual = found.digest;
    }
    if (expected.digest !== actual.digest) {
      const salted = pool === 'conflicts' && conflictsSaltRequired(record.algorithm) ? ' with the salt given' : '';
      return {
        ok: false,
        path: `pools.${pool}`,
        problem: `the ${poolWords[pool]} supplied${salted} (${actual.count} records, ${actual.digest}) is not the one this draw used (${expected.count} records, ${expected.digest})`,
      };
    }
  }
  let replayed: DrawRecord;
  try {
    replayed = replay(record, pools, conflictsSalt === undefined ? {} : { conflictsSalt });
  } catch (error) {
    if (isFairdrawError(error)) return { ok: false, problem: `replaying the draw fails: ${error.message}` };
    throw error;
  }
  // Compare in the order a person reads a draw: eligibility, sizes, then each target.
  for (const key of ['eligibility', 'strata', 'selected'] as const) {
    const difference = firstDifference(record[key], replayed[key], key);
    if (difference) return { ok: false, path: difference.path, problem: describe(difference) };
  }
  const bytes = serializeRecord(record);
  if (bytes !== serializeRecord(replayed)) {
    return { ok: false, problem: 'the record differs from its replay outside the drawn results' };
  }
  return { ok: true, recordDigest: digestOfBytes(bytes) };
}

/** The 回避 digest the record should carry, or why it cannot be computed (a salt missing, malformed or not wanted). */
function conflictsDigest(algorithm: string, pools: Pools, conflictsSalt: string | undefined): { ok: true; digest: PoolDigest } | { ok: false; path: string; problem: string } {
  if (conflictsSaltRequired(algorithm) && conflictsSalt === undefined) {
    return {
      ok: false,
      path: 'pools.conflicts',
      problem: `this ${algorithm} record binds the 回避 list by a salted digest, so checking it needs the salt (conflictsSalt), which only the bureau and its auditors hold; without it, only the targets can be checked`,
    };
  }
  try {
    return { ok: true, digest: recordConflictsDigest(algorithm, pools.conflicts, conflictsSalt) };
  } catch (error) {
    if (isFairdrawError(error, 'INVALID_INPUT')) return { ok: false, path: 'pools.conflicts', problem: error.message };
    throw error;
  }
}

function describe({ path, recorded, replayed }: Difference): string {
  const selected = /^selected\[(\d+)\](.*)$/.exec(path);
  if (selected) {
    const position = Number(selected[1]) + 1;
    const rest = selected[2] ?? '';
    if (recorded === undefined) return `the replay draws a target #${position} that the record does not list: ${show(replayed)}`;
    if (replayed === undefined) return `the record lists a target #${position} (${show(recorded)}) that the replay does not draw`;
    if (rest === '.target.id') return `target #${position} should be ${show(replayed)} by the replay, but the record says ${show(recorded)}`;
    const member = /^\.team\[(\d+)\]\.id$/.exec(rest);
    if (member) return `inspector ${Number(member[1]) + 1} on the team of target #${position} should be ${show(replayed)} by the replay, but the record says ${show(recorded)}`;
  }
  return `${path}: the record says ${show(recorded)}, the replay gives ${show(replayed)}`;
}
