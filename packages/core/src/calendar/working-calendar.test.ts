import { describe, expect, it } from 'vitest';
import { FairdrawError, isFairdrawError } from '../errors.ts';
import { calendar, hypotheticalArrangement, testedArrangements } from './_arbitraries.ts';
import { isWorkingDay } from './is-working-day.ts';
import { createWorkingCalendar, withArrangement } from './working-calendar.ts';

function thrown(action: () => unknown): FairdrawError {
  try {
    action();
  } catch (error) {
    if (isFairdrawError(error)) return error;
    throw error;
  }
  throw new Error('expected a FairdrawError');
}

describe('createWorkingCalendar', () => {
  it('orders the arrangements by year whatever order they come in', () => {
    const reversed = createWorkingCalendar([...testedArrangements].reverse());
    expect(reversed.years).toEqual([2023, 2024, 2025, 2026]);
    expect(reversed.arrangements.map(({ source }) => source.number)).toEqual(calendar.arrangements.map(({ source }) => source.number));
  });

  it('refuses two arrangements for one year', () => {
    const error = thrown(() => createWorkingCalendar([...testedArrangements, hypotheticalArrangement(2026)]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([{ source: 'working-day arrangements', path: [4, 'year'], message: 'the arrangement for 2026 is given twice (entries 3 and 4)' }]);
  });

  it('refuses a malformed arrangement, naming its entry and field', () => {
    const broken = { ...testedArrangements[1]!, makeUpWorkdays: ['2024-02-05', ...testedArrangements[1]!.makeUpWorkdays.slice(1)] };
    const error = thrown(() => createWorkingCalendar([testedArrangements[0]!, broken]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual({ source: 'working-day arrangements', path: [1, 'makeUpWorkdays', 0], message: expect.stringMatching(/2024-02-05 is a Monday/) });
  });

  it('refuses two years that disagree about a day in late December', () => {
    // 2023's notice gives 2022-12-31 off; a (made-up) 2022 arrangement that works it conflicts.
    const error = thrown(() => createWorkingCalendar([hypotheticalArrangement(2022, ['2022-12-31']), ...testedArrangements]));
    expect(error.message).toBe("working-day arrangements: 2022-12-31 is a make-up working day in 2022's arrangement but a day off in 2023's");
  });

  it('holds no year when built from nothing, and then knows no date', () => {
    const empty = createWorkingCalendar([]);
    expect(empty.years).toEqual([]);
    expect(thrown(() => isWorkingDay(empty, '2026-03-02')).issues[0]!.message).toBe('2026-03-02 is in 2026, which the calendar does not cover (it covers no year)');
  });

  it('refuses a day of an uncovered year with an error that names the year', () => {
    const error = thrown(() => isWorkingDay(calendar, '2027-01-04'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe("working-day calendar unknown for 2027: the State Council's arrangement for 2027 has not been added");
    expect(error.issues).toEqual([
      { source: 'working-day calendar', path: ['year', 2027], message: '2027-01-04 is in 2027, which the calendar does not cover (it covers 2023, 2024, 2025, 2026)' },
    ]);
  });

  it('counts a day of the year before that a notice lists as unknown until that year is added', () => {
    // 2023's notice lists 2022-12-31, but the rest of 2022 is not known, so neither is it.
    expect(thrown(() => isWorkingDay(calendar, '2022-12-31')).message).toMatch(/^working-day calendar unknown for 2022:/);
  });
});

describe('withArrangement', () => {
  it('adds a year the State Council has published, leaving the calendar it started from unchanged', () => {
    const next = withArrangement(calendar, hypotheticalArrangement(2027));
    expect(next.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(isWorkingDay(next, '2027-06-01')).toBe(false);
    expect(isWorkingDay(next, '2027-07-01')).toBe(true);
    expect(calendar.years).toEqual([2023, 2024, 2025, 2026]);
  });

  it('replaces the arrangement of a year it already holds (a correction)', () => {
    const corrected = withArrangement(calendar, hypotheticalArrangement(2026));
    expect(corrected.years).toEqual([2023, 2024, 2025, 2026]);
    expect(corrected.arrangements.find(({ year }) => year === 2026)!.source.number).toBe('测试〔2025〕1号');
    expect(isWorkingDay(corrected, '2026-02-14')).toBe(false); // no longer a make-up day
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true);
  });

  it('refuses a malformed arrangement', () => {
    expect(() => withArrangement(calendar, { ...hypotheticalArrangement(2027), makeUpWorkdays: ['2027-01-04'] })).toThrow(FairdrawError);
  });
});
