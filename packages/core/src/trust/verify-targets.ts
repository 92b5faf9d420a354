import type { Target } from '../model/target.ts';
import type { DrawRecord } from '../record/draw-record.ts';
import { isSupportedAlgorithm, supportedAlgorithms } from '../draw/algorithm.ts';
import { selectTargets } from '../draw/select-targets.ts';
import { snapshotPool } from '../snapshot/pools.ts';
import { isFairdrawError } from '../errors.ts';
import { firstDifference, show } from '../record/_first-difference.ts';

export type TargetVerification =
  | { readonly ok: true; readonly drawn: number }
  | { readonly ok: false; readonly problem: string; readonly path?: string };

/**
 * Replays only the selection of targets (spec §7) of `record` on the target directory and
 * compares the eligibility counts, the strata and each drawn target (order, stratum, id,
 * name, kind) with the record. Needs neither inspectors nor the 回避 list (nor, for a
 * fairdraw-draw/2 record, its salt), so anyone can run it; teams are not checked. Reports the first difference; never throws for one.
 */
export function verifyTargets(record: DrawRecord, targets: readonly Target[]): TargetVerification {
  if (!isSupportedAlgorithm(record.algorithm)) {
    return { ok: false, path: 'algorithm', problem: `the record uses algorithm "${record.algorithm}", which this verifier does not know (it knows ${supportedAlgorithms.join(', ')})` };
  }
  let pool;
  try {
    pool = snapshotPool('targets', targets);
  } catch (error) {
    if (isFairdrawError(error)) return { ok: false, path: 'pools.targets', problem: `the target directory cannot be used: ${error.message}` };
    throw error;
  }
  if (pool.digest.digest !== record.pools.targets.digest) {
    return { ok: false, path: 'pools.targets', problem: `the target directory supplied (${pool.digest.count} records, ${pool.digest.digest}) is not the one this draw used (${record.pools.targets.count} records, ${record.pools.targets.digest})` };
  }
  const selection = selectTargets({ algorithm: record.algorithm, seed: record.seed, task: record.task, targets: pool.records });
  const replayed = {
    eligibility: { pool: selection.poolSize, eligible: selection.strata.reduce((sum, stratum) => sum + stratum.eligible, 0), excluded: selection.excluded },
    strata: selection.strata.map(({ stratum, eligible, requested, size }) => ({ stratum, eligible, requested, size })),
    selected: selection.strata
      .flatMap((stratum) => stratum.targets.map((target) => ({ stratum: stratum.stratum, target })))
      .map(({ stratum, target }, index) => ({ order: index + 1, stratum, target: { id: target.id, name: target.name, kind: target.kind } })),
  };
  const recorded = {
    eligibility: record.eligibility,
    strata: record.strata,
    selected: record.selected.map(({ order, stratum, target }) => ({ order, stratum, target })),
  };
  for (const key of ['eligibility', 'strata', 'selected'] as const) {
    const difference = firstDifference(recorded[key], replayed[key], key);
    if (difference) return { ok: false, path: difference.path, problem: describe(difference.path, difference.recorded, difference.replayed) };
  }
  return { ok: true, drawn: replayed.selected.length };
}

function describe(path: string, recorded: unknown, replayed: unknown): string {
  const selected = /^selected\[(\d+)\](.*)$/.exec(path);
  if (selected) {
    const position = Number(selected[1]) + 1;
    if (recorded === undefined) return `the replay draws a target #${position} that the record does not list: ${show(replayed)}`;
    if (replayed === undefined) return `the record lists a target #${position} (${show(recorded)}) that the replay does not draw`;
    if (selected[2] === '.target.id') return `target #${position} should be ${show(replayed)} by the replay, but the record says ${show(recorded)}`;
  }
  return `${path}: the record says ${show(recorded)}, the replay gives ${show(replayed)}`;
}
