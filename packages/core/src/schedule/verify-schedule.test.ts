import { describe, expect, it } from 'vitest';
import { draw } from '../draw/draw.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { withArrangement } from '../calendar/working-calendar.ts';
import { defaultArrangements } from '../calendar/holidays-data.ts';
import { CONFLICTS_SALT, inspector, target, task } from '../_arbitraries.ts';
import { scheduleInspections } from './schedule-inspections.ts';
import { replaySchedule } from './replay-schedule.ts';
import { verifySchedule } from './verify-schedule.ts';
import { scheduleDigest, serializeSchedule, type ScheduleRecord } from './schedule-record.ts';
import { calendar } from './_arbitraries.ts';
import { FairdrawError } from '../errors.ts';

const pools = snapshotPools({
  targets: Array.from({ length: 8 }, (_, n) => target(n)),
  inspectors: Array.from({ length: 6 }, (_, n) => inspector(n, { department: n % 2 ? '公证工作科' : '律师工作科' })),
  conflicts: [],
});
const joint = task({ sample: { count: 4 }, team: { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }] } });
const record = draw({ conflictsSalt: CONFLICTS_SALT, task: joint, pools, seed: '3c'.repeat(32) });
const inputs = {
  window: { start: '2026-09-28', end: '2026-10-12' },
  inspectors: [{ id: record.selected[0]!.team[0]!.id, unavailable: [{ from: '2026-09-28', to: '2026-09-30' }] }],
  blackouts: [{ targetId: record.selected[1]!.target.id, dates: ['2026-10-10'] }],
};
const schedule = scheduleInspections({ draw: record, calendar, ...inputs });

const forge = (change: (copy: ScheduleRecord) => void): ScheduleRecord => {
  const copy = structuredClone(schedule);
  change(copy);
  return copy;
};

describe('replaySchedule and verifySchedule', () => {
  it('replays the schedule byte for byte and verifies it, with or without the calendar', () => {
    expect(serializeSchedule(replaySchedule(schedule, record))).toBe(serializeSchedule(schedule));
    expect(verifySchedule(schedule, record)).toEqual({ ok: true, scheduleDigest: scheduleDigest(schedule) });
    expect(verifySchedule(schedule, record, { calendar }).ok).toBe(true);
  });

  it('says which target has the wrong date and what the replay gives', () => {
    const moved = schedule.scheduled[2]!;
    const other = schedule.workingDays.find((day) => day !== moved.date)!;
    const result = verifySchedule(forge((copy) => (copy.scheduled[2]!.date = other)), record);
    expect(result).toMatchObject({ ok: false, path: 'scheduled[2].date' });
    expect(!result.ok && result.problem).toBe(`target #3 (${moved.target.name}) should be inspected on "${moved.date}" by the replay, but the schedule says "${other}"`);
  });

  it('refuses a draw record other than the one the schedule names', () => {
    const other = draw({ conflictsSalt: CONFLICTS_SALT, task: joint, pools, seed: '3d'.repeat(32) });
    const result = verifySchedule(schedule, other);
    expect(result).toMatchObject({ ok: false, path: 'draw.digest' });
    expect(!result.ok && result.problem).toMatch(/the draw record supplied \(sha256:[0-9a-f]{64}\) is not the one this schedule names/);
  });

  it('notices a team member the schedule changed', () => {
    const result = verifySchedule(forge((copy) => (copy.scheduled[0]!.team[0]!.name = '冒名')), record);
    expect(result).toMatchObject({ ok: false, path: 'scheduled[0].team[0].name' });
    expect(!result.ok && result.problem).toMatch(/the schedule says "冒名", but the draw record says/);
  });

  it('notices an inspector left out of the recorded inputs', () => {
    const result = verifySchedule(forge((copy) => copy.inspectors.shift()), record);
    expect(!result.ok && result.path).toMatch(/^inspectors\[0\]/);
    expect(!result.ok && result.problem).toMatch(/inputs must be recorded in normal form/);
  });

  it('catches a changed input through the dates it changes', () => {
    // The first target's lawyer is away on the date it was given: the replay must move it.
    const first = schedule.scheduled[0]!;
    const forged = forge((copy) => {
      const entry = copy.inspectors.find(({ id }) => id === first.team[0]!.id)!;
      entry.unavailable = [...entry.unavailable, first.date].sort();
    });
    const result = verifySchedule(forged, record);
    expect(result).toMatchObject({ ok: false, path: 'scheduled[0].date' });
  });

  it('checks the recorded working days against a calendar when given one', () => {
    const without = forge((copy) => (copy.workingDays = copy.workingDays.filter((day) => day !== '2026-10-10')));
    const result = verifySchedule(without, record, { calendar });
    expect(result).toMatchObject({ ok: false, path: 'workingDays' });
    expect(!result.ok && result.problem).toBe('2026-10-10 is a working day by the calendar, but the schedule does not count it as one');
    // A calendar in which 10/10 is a day off (a hypothetical correction) disagrees with the schedule.
    const corrected = withArrangement(calendar, {
      ...defaultArrangements.find(({ year }) => year === 2026)!,
      makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20'],
      extraDaysOff: 1,
    });
    expect(verifySchedule(schedule, record, { calendar: corrected })).toMatchObject({ ok: false, problem: 'the schedule counts 2026-10-10 as a working day of the window, but by the calendar it is not' });
  });

  it('refuses a schedule of an algorithm it does not know', () => {
    const result = verifySchedule({ ...schedule, algorithm: 'fairdraw-schedule/9' }, record);
    expect(!result.ok && result.problem).toMatch(/"fairdraw-schedule\/9", which this verifier does not know/);
    expect(() => replaySchedule({ ...schedule, algorithm: 'fairdraw-schedule/9' }, record)).toThrow(FairdrawError);
  });

  it('reports a replay that fails instead of throwing', () => {
    const forged = forge((copy) => copy.inspectors.forEach((entry) => (entry.unavailable = [...copy.workingDays])));
    const result = verifySchedule(forged, record);
    expect(!result.ok && result.problem).toMatch(/^replaying the schedule fails: no schedule exists: /);
  });
});
