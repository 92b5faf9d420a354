import type { Pools } from '../snapshot/pools.ts';
import { poolNames } from '../snapshot/pool-snapshot.ts';
import { isFairdrawError } from '../errors.ts';
import { supportedAlgorithms } from '../draw/draw.ts';
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
}

const poolWords = { targets: 'target directory', inspectors: 'inspector directory', conflicts: '回避 list' } as const;

/**
 * Checks that `record` is exactly what its algorithm, seed and task give on `pools`:
 * first that the pools are the ones it was drawn from, then the replay field by field.
 * Reports the first difference; never throws for a mismatch.
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
  if (!(supportedAlgorithms as readonly string[]).includes(record.algorithm)) {
    return { ok: false, path: 'algorithm', problem: `the record uses algorithm "${record.algorithm}", which this verifier does not know (it knows ${supportedAlgorithms.join(', ')})` };
  }
  for (const pool of poolNames) {
    const expected = record.pools[pool];
    const actual = pools.digests[pool];
    if (expected.digest !== actual.digest) {
      return {
        ok: false,
        path: `pools.${pool}`,
        problem: `the ${poolWords[pool]} supplied (${actual.count} records, ${actual.digest}) is not the one this draw used (${expected.count} records, ${expected.digest})`,
      };
    }
  }
  let replayed: DrawRecord;
  try {
    replayed = replay(record, pools);
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
