import { describe, expect, it } from 'vitest';
import { creditCode } from '../_arbitraries.ts';
import { checkMovedDate } from './check-moved-date.ts';
import { scheduleInspections } from './schedule-inspections.ts';
import { calendar, member, summary } from './_arbitraries.ts';

// 第0: 张三 + 李四; 第1: 张三 + 王五; 第2: 赵六 + 钱七. 李四 is away on 10/12; 第2 declared 10/9.
const schedule = scheduleInspections({
  draw: summary([[0, 1], [0, 2], [3, 4]]),
  calendar,
  window: { start: '2026-09-28', end: '2026-10-12' },
  inspectors: [{ id: member(1).id, unavailable: ['2026-10-12'] }],
  blackouts: [{ targetId: creditCode(2), dates: ['2026-10-09'] }],
});
const dateOf = (k: number) => schedule.scheduled[k]!.date;
const free = (k: number) => schedule.workingDays.find((day) => day !== dateOf(0) && day !== dateOf(1) && day !== dateOf(k) && day !== '2026-10-12' && day !== '2026-10-09')!;
const messages = (options: Omit<Parameters<typeof checkMovedDate>[0], 'schedule'>) => checkMovedDate({ schedule, ...options }).map(({ message }) => message);

describe('checkMovedDate', () => {
  it('accepts another working day in the window when the whole team is free', () => {
    expect(checkMovedDate({ schedule, targetId: creditCode(0), date: free(0) })).toEqual([]);
  });

  it('refuses the days off of 国庆, and accepts the make-up Saturday 10/10 when free', () => {
    expect(messages({ targetId: creditCode(2), date: '2026-10-05' })).toEqual(['2026-10-05 is not a working day']);
    expect(messages({ targetId: creditCode(2), date: '2026-10-11' })).toEqual(['2026-10-11 is not a working day']);
    expect(schedule.scheduled.map(({ date }) => date)).not.toContain('2026-10-10');
    expect(messages({ targetId: creditCode(2), date: '2026-10-10' })).toEqual([]);
  });

  it('refuses a date outside the task window, and uses the calendar there when given one', () => {
    expect(messages({ targetId: creditCode(0), date: '2026-10-13' })).toEqual(['2026-10-13 is outside the task window 2026-09-28…2026-10-12']);
    expect(messages({ targetId: creditCode(0), date: '2026-10-18', calendar })).toEqual([
      '2026-10-18 is outside the task window 2026-09-28…2026-10-12',
      '2026-10-18 is not a working day',
    ]);
  });

  it('names the team member who is away and the blackout the firm declared', () => {
    expect(messages({ targetId: creditCode(0), date: '2026-10-12' })).toContain('李四 is unavailable on 2026-10-12');
    expect(messages({ targetId: creditCode(2), date: '2026-10-09' })).toEqual(['第2律师事务所 declared 2026-10-09 as a blackout date']);
  });

  it('uses leave known now in place of the schedule’s', () => {
    const date = free(0);
    expect(messages({ targetId: creditCode(0), date, unavailable: { [member(0).id]: [date] } })).toEqual([`张三 is unavailable on ${date}`]);
  });

  it('counts the daily limit with the dates in force now', () => {
    // Moving 第0 onto 第1's date would give 张三 two inspections that day.
    expect(messages({ targetId: creditCode(0), date: dateOf(1) })).toContain(`张三 already has 1 inspection(s) on ${dateOf(1)} (第1律师事务所); the daily limit is 1`);
    // Once 第1 has itself been moved away, the day is free for 第0.
    const elsewhere = free(1);
    expect(messages({ targetId: creditCode(0), date: dateOf(1), currentDates: { [creditCode(1)]: elsewhere } }).filter((m) => m.includes('张三'))).toEqual([]);
  });

  it('refuses an unknown target and a date that is not real', () => {
    expect(messages({ targetId: creditCode(9), date: '2026-10-09' })).toEqual([`target "${creditCode(9)}" is not in this schedule`]);
    expect(messages({ targetId: creditCode(0), date: '2026-02-30' })).toEqual(['"2026-02-30" is not a real date written YYYY-MM-DD']);
  });
});
