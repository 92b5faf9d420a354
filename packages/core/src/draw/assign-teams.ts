import type { Target } from '../model/target.ts';
import type { Inspector } from '../model/inspector.ts';
import type { Conflict } from '../model/conflict.ts';
import type { Team, TeamGroup } from '../model/task.ts';
import { compareCodePoints } from '../model/primitives.ts';
import { FairdrawError, type Issue } from '../errors.ts';
import { openStream } from '../random/stream.ts';
import { PositionSampler } from '../random/sample-without-replacement.ts';
import { TeamFlow } from './team-flow.ts';
import { streamAlgorithm } from './algorithm.ts';

export interface AssignTeamsOptions {
  /** The draw's algorithm: fairdraw-draw/1 or /2, which assign alike. */
  readonly algorithm: string;
  readonly seed: string;
  /** Targets in the order they were drawn; teams are chosen in this order. */
  readonly targets: readonly Target[];
  /** The inspector pool in canonical (id) order. */
  readonly inspectors: readonly Inspector[];
  readonly conflicts: readonly Conflict[];
  readonly team: Team;
}

/** For each target, in order, the pool indices of its inspectors: group by group, in the order drawn. */
export type TeamAssignment = number[][];

/** The label of a target's team stream. */
export const teamStreamLabel = (targetId: string) => `team:${targetId}`;

/**
 * Gives every target a team satisfying every constraint (department sizes, active,
 * required fields, no 回避 pair, no inspector twice, the per-inspector cap). Slot by
 * slot, candidates are drawn in random order from the target's own stream and the
 * first one that still admits a complete assignment is taken, so a valid assignment is
 * found whenever one exists. Throws INFEASIBLE naming the binding constraint and targets,
 * UNSUPPORTED_ALGORITHM for an algorithm other than fairdraw-draw/1 and /2.
 */
export function assignTeams(options: AssignTeamsOptions): TeamAssignment {
  const { targets, inspectors, team } = options;
  const streams = streamAlgorithm(options.algorithm);
  const groupsPerTarget = team.groups.length;
  const eligibleFor = eligibilityIndex(options);
  const flow = new TeamFlow({
    groupCount: targets.length * groupsPerTarget,
    inspectorCount: inspectors.length,
    demand: (node) => team.groups[node % groupsPerTarget]!.size,
    eligible: (node) => eligibleFor(Math.floor(node / groupsPerTarget), node % groupsPerTarget),
    capacity: team.maxTargetsPerInspector ?? Number.POSITIVE_INFINITY,
  });

  const short: { target: number; group: number; missing: number }[] = [];
  for (let node = 0; node < targets.length * groupsPerTarget; node++) {
    const missing = flow.fill(node);
    if (missing > 0) short.push({ target: Math.floor(node / groupsPerTarget), group: node % groupsPerTarget, missing });
  }
  if (short.length > 0) throw infeasible(options, short, eligibleFor);
  flow.commit();

  return targets.map((target, targetIndex) => {
    const stream = openStream(streams, options.seed, teamStreamLabel(target.id));
    const members: number[] = [];
    team.groups.forEach((group, groupIndex) => {
      const node = targetIndex * groupsPerTarget + groupIndex;
      for (let slot = 0; slot < group.size; slot++) {
        const eligible = eligibleFor(targetIndex, groupIndex);
        const candidates = members.length === 0 ? eligible : eligible.filter((inspector) => !members.includes(inspector));
        const sampler = new PositionSampler(stream, candidates.length);
        for (;;) {
          const position = sampler.next();
          // The witness holds a valid member for this slot, so some candidate must succeed.
          if (position === undefined) throw new Error(`internal: no candidate succeeded for ${target.id}`);
          const candidate = candidates[position]!;
          if (flow.tryChoose(node, candidate)) {
            flow.commit();
            members.push(candidate);
            break;
          }
        }
      }
    });
    return members;
  });
}

type EligibleFor = (targetIndex: number, groupIndex: number) => readonly number[];

/** Who may serve target t in group g: pool indices in id order, computed once per group and kind. */
function eligibilityIndex({ targets, inspectors, conflicts, team }: AssignTeamsOptions): EligibleFor {
  const conflictsOf = new Map<string, Set<string>>();
  for (const { targetId, inspectorId } of conflicts) {
    let set = conflictsOf.get(targetId);
    if (!set) conflictsOf.set(targetId, (set = new Set()));
    set.add(inspectorId);
  }
  const qualifiedCache = new Map<string, number[]>();
  const qualified = (groupIndex: number, kind: string): number[] => {
    const key = `${groupIndex}\u0000${kind}`;
    let list = qualifiedCache.get(key);
    if (!list) {
      const department = team.groups[groupIndex]!.department;
      const fields = requiredFields(team.groups[groupIndex]!, kind);
      list = [];
      inspectors.forEach((inspector, index) => {
        if (!inspector.active) return;
        if (department !== null && inspector.department !== department) return;
        if (!fields.every((field) => inspector.fields.includes(field))) return;
        list!.push(index);
      });
      qualifiedCache.set(key, list);
    }
    return list;
  };
  // Most targets have no 回避 pair and share the qualified list; the others get their own, once.
  const ownLists = new Map<number, readonly number[]>();
  return (targetIndex, groupIndex) => {
    const target = targets[targetIndex]!;
    const list = qualified(groupIndex, target.kind);
    const avoid = conflictsOf.get(target.id);
    if (avoid === undefined) return list;
    const key = targetIndex * team.groups.length + groupIndex;
    let own = ownLists.get(key);
    if (!own) ownLists.set(key, (own = list.filter((index) => !avoid.has(inspectors[index]!.id))));
    return own;
  };
}

/** Fields an inspector of `group` needs to inspect a target of `kind`. */
export function requiredFields(group: TeamGroup, kind: string): string[] {
  return [...new Set([...group.requiredFields, ...(group.requiredFieldsByKind[kind] ?? [])])].sort(compareCodePoints);
}

function infeasible(
  { targets, inspectors, conflicts, team }: AssignTeamsOptions,
  short: readonly { target: number; group: number; missing: number }[],
  eligibleFor: EligibleFor,
): FairdrawError {
  const issues: Issue[] = short.map(({ target: targetIndex, group: groupIndex }) => {
    const target = targets[targetIndex]!;
    const group = team.groups[groupIndex]!;
    const where = group.department === null ? 'the pool' : `department "${group.department}"`;
    const inDepartment = inspectors.filter((i) => group.department === null || i.department === group.department);
    const active = inDepartment.filter((i) => i.active);
    const fields = requiredFields(group, target.kind);
    const qualified = active.filter((i) => fields.every((field) => i.fields.includes(field)));
    const free = eligibleFor(targetIndex, groupIndex).length;
    const need = group.size;
    const message =
      inDepartment.length < need
        ? `needs ${need} inspector(s) from ${where}, which has ${inDepartment.length}`
        : active.length < need
          ? `needs ${need} active inspector(s) from ${where}, which has ${active.length}`
          : qualified.length < need
            ? `needs ${need} inspector(s) from ${where} holding ${fields.join(', ')}; ${qualified.length} do`
            : free < need
              ? `needs ${need} inspector(s) from ${where} free of 回避 with this target; ${free} are (${conflicts.filter((c) => c.targetId === target.id).length} 回避 pair(s))`
              : `the cap of ${team.maxTargetsPerInspector} target(s) per inspector leaves too few inspectors from ${where} for all drawn targets`;
    return { source: 'draw', path: [target.id, 'team', groupIndex], message: `${target.name} (${target.id}): ${message}` };
  });
  const binding = issues.some((issue) => issue.message.includes('cap of')) ? 'the per-inspector cap' : 'the inspector pool';
  return new FairdrawError(
    'INFEASIBLE',
    `no valid team exists for ${new Set(short.map((s) => s.target)).size} drawn target(s) given ${binding}: ${issues[0]!.message}`,
    { issues },
  );
}
