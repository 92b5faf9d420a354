import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { findSchedule, type SchedulingProblem } from './_solver.ts';

/** A random small problem and a random partial schedule of it. */
const problemArb = fc
  .record({ days: fc.integer({ min: 1, max: 5 }), inspectors: fc.integer({ min: 1, max: 4 }), targets: fc.integer({ min: 1, max: 6 }) })
  .chain(({ days, inspectors, targets }) =>
    fc.record({
      dayCount: fc.constant(days),
      limits: fc.array(fc.constantFrom(1, 1, 2), { minLength: inspectors, maxLength: inspectors }),
      teams: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: inspectors - 1 }), { minLength: 1, maxLength: 3 }), { minLength: targets, maxLength: targets }),
      candidates: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: days - 1 }), { maxLength: days }).map((list) => list.sort((a, b) => a - b)), {
        minLength: targets,
        maxLength: targets,
      }),
      fixing: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: targets, maxLength: targets }),
    }),
  )
  .map(({ fixing, ...problem }) => ({
    problem: problem as SchedulingProblem,
    fixed: fixing.map((n, t) => (n === undefined || problem.candidates[t]!.length === 0 ? -1 : problem.candidates[t]![n % problem.candidates[t]!.length]!)),
  }));

function isValid({ dayCount, limits, teams, candidates }: SchedulingProblem, dates: readonly number[]): boolean {
  const load = new Int32Array(limits.length * dayCount);
  return dates.every((d, t) => candidates[t]!.includes(d) && teams[t]!.every((m) => ++load[m * dayCount + d]! <= limits[m]!));
}

/** Does a valid schedule agreeing with `fixed` exist? By enumeration. */
function exists(problem: SchedulingProblem, fixed: readonly number[]): boolean {
  const walk = (prefix: number[]): boolean => {
    if (prefix.length === fixed.length) return isValid(problem, prefix);
    const t = prefix.length;
    const options = fixed[t]! >= 0 ? [fixed[t]!] : problem.candidates[t]!;
    return options.some((d) => walk([...prefix, d]));
  };
  return walk([]);
}

const pigeonhole = (targets: number, days: number): SchedulingProblem => ({
  dayCount: days,
  limits: [1, ...Array.from({ length: targets }, () => 1)],
  teams: Array.from({ length: targets }, (_, t) => [0, t + 1]),
  candidates: Array.from({ length: targets }, () => Array.from({ length: days }, (_, d) => d)),
});

describe('findSchedule', () => {
  test.prop([problemArb], { numRuns: 1500 })('finds a completion exactly when one exists, and only valid ones that keep the fixed days (enumeration)', ({ problem, fixed }) => {
    const found = findSchedule(problem, fixed);
    expect(found !== undefined).toBe(exists(problem, fixed));
    if (found === undefined) return;
    expect(isValid(problem, found)).toBe(true);
    fixed.forEach((d, t) => d >= 0 && expect(found[t]).toBe(d));
  });

  test.prop([problemArb, fc.array(fc.nat(), { maxLength: 6 })], { numRuns: 300 })('gives the same answer whatever hint it is given', ({ problem, fixed }, hint) => {
    const withHint = findSchedule(problem, fixed, hint.map((n) => n % problem.dayCount));
    expect(withHint !== undefined).toBe(findSchedule(problem, fixed) !== undefined);
    if (withHint) expect(isValid(problem, withHint)).toBe(true);
  });

  it('proves a pigeonhole at once: 30 targets sharing one inspector, 29 days', () => {
    const started = performance.now();
    expect(findSchedule(pigeonhole(30, 29), Array(30).fill(-1))).toBeUndefined();
    expect(findSchedule(pigeonhole(30, 30), Array(30).fill(-1))).toBeDefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('decides a tight list edge-colouring (teams of two, limit 1) of 6 inspectors in a cycle of 3 days', () => {
    // Inspectors 0..5 in a ring, each pair of neighbours a team, plus the three long diagonals:
    // K3,3-like structure. Every inspector is on 3 teams and there are 3 days: each day must be
    // a perfect matching. The 9 teams of K3,3 (inspectors 0,2,4 vs 1,3,5) can be 3-coloured.
    const teams = [0, 2, 4].flatMap((a) => [1, 3, 5].map((b) => [a, b]));
    const problem: SchedulingProblem = { dayCount: 3, limits: Array(6).fill(1), teams, candidates: teams.map(() => [0, 1, 2]) };
    const found = findSchedule(problem, Array(teams.length).fill(-1));
    expect(found && isValid(problem, found)).toBe(true);
    // K4 (4 inspectors, 6 teams of two) needs 3 days; in 2 it is impossible.
    const k4 = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]];
    expect(findSchedule({ dayCount: 2, limits: Array(4).fill(1), teams: k4, candidates: k4.map(() => [0, 1]) }, Array(6).fill(-1))).toBeUndefined();
    expect(findSchedule({ dayCount: 3, limits: Array(4).fill(1), teams: k4, candidates: k4.map(() => [0, 1, 2]) }, Array(6).fill(-1))).toBeDefined();
  });
});

describe('the search budget', () => {
  it('gives up with an error, never a wrong answer, when a search would take too many steps', () => {
    const teams = [[0, 1], [1, 2], [0, 2], [2, 3]];
    const problem: SchedulingProblem = { dayCount: 3, limits: [1, 1, 1, 1], teams, candidates: teams.map(() => [0, 1, 2]) };
    expect(findSchedule(problem, teams.map(() => -1))).toBeDefined();
    expect(() => findSchedule(problem, teams.map(() => -1), [], 1)).toThrow(/could not decide within 1 search steps/);
  });
});

