import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { calendar, innerDateArb } from './_arbitraries.ts';
import { addWorkingDays } from './add-working-days.ts';
import { nextWorkingDay } from './next-working-day.ts';
import { workingDaysBetween } from './working-days-between.ts';

describe('nextWorkingDay', () => {
  it('gives the first working day strictly after the date', () => {
    expect(nextWorkingDay(calendar, '2026-03-02')).toBe('2026-03-03'); // a Monday: not the day itself
    expect(nextWorkingDay(calendar, '2026-03-06')).toBe('2026-03-09'); // Friday → Monday
    expect(nextWorkingDay(calendar, '2026-09-30')).toBe('2026-10-08'); // over 国庆
    expect(nextWorkingDay(calendar, '2026-10-09')).toBe('2026-10-10'); // Saturday 调休上班
    expect(nextWorkingDay(calendar, '2025-12-31')).toBe('2026-01-04'); // Sunday 调休上班 after 元旦
  });

  it('refuses to look into a year whose arrangement has not been added', () => {
    expect(() => nextWorkingDay(calendar, '2026-12-31')).toThrow(/^working-day calendar unknown for 2027:/);
  });

  test.prop([innerDateArb])('is addWorkingDays by 1, with no working day in between', (date) => {
    const next = nextWorkingDay(calendar, date);
    expect(next).toBe(addWorkingDays(calendar, date, 1));
    expect(workingDaysBetween(calendar, date, next)).toBe(1);
  });
});
