// Builders and fast-check arbitraries for the schedule's tests. Never re-exported.
import { fc } from '@fast-check/vitest';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import { defaultArrangements } from '../calendar/holidays-data.ts';
import { creditCode } from '../_arbitraries.ts';
import type { DateSpan, DrawSummary, ScheduleConstraintsInput, ScheduledMember } from './schedule-input.ts';

export const calendar = createWorkingCalendar(defaultArrangements);

export const DIGEST = `sha256:${'d'.repeat(64)}`;

const NAMES = ['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十'];

/** Inspector n: id I00n, a Chinese name, and a department (two departments, alternating). */
export const member = (n: number): ScheduledMember => ({
  id: `I${String(n).padStart(3, '0')}`,
  name: NAMES[n] ?? `检查员${n}`,
  department: n % 2 === 0 ? '律师工作科' : '公证工作科',
});

/** A draw summary whose target k (credit code k, "第k律师事务所") has the team of inspectors `teams[k]`. */
export function summary(teams: readonly (readonly number[])[], seed = '0'.repeat(63) + '1'): DrawSummary {
  return {
    digest: DIGEST,
    seed,
    selected: teams.map((team, k) => ({ order: k + 1, target: { id: creditCode(k), name: `第${k}律师事务所` }, team: team.map(member) })),
  };
}

/** Adds `n` calendar days to a YYYY-MM-DD date (UTC arithmetic, independent of the code under test). */
export function plusDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export interface SmallSchedule {
  readonly draw: DrawSummary;
  readonly constraints: ScheduleConstraintsInput;
}

/**
 * A small scheduling problem around the 2026 National Day holiday (10/1–10/7 off, Saturday
 * 10/10 worked): up to `maxTargets` targets whose teams of 1–3 are drawn from a few shared
 * inspectors, a window of up to `maxDays` days, random leave (single days and spans), blackout
 * days and daily limits of 1 or 2. Tight often enough that candidates are passed over and some
 * problems are infeasible; small enough to enumerate every schedule.
 */
export function smallScheduleArb({ maxTargets = 4, maxDays = 9, maxInspectors = 4 } = {}): fc.Arbitrary<SmallSchedule> {
  return fc
    .record({
      inspectors: fc.integer({ min: 2, max: maxInspectors }),
      targets: fc.integer({ min: 1, max: maxTargets }),
      start: fc.integer({ min: 0, max: 22 }).map((n) => plusDays('2026-09-24', n)),
      length: fc.integer({ min: 2, max: maxDays }),
      seed: fc.stringMatching(/^[0-9a-f]{64}$/),
      defaultLimit: fc.constantFrom(1, 1, 1, 2),
    })
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        teams: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: shape.inspectors - 1 }), { minLength: 1, maxLength: Math.min(3, shape.inspectors) }), {
          minLength: shape.targets,
          maxLength: shape.targets,
        }),
        leave: fc.array(
          fc.record({
            inspector: fc.integer({ min: 0, max: shape.inspectors - 1 }),
            from: fc.integer({ min: -2, max: shape.length }),
            span: fc.integer({ min: 0, max: 2 }),
            asSpan: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        limits: fc.array(fc.option(fc.constantFrom(1, 2), { nil: undefined }), { minLength: shape.inspectors, maxLength: shape.inspectors }),
        blackouts: fc.array(fc.record({ target: fc.integer({ min: 0, max: shape.targets - 1 }), day: fc.integer({ min: 0, max: shape.length - 1 }) }), { maxLength: 3 }),
      }),
    )
    .map(({ shape, teams, leave, limits, blackouts }) => {
      const end = plusDays(shape.start, shape.length - 1);
      const inspectors = limits.map((limit, n) => ({
        id: member(n).id,
        ...(limit === undefined ? {} : { dailyLimit: limit }),
        unavailable: leave
          .filter(({ inspector }) => inspector === n)
          .map(({ from, span, asSpan }): DateSpan => (asSpan ? { from: plusDays(shape.start, from), to: plusDays(shape.start, from + span) } : plusDays(shape.start, from))),
      }));
      const byTarget = new Map<number, string[]>();
      for (const { target, day } of blackouts) byTarget.set(target, [...(byTarget.get(target) ?? []), plusDays(shape.start, day)]);
      return {
        draw: summary(teams, shape.seed),
        constraints: {
          window: { start: shape.start, end },
          dailyLimit: shape.defaultLimit,
          inspectors,
          blackouts: [...byTarget].map(([target, dates]) => ({ targetId: creditCode(target), dates })),
        },
      };
    });
}
