import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { FairdrawError } from '../errors.ts';
import { scheduleInspections } from './schedule-inspections.ts';
import { ScheduleRecord, formatSchedule, serializeSchedule } from './schedule-record.ts';
import { replaySchedule } from './replay-schedule.ts';
import { calendar, plusDays, smallScheduleArb, type SmallSchedule } from './_arbitraries.ts';
import { referenceCandidates } from './_brute-force.ts';
import type { DateSpan } from './schedule-input.ts';

/** Larger than brute force can enumerate: up to 8 targets, 6 inspectors, 16 days. */
const mediumArb = smallScheduleArb({ maxTargets: 8, maxDays: 16, maxInspectors: 6 });

function attempt({ draw, constraints }: SmallSchedule): ScheduleRecord | undefined {
  try {
    return scheduleInspections({ draw, calendar, ...constraints });
  } catch (error) {
    expect(error).toBeInstanceOf(FairdrawError);
    expect((error as FairdrawError).code).toBe('INFEASIBLE');
    return undefined;
  }
}

/** Every span written out as single dates, in reverse order: the same inputs in another form. */
const spelledOut = (spans: readonly DateSpan[] = []): string[] =>
  spans
    .flatMap((span) => {
      if (typeof span === 'string') return [span];
      const dates: string[] = [];
      for (let d = span.from; d <= span.to; d = plusDays(d, 1)) dates.push(d);
      return dates;
    })
    .reverse();

describe('schedule properties', () => {
  test.prop([mediumArb], { numRuns: 300 })('every schedule it produces satisfies every constraint', (problem) => {
    const schedule = attempt(problem);
    if (schedule === undefined) return;
    const { draw, constraints } = problem;
    const { candidates, limit } = referenceCandidates(draw, constraints, calendar);
    const load = new Map<string, number>();
    schedule.scheduled.forEach(({ date, team, target }, t) => {
      expect(target.id).toBe(draw.selected[t]!.target.id);
      expect(team).toEqual(draw.selected[t]!.team);
      // A working day of the window, no blackout, every member available: a candidate.
      expect(candidates[t]).toContain(date);
      for (const { id } of team) load.set(`${id} ${date}`, (load.get(`${id} ${date}`) ?? 0) + 1);
    });
    for (const [key, count] of load) expect(count).toBeLessThanOrEqual(limit(key.split(' ')[0]!));
  });

  test.prop([mediumArb], { numRuns: 150 })('gives the same record for the same inputs written in another order or form', (problem) => {
    const schedule = attempt(problem);
    if (schedule === undefined) return;
    const { draw, constraints } = problem;
    const rewritten = {
      ...constraints,
      inspectors: [...(constraints.inspectors ?? [])].reverse().map((i) => ({ ...i, unavailable: spelledOut(i.unavailable) })),
      blackouts: [...(constraints.blackouts ?? [])].reverse().map((b) => ({ ...b, dates: spelledOut(b.dates) })),
    };
    expect(serializeSchedule(scheduleInspections({ draw, calendar, ...rewritten }))).toBe(serializeSchedule(schedule));
  });

  test.prop([mediumArb], { numRuns: 150 })('replays from its own record and the draw, byte for byte', (problem) => {
    const schedule = attempt(problem);
    if (schedule === undefined) return;
    const reparsed = ScheduleRecord.parse(JSON.parse(formatSchedule(schedule)));
    expect(serializeSchedule(replaySchedule(reparsed, problem.draw))).toBe(serializeSchedule(schedule));
  });

  test.prop([mediumArb, fc.stringMatching(/^[0-9a-f]{64}$/)], { numRuns: 100 })('is feasible or not whatever the seed', (problem, seed) => {
    const reseeded = { ...problem, draw: { ...problem.draw, seed } };
    expect(attempt(reseeded) === undefined).toBe(attempt(problem) === undefined);
  });
});
