import type { Task } from '../model/task.ts';
import type { Pools } from '../snapshot/pools.ts';
import type { DrawRecord } from '../record/draw-record.ts';
import { FairdrawError } from '../errors.ts';
import { assertSeed } from '../random/stream.ts';
import { selectTargets } from './select-targets.ts';
import { assignTeams } from './assign-teams.ts';

/** The algorithm this library draws with; older versions stay replayable under their ids. */
export const DRAW_ALGORITHM = 'fairdraw-draw/1';
export const supportedAlgorithms = [DRAW_ALGORITHM] as const;

export interface DrawOptions {
  readonly task: Task;
  readonly pools: Pools;
  /** 64 lower-case hex digits. */
  readonly seed: string;
  /** Defaults to DRAW_ALGORITHM; replay passes the record's. */
  readonly algorithm?: string;
}

/**
 * Draws the targets and inspector teams of a task from frozen pools and a seed, and
 * returns the record that publishes it. Deterministic: the same inputs give the same
 * record in every run and every implementation of the spec. Throws INVALID_INPUT for
 * a bad seed, UNSUPPORTED_ALGORITHM, or INFEASIBLE when no valid team assignment exists.
 */
export function draw(options: DrawOptions): DrawRecord {
  const algorithm = options.algorithm ?? DRAW_ALGORITHM;
  if (!(supportedAlgorithms as readonly string[]).includes(algorithm)) {
    throw new FairdrawError('UNSUPPORTED_ALGORITHM', `this version of fairdraw replays ${supportedAlgorithms.join(', ')}, not "${algorithm}"`);
  }
  const { task, pools, seed } = options;
  assertSeed(seed);
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
    pools: pools.digests,
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
