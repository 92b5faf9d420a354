// Naive baselines for the bench: what a draw costs without the O(k) sampler and without
// the completeness witness. Same eligibility, same stream type; never used to draw.
import {
  PositionSampler,
  exclusionReason,
  openStream,
  requestedSampleSize,
  requiredFields,
  strataKeys,
  streamAlgorithm,
  stratumStreamLabel,
  teamStreamLabel,
  uniformInt,
} from '../src/index.ts';
import type { Conflict, Inspector, StratumKey, Target, Task, TeamAssignment } from '../src/index.ts';

/**
 * Filters the pool as selectTargets does, then shuffles each stratum's whole eligible list
 * (forward Fisher–Yates, step i swaps i with i + uniformInt(n − i)) and keeps the first k.
 * With the same streams this picks exactly what selectTargets picks, at O(n) instead of O(k).
 */
export function naiveSelectTargets(options: {
  readonly algorithm: string;
  readonly seed: string;
  readonly task: Task;
  readonly targets: readonly Target[];
}): Target[] {
  const { task } = options;
  const keys: readonly StratumKey[] = task.stratifyByRisk ? strataKeys : ['all'];
  const eligible = new Map<StratumKey, Target[]>(keys.map((key) => [key, []]));
  for (const target of options.targets) {
    if (exclusionReason(target, task.eligibility, task.referenceDate) !== undefined) continue;
    eligible.get(task.stratifyByRisk ? (target.risk ?? 'unrated') : 'all')!.push(target);
  }
  return keys.flatMap((stratum) => {
    const shuffled = [...eligible.get(stratum)!];
    const rule = stratum === 'all' ? task.sample : (task.strata[stratum] ?? task.sample);
    const size = Math.min(requestedSampleSize(rule, shuffled.length), shuffled.length);
    const stream = openStream(streamAlgorithm(options.algorithm), options.seed, stratumStreamLabel(stratum));
    for (let i = 0; i < shuffled.length; i++) {
      const j = i + uniformInt(stream, shuffled.length - i);
      const picked = shuffled[j]!;
      shuffled[j] = shuffled[i]!;
      shuffled[i] = picked;
    }
    return shuffled.slice(0, size);
  });
}

export interface NaiveAssignment {
  readonly teams: TeamAssignment;
  /** Team places no inspector could fill once earlier greedy choices were made. */
  readonly unfilledSlots: number;
  readonly incompleteTeams: number;
}

/**
 * Fills each slot with the first inspector of its department, in random order, that
 * passes every rule (active, fields, 回避, not twice, the cap); no look-ahead, so a
 * slot stays empty when earlier choices used up the inspectors it needed.
 */
export function naiveAssignTeams(options: {
  readonly algorithm: string;
  readonly seed: string;
  readonly targets: readonly Target[];
  readonly inspectors: readonly Inspector[];
  readonly conflicts: readonly Conflict[];
  readonly team: Task['team'];
}): NaiveAssignment {
  const { inspectors, team } = options;
  const avoid = new Set(options.conflicts.map((conflict) => `${conflict.inspectorId}\u0000${conflict.targetId}`));
  const pools = team.groups.map((group) =>
    inspectors.flatMap((inspector, index) => (inspector.active && (group.department === null || inspector.department === group.department) ? [index] : [])),
  );
  const cap = team.maxTargetsPerInspector ?? Number.POSITIVE_INFINITY;
  const load = new Int32Array(inspectors.length);
  let unfilledSlots = 0;
  let incompleteTeams = 0;
  const teams = options.targets.map((target) => {
    const stream = openStream(streamAlgorithm(options.algorithm), options.seed, teamStreamLabel(target.id));
    const members: number[] = [];
    let unfilledHere = 0;
    team.groups.forEach((group, groupIndex) => {
      const pool = pools[groupIndex]!;
      const fields = requiredFields(group, target.kind);
      for (let slot = 0; slot < group.size; slot++) {
        const sampler = new PositionSampler(stream, pool.length);
        let chosen: number | undefined;
        for (let position = sampler.next(); position !== undefined; position = sampler.next()) {
          const candidate = pool[position]!;
          const inspector = inspectors[candidate]!;
          if (members.includes(candidate) || load[candidate]! >= cap) continue;
          if (!fields.every((field) => inspector.fields.includes(field))) continue;
          if (avoid.has(`${inspector.id}\u0000${target.id}`)) continue;
          chosen = candidate;
          break;
        }
        if (chosen === undefined) {
          unfilledHere++;
        } else {
          members.push(chosen);
          load[chosen]!++;
        }
      }
    });
    unfilledSlots += unfilledHere;
    if (unfilledHere > 0) incompleteTeams++;
    return members;
  });
  return { teams, unfilledSlots, incompleteTeams };
}
