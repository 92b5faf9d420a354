import type { Task } from '../model/task.ts';
import type { Pools } from '../snapshot/pools.ts';
import type { DrawRecord } from '../record/draw-record.ts';
import { assertSeed } from '../random/stream.ts';
import { DRAW_ALGORITHM, assertSupportedAlgorithm, recordConflictsDigest } from './algorithm.ts';
import { selectTargets } from './select-targets.ts';
import { assignTeams } from './assign-teams.ts';

export { DRAW_ALGORITHM, supportedAlgorithms } from './algorithm.ts';

export interface DrawOptions {
  readonly task: Task;
  readonly pools: Pools;
  /** 64 lower-case hex digits. */
  readonly seed: string;
  /** Defaults to DRAW_ALGORITHM (fairdraw-draw/2); replay passes the record's. */
  readonly algorithm?: string;
  /**
   * fairdraw-draw/2 only, and required there: the salt of the 回避 list's digest in the
   * record, 64 lower-case hex digits — the salt of the draw's commitment (trust-spec §3.3).
   * Internal. fairdraw-draw/1 refuses a salt.
   */
  readonly conflictsSalt?: string;
}

/**
 * Draws the targets and inspector teams of a task from frozen pools and a seed, and
 * returns the record that publishes it. Deterministic: the same inputs give the same
 * record in every run and every implementation of the spec. Throws INVALID_INPUT for
 * a bad seed or a missing, malformed or unwanted conflictsSalt, UNSUPPORTED_ALGORITHM, or
 * INFEASIBLE when no valid team assignment exists.
 */
export function draw(options: DrawOptions): DrawRecord {
  const algorithm = options.algorithm ?? DRAW_ALGORITHM;
  assertSupportedAlgorithm(algorithm);
  const { task, pools, seed } = options;
  assertSeed(seed);
  const conflicts = recordConflictsDigest(algorithm, pools.conflicts, options.conflictsSalt);
  const selection = selectTargets({ algorithm, seed, task, targets: pools.targets });
  const drawn = selection.strata.flatMap((stratum) => stratum.targets.map((target) => ({ stratum: stratum.stratum, target })));
  const teams = assignTeams({
    algorithm,
    seed,
    targets: drawn.map(({ target }) => target),
    inspectors: pools.inspectors,
    conflicts: pools.conflicts,
    team: task.team,
  });
  const eligible = selection.strata.reduce((sum, stratum) => sum + stratum.eligible, 0);
  return {
    algorithm,
    seed,
    task,
    pools: { targets: pools.digests.targets, inspectors: pools.digests.inspectors, conflicts },
    eligibility: { pool: selection.poolSize, eligible, excluded: selection.excluded },
    strata: selection.strata.map(({ stratum, eligible: count, requested, size }) => ({ stratum, eligible: count, requested, size })),
    selected: drawn.map(({ stratum, target }, index) => ({
      order: index + 1,
      stratum,
      target: { id: target.id, name: target.name, kind: target.kind },
      team: teams[index]!.map((inspectorIndex) => {
        const inspector = pools.inspectors[inspectorIndex]!;
        return { id: inspector.id, name: inspector.name, department: inspector.department, certificate: inspector.certificate };
      }),
    })),
  };
}
