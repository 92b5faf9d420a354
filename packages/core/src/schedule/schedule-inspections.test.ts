import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../errors.ts';
import { draw } from '../draw/draw.ts';
import { recordDigest } from '../record/draw-record.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { CONFLICTS_SALT, creditCode, inspector, target, task } from '../_arbitraries.ts';
import { chiSquare, chiSquareCritical001 } from '../_statistics.ts';
import { scheduleInspections, type ScheduleOptions } from './schedule-inspections.ts';
import { summarizeDraw } from './schedule-input.ts';
import { calendar, member, summary } from './_arbitraries.ts';

const seedOf = (n: number) => n.toString(16).padStart(64, '0');
// 2026-09-28 (Mon) … 2026-10-12 (Mon): 国庆 10/1–10/7 off, Saturday 10/10 worked, Sunday 10/11 off.
const AROUND_NATIONAL_DAY = { start: '2026-09-28', end: '2026-10-12' };
const WORKING_DAYS = ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12'];

const run = (teams: number[][], rest: Omit<ScheduleOptions, 'draw' | 'calendar'>, seed?: string) =>
  scheduleInspections({ draw: summary(teams, seed), calendar, ...rest });
const datesOf = (teams: number[][], rest: Omit<ScheduleOptions, 'draw' | 'calendar'>, seed?: string) =>
  run(teams, rest, seed).scheduled.map(({ date }) => date);

function failure(f: () => unknown): FairdrawError {
  try {
    f();
  } catch (error) {
    if (error instanceof FairdrawError) return error;
    throw error;
  }
  throw new Error('expected a FairdrawError');
}

describe('scheduleInspections', () => {
  it('dates inspections on working days only, skipping 国庆 and using the make-up Saturday 10/10', () => {
    const seen = new Set<string>();
    for (let s = 0; s < 300; s++) seen.add(datesOf([[0, 1]], { window: AROUND_NATIONAL_DAY }, seedOf(s))[0]!);
    expect([...seen].sort()).toEqual(WORKING_DAYS);
  });

  it('records the working days of the window it used', () => {
    expect(run([[0, 1]], { window: AROUND_NATIONAL_DAY }).workingDays).toEqual(WORKING_DAYS);
  });

  it('gives each working day the same chance when nothing binds (chi-square, 7,000 fixed seeds, α = 0.001)', () => {
    const counts = new Map(WORKING_DAYS.map((day) => [day, 0]));
    for (let s = 0; s < 7000; s++) {
      const day = datesOf([[0, 1]], { window: AROUND_NATIONAL_DAY }, seedOf(s))[0]!;
      counts.set(day, counts.get(day)! + 1);
    }
    expect(chiSquare([...counts.values()], 1000)).toBeLessThan(chiSquareCritical001(6));
  });

  it('puts a joint team on one date that every department’s inspector has free', () => {
    const constraints = {
      window: AROUND_NATIONAL_DAY,
      inspectors: [
        { id: member(0).id, unavailable: ['2026-10-08'] },
        { id: member(1).id, unavailable: [{ from: '2026-09-28', to: '2026-09-30' }] },
      ],
    };
    for (let s = 0; s < 50; s++) {
      const [entry] = run([[0, 1]], constraints, seedOf(s)).scheduled;
      expect(['2026-10-09', '2026-10-10', '2026-10-12']).toContain(entry!.date);
      expect(entry!.team.map(({ department }) => department)).toEqual(['律师工作科', '公证工作科']);
    }
  });

  it('keeps every inspector within the daily limit, and lets a limit of 2 double up', () => {
    const window = { start: '2026-10-08', end: '2026-10-10' };
    let doubled = false;
    for (let s = 0; s < 60; s++) {
      expect(new Set(datesOf([[0, 1], [0, 2], [0, 3]], { window }, seedOf(s))).size).toBe(3);
      const dates = datesOf([[0, 1], [0, 2], [0, 3]], { window, inspectors: [{ id: member(0).id, dailyLimit: 2 }] }, seedOf(s));
      for (const day of dates) expect(dates.filter((d) => d === day).length).toBeLessThanOrEqual(2);
      doubled ||= new Set(dates).size < 3;
    }
    expect(doubled).toBe(true);
  });

  it('passes over a date that would strand a later target, whatever the seed', () => {
    // 第0 may take 10/8 or 10/9; 第1 shares 张三 and only has 10/8 (李四… 王五 is away 10/9).
    const constraints = { window: { start: '2026-10-08', end: '2026-10-09' }, inspectors: [{ id: member(2).id, unavailable: ['2026-10-09'] }] };
    for (let s = 0; s < 40; s++) expect(datesOf([[0, 1], [0, 2]], constraints, seedOf(s))).toEqual(['2026-10-09', '2026-10-08']);
  });

  it('avoids the blackout dates a target declared', () => {
    const constraints = { window: AROUND_NATIONAL_DAY, blackouts: [{ targetId: creditCode(0), dates: [{ from: '2026-09-28', to: '2026-10-09' }] }] };
    for (let s = 0; s < 50; s++) expect(['2026-10-10', '2026-10-12']).toContain(datesOf([[0, 1]], constraints, seedOf(s))[0]);
  });

  it('says which firm and which inspectors leave no possible day', () => {
    const error = failure(() =>
      run([[2, 3], [0, 1]], {
        window: { start: '2026-10-08', end: '2026-10-09' },
        inspectors: [
          { id: member(0).id, unavailable: ['2026-10-08'] },
          { id: member(1).id, unavailable: ['2026-10-09'] },
        ],
      }),
    );
    expect(error.code).toBe('INFEASIBLE');
    expect(error.message).toBe(
      `no schedule exists: 第1律师事务所 (${creditCode(1)}): no working day in 2026-10-08…2026-10-09 when 张三 and 李四 are both available ` +
        '(of its 2 working day(s), 张三 is away on 2026-10-08; 李四 is away on 2026-10-09)',
    );
    expect(error.issues.map(({ path }) => path)).toEqual([[creditCode(1), 'date']]);
  });

  it('mentions blackout dates when they are part of the reason', () => {
    const error = failure(() =>
      run([[0, 1]], { window: { start: '2026-10-08', end: '2026-10-09' }, inspectors: [{ id: member(0).id, unavailable: ['2026-10-08'] }], blackouts: [{ targetId: creditCode(0), dates: ['2026-10-09'] }] }),
    );
    expect(error.message).toMatch(/when 张三 and 李四 are both available and the target has not declared a blackout \(.*张三 is away on 2026-10-08; the target declared 2026-10-09 as blackout dates\)/);
  });

  it('refuses a window that holds no working day', () => {
    const error = failure(() => run([[0, 1]], { window: { start: '2026-10-01', end: '2026-10-07' } }));
    expect(error.code).toBe('INFEASIBLE');
    expect(error.message).toMatch(/第0律师事务所 \(.*\): the window 2026-10-01…2026-10-07 has no working day/);
  });

  it('names the smallest set of firms that cannot all be fitted, and the inspector they share', () => {
    // Three firms need 张三 within two working days; a fourth, with its own team, is not to blame.
    const error = failure(() => run([[0, 1], [4, 5], [0, 2], [0, 3]], { window: { start: '2026-10-08', end: '2026-10-09' } }));
    expect(error.code).toBe('INFEASIBLE');
    expect(error.message).toBe(
      `no schedule exists: 第0律师事务所 (${creditCode(0)}), 第2律师事务所 (${creditCode(2)}) and 第3律师事务所 (${creditCode(3)}) cannot all be inspected in 2026-10-08…2026-10-09: ` +
        'all 3 teams include 张三 (at most 1 inspection(s) a day), and their teams are available on only 2 working day(s) between them (2026-10-08, 2026-10-09)',
    );
    expect(error.issues.map(({ path }) => path[0])).toEqual([creditCode(0), creditCode(2), creditCode(3)]);
  });

  it('explains an infeasibility no single inspector accounts for', () => {
    // Three inspectors paired every way (a triangle) cannot be scheduled in two days with a limit of 1.
    const error = failure(() => run([[0, 1], [0, 2], [1, 2]], { window: { start: '2026-10-08', end: '2026-10-09' } }));
    expect(error.message).toMatch(/cannot all be inspected in 2026-10-08…2026-10-09: their teams share 张三 \(at most 1 inspection\(s\) a day\), 李四 .* and 王五 .*keeps every inspector within their daily limit/);
  });

  it('says a year is not yet known rather than guessing its working days', () => {
    const error = failure(() => run([[0, 1]], { window: { start: '2026-12-28', end: '2027-01-05' } }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/calendar unknown for 2027/);
  });

  it('refuses a blackout of a target the draw did not select', () => {
    const error = failure(() => run([[0, 1]], { window: AROUND_NATIONAL_DAY, blackouts: [{ targetId: creditCode(7), dates: ['2026-10-09'] }] }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]!.path).toEqual(['blackouts', 0, 'targetId']);
  });

  it('records its inputs in normal form: working days of the window only, sorted, defaults filled', () => {
    const schedule = run([[1, 0], [2, 1]], {
      window: AROUND_NATIONAL_DAY,
      dailyLimit: 2,
      inspectors: [
        { id: member(1).id, dailyLimit: 1, unavailable: ['2026-10-12', { from: '2026-09-25', to: '2026-10-08' }, '2026-10-11', '2026-11-02'] },
        { id: member(5).id, unavailable: ['2026-10-09'] },
      ],
      blackouts: [
        { targetId: creditCode(1).toLowerCase(), dates: ['2026-10-10', '2026-10-08'] },
        { targetId: creditCode(0), dates: ['2026-10-03'] },
      ],
    });
    expect(schedule.inspectors).toEqual([
      { id: 'I000', dailyLimit: 2, unavailable: [] },
      { id: 'I001', dailyLimit: 1, unavailable: ['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-12'] },
      { id: 'I002', dailyLimit: 2, unavailable: [] },
    ]);
    expect(schedule.blackouts).toEqual([{ targetId: creditCode(1), dates: ['2026-10-08', '2026-10-10'] }]);
    expect(schedule.scheduled[1]!.date).toBe('2026-10-09');
    expect(schedule.scheduled.map(({ order, target }) => [order, target.name])).toEqual([[1, '第0律师事务所'], [2, '第1律师事务所']]);
  });

  it('schedules a draw record as it schedules the record’s summary, and names the record by its digest', () => {
    const pools = snapshotPools({
      targets: Array.from({ length: 6 }, (_, n) => target(n)),
      inspectors: Array.from({ length: 6 }, (_, n) => inspector(n, { department: n % 2 ? '公证工作科' : '律师工作科' })),
      conflicts: [],
    });
    const record = draw({ conflictsSalt: CONFLICTS_SALT, task: task({ sample: { count: 3 }, team: { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }] } }), pools, seed: seedOf(42) });
    const fromRecord = scheduleInspections({ draw: record, calendar, window: AROUND_NATIONAL_DAY });
    expect(scheduleInspections({ draw: summarizeDraw(record), calendar, window: AROUND_NATIONAL_DAY })).toEqual(fromRecord);
    expect(fromRecord.draw.digest).toBe(recordDigest(record));
    expect(fromRecord.scheduled.map(({ target }) => target.id)).toEqual(record.selected.map(({ target }) => target.id));
  });

  it('makes an empty schedule for a draw that selected no target', () => {
    const schedule = run([], { window: AROUND_NATIONAL_DAY, inspectors: [{ id: member(0).id, unavailable: ['2026-10-09'] }] });
    expect(schedule).toMatchObject({ inspectors: [], blackouts: [], scheduled: [], workingDays: WORKING_DAYS });
  });

  it('is deterministic and depends on the seed', () => {
    const teams = [[0, 1], [2, 3], [0, 2], [1, 3]];
    const once = datesOf(teams, { window: AROUND_NATIONAL_DAY }, seedOf(7));
    expect(datesOf(teams, { window: AROUND_NATIONAL_DAY }, seedOf(7))).toEqual(once);
    const others = Array.from({ length: 10 }, (_, s) => datesOf(teams, { window: AROUND_NATIONAL_DAY }, seedOf(100 + s)).join());
    expect(others.some((dates) => dates !== once.join())).toBe(true);
  });
});
