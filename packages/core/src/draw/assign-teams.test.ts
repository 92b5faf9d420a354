import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { assignTeams, requiredFields } from './assign-teams.ts';
import { FairdrawError } from '../errors.ts';
import { openStream } from '../random/stream.ts';
import { PositionSampler } from '../random/sample-without-replacement.ts';
import type { Target } from '../model/target.ts';
import type { Inspector } from '../model/inspector.ts';
import type { Conflict } from '../model/conflict.ts';
import type { Team } from '../model/task.ts';
import { conflict, inspector, smallProblemArb, target, task } from '../_arbitraries.ts';
import { sortInspectors } from '../snapshot/pool-snapshot.ts';

const ALG = 'fairdraw-draw/1';
const SEED = '5f'.repeat(32);

interface Problem {
  targets: Target[];
  inspectors: Inspector[];
  conflicts: Conflict[];
  team: Team;
}

/** May inspector i serve group g of target t, ignoring load? */
function eligible(p: Problem, t: Target, g: number, i: Inspector): boolean {
  const group = p.team.groups[g]!;
  return (
    i.active &&
    (group.department === null || i.department === group.department) &&
    requiredFields(group, t.kind).every((field) => i.fields.includes(field)) &&
    !p.conflicts.some((c) => c.targetId === t.id && c.inspectorId === i.id)
  );
}

/** Is there any complete assignment extending `fixed` (slot index → inspector index)? By enumeration. */
function completable(p: Problem, fixed: Map<number, number>): boolean {
  const slots: { t: number; g: number }[] = [];
  p.targets.forEach((_, t) => p.team.groups.forEach((group, g) => { for (let s = 0; s < group.size; s++) slots.push({ t, g }); }));
  const cap = p.team.maxTargetsPerInspector ?? Infinity;
  const load = new Array<number>(p.inspectors.length).fill(0);
  const onTeam = p.targets.map(() => new Set<number>());
  const place = (slot: number): boolean => {
    if (slot === slots.length) return true;
    const { t, g } = slots[slot]!;
    const options = fixed.has(slot) ? [fixed.get(slot)!] : p.inspectors.map((_, i) => i);
    for (const i of options) {
      if (onTeam[t]!.has(i) || load[i]! >= cap || !eligible(p, p.targets[t]!, g, p.inspectors[i]!)) continue;
      onTeam[t]!.add(i); load[i]!++;
      if (place(slot + 1)) return true;
      onTeam[t]!.delete(i); load[i]!--;
    }
    return false;
  };
  return place(0);
}

/** The spec's team step, with feasibility decided by brute force instead of flows. */
function referenceAssign(p: Problem): number[][] | 'infeasible' {
  if (!completable(p, new Map())) return 'infeasible';
  const fixed = new Map<number, number>();
  let slot = 0;
  return p.targets.map((t) => {
    const stream = openStream(ALG, SEED, `team:${t.id}`);
    const members: number[] = [];
    p.team.groups.forEach((group, g) => {
      for (let s = 0; s < group.size; s++, slot++) {
        const candidates = p.inspectors.map((_, i) => i).filter((i) => eligible(p, t, g, p.inspectors[i]!) && !members.includes(i));
        const sampler = new PositionSampler(stream, candidates.length);
        for (;;) {
          const c = candidates[sampler.next()!]!;
          fixed.set(slot, c);
          if (completable(p, fixed)) { members.push(c); break; }
          fixed.delete(slot);
        }
      }
    });
    return members;
  });
}

function run(p: Problem): number[][] {
  return assignTeams({ algorithm: ALG, seed: SEED, ...p });
}

describe('assignTeams', () => {
  test.prop([smallProblemArb], { numRuns: 500 })(
    'finds exactly the teams the spec defines, and finds some whenever any valid assignment exists (brute force)',
    ({ targets, inspectors, conflicts, task: t }) => {
      const p: Problem = { targets, inspectors: sortInspectors(inspectors), conflicts, team: t.team };
      const expected = referenceAssign(p);
      if (expected === 'infeasible') {
        expect(() => run(p)).toThrow(FairdrawError);
        return;
      }
      expect(run(p)).toEqual(expected);
    },
  );

  test.prop([smallProblemArb], { numRuns: 200 })('every team it returns satisfies every constraint', ({ targets, inspectors, conflicts, task: t }) => {
    const p: Problem = { targets, inspectors: sortInspectors(inspectors), conflicts, team: t.team };
    let teams: number[][];
    try {
      teams = run(p);
    } catch (error) {
      expect(error).toBeInstanceOf(FairdrawError);
      expect((error as FairdrawError).code).toBe('INFEASIBLE');
      return;
    }
    const load = new Map<number, number>();
    teams.forEach((team, ti) => {
      expect(new Set(team).size).toBe(team.length);
      let position = 0;
      p.team.groups.forEach((group, g) => {
        for (let s = 0; s < group.size; s++) expect(eligible(p, p.targets[ti]!, g, p.inspectors[team[position++]!]!)).toBe(true);
      });
      expect(position).toBe(team.length);
      team.forEach((i) => load.set(i, (load.get(i) ?? 0) + 1));
    });
    for (const count of load.values()) expect(count).toBeLessThanOrEqual(p.team.maxTargetsPerInspector ?? Infinity);
  });

  it('succeeds on a tight instance where choosing greedily in order would fail', () => {
    // Target 0 may take I000 or I001; target 1 only I000 (回避 with I001). With a cap of
    // one, a greedy pick of I000 for target 0 strands target 1: the draw must reroute.
    const inspectors = [inspector(0), inspector(1), inspector(2, { department: '公证工作科' }), inspector(3, { department: '公证工作科' })];
    const p: Problem = {
      targets: [target(0), target(1)],
      inspectors,
      conflicts: [conflict(1, 1)],
      team: task({ team: { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }], maxTargetsPerInspector: 1 } }).team,
    };
    for (let s = 0; s < 20; s++) {
      const seed = s.toString(16).padStart(64, '0');
      const teams = assignTeams({ algorithm: ALG, seed, ...p });
      expect(teams[1]![0]).toBe(0);
      expect(teams[0]![0]).toBe(1);
    }
  });

  it('names the targets and the binding constraint when no team can be formed', () => {
    const p: Problem = {
      targets: [target(0), target(1)],
      inspectors: [inspector(0), inspector(1), inspector(2)],
      conflicts: [conflict(0, 1), conflict(1, 1)],
      team: task().team,
    };
    const error = (() => { try { run(p); } catch (e) { return e as FairdrawError; } })();
    expect(error?.code).toBe('INFEASIBLE');
    expect(error?.message).toMatch(/第1律师事务所.*free of 回避.*1 are/);
    expect(error?.issues.map((issue) => issue.path[0])).toEqual([target(1).id]);
  });

  it('blames the cap when the pool is large enough but loads are not', () => {
    const p: Problem = { targets: [target(0), target(1), target(2)], inspectors: [inspector(0), inspector(1), inspector(2)], conflicts: [], team: task({ team: { groups: [{ size: 2 }], maxTargetsPerInspector: 1 } }).team };
    expect(() => run(p)).toThrow(/cap of 1 target/);
  });

  it('blames a missing qualification before 回避', () => {
    const p: Problem = { targets: [target(0)], inspectors: [inspector(0, { fields: ['律师管理'] }), inspector(1)], conflicts: [], team: task({ team: { groups: [{ size: 2, requiredFields: ['律师管理'] }] } }).team };
    expect(() => run(p)).toThrow(/holding 律师管理; 1 do/);
  });

  it('never draws an inactive inspector or one of another department', () => {
    const inspectors = [inspector(0), inspector(1, { active: false }), inspector(2), inspector(3, { department: '公证工作科' })];
    const teams = assignTeams({ algorithm: ALG, seed: SEED, targets: [target(0)], inspectors, conflicts: [], team: task({ team: { groups: [{ department: '律师工作科', size: 2 }] } }).team });
    expect(teams[0]!.sort()).toEqual([0, 2]);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 31 })], { numRuns: 20 })('is deterministic for a seed', (n) => {
    const seed = n.toString(16).padStart(64, '0');
    const p = { algorithm: ALG, seed, targets: [target(0), target(1)], inspectors: [0, 1, 2, 3, 4].map((i) => inspector(i)), conflicts: [], team: task().team };
    expect(assignTeams(p)).toEqual(assignTeams(p));
  });
});
