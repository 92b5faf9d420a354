import type { Target } from '../model/target.ts';
import type { StratumKey, Task } from '../model/task.ts';
import { strataKeys } from '../model/task.ts';
import { requestedSampleSize } from '../model/sample-rule.ts';
import { openStream } from '../random/stream.ts';
import { samplePositions } from '../random/sample-without-replacement.ts';
import { streamAlgorithm } from './algorithm.ts';
import { exclusionReason, exclusionReasons, type ExclusionReason } from './eligibility.ts';

export interface StratumDraw {
  readonly stratum: StratumKey;
  readonly eligible: number;
  readonly requested: number;
  readonly size: number;
  /** Drawn targets in the order drawn. */
  readonly targets: readonly Target[];
}

export interface TargetSelection {
  readonly poolSize: number;
  readonly excluded: Record<ExclusionReason, number>;
  readonly strata: readonly StratumDraw[];
}

/** The label of a stratum's target stream. */
export const stratumStreamLabel = (stratum: StratumKey) => `targets:${stratum}`;

/**
 * Draws the targets of a task from a pool in canonical order: eligibility first, then
 * per stratum (A, B, C, D, unrated; or "all") a uniform ordered sample of the rule's
 * size, capped by what the stratum holds. Costs O(n) to filter and O(k) to draw.
 * `algorithm` is the draw's (fairdraw-draw/1 or /2, which select alike); throws
 * UNSUPPORTED_ALGORITHM for another.
 */
export function selectTargets(options: {
  readonly algorithm: string;
  readonly seed: string;
  readonly task: Task;
  readonly targets: readonly Target[];
}): TargetSelection {
  const { task, targets } = options;
  const streams = streamAlgorithm(options.algorithm);
  const excluded = Object.fromEntries(exclusionReasons.map((reason) => [reason, 0])) as Record<ExclusionReason, number>;
  const keys: readonly StratumKey[] = task.stratifyByRisk ? strataKeys : ['all'];
  const eligibleByStratum = new Map<StratumKey, Target[]>(keys.map((key) => [key, []]));
  for (const target of targets) {
    const reason = exclusionReason(target, task.eligibility, task.referenceDate);
    if (reason !== undefined) {
      excluded[reason]++;
      continue;
    }
    const key: StratumKey = task.stratifyByRisk ? (target.risk ?? 'unrated') : 'all';
    eligibleByStratum.get(key)!.push(target);
  }
  const strata = keys.map((stratum): StratumDraw => {
    const eligible = eligibleByStratum.get(stratum)!;
    const rule = stratum === 'all' ? task.sample : (task.strata[stratum] ?? task.sample);
    const requested = requestedSampleSize(rule, eligible.length);
    const size = Math.min(requested, eligible.length);
    const stream = openStream(streams, options.seed, stratumStreamLabel(stratum));
    const drawn = size === 0 ? [] : samplePositions(stream, eligible.length, size).map((position) => eligible[position]!);
    return { stratum, eligible: eligible.length, requested, size, targets: drawn };
  });
  return { poolSize: targets.length, excluded, strata };
}
