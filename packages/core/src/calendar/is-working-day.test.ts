import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { FairdrawError } from '../errors.ts';
import { calendar, coveredDateArb, uncoveredDateArb } from './_arbitraries.ts';
import { isWorkingDay } from './is-working-day.ts';

describe('isWorkingDay', () => {
  it('takes an ordinary Monday to Friday as working and a Saturday and Sunday as not', () => {
    expect(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'].map((date) => isWorkingDay(calendar, date))).toEqual([
      true, true, true, true, true, false, false,
    ]);
  });

  it('knows the first and last days of the covered years', () => {
    expect(isWorkingDay(calendar, '2023-01-01')).toBe(false);
    expect(isWorkingDay(calendar, '2026-12-31')).toBe(true);
  });

  test.prop([uncoveredDateArb])('refuses every date of a year the calendar does not cover, naming the year', (date) => {
    const year = Number(date.slice(0, 4));
    expect(() => isWorkingDay(calendar, date)).toThrow(`working-day calendar unknown for ${year}: the State Council's arrangement for ${year} has not been added`);
  });

  test.prop([coveredDateArb])('answers for every date of a covered year', (date) => {
    expect(typeof isWorkingDay(calendar, date)).toBe('boolean');
  });

  it.each(['2026-02-29', '2026-13-01', '2026/03/02', '2026-03-02T00:00:00Z', ' 2026-03-02', 20260302, null])('refuses %j, which is not a YYYY-MM-DD date', (date) => {
    expect(() => isWorkingDay(calendar, date as string)).toThrow(FairdrawError);
    expect(() => isWorkingDay(calendar, date as string)).toThrow(/^date: .* is not a real date written YYYY-MM-DD$/);
  });
});
