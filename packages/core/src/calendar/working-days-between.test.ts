import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { amountArb, calendar, innerDateArb, innerWorkingDateArb } from './_arbitraries.ts';
import { addWorkingDays } from './add-working-days.ts';
import { workingDaysBetween } from './working-days-between.ts';

describe('workingDaysBetween', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween(calendar, '2026-09-24', '2026-10-29')).toBe(20);
    expect(workingDaysBetween(calendar, '2026-03-02', '2026-03-02')).toBe(0);
    expect(workingDaysBetween(calendar, '2026-03-02', '2026-03-03')).toBe(1);
  });

  it('counts make-up working days and skips days off', () => {
    // 2/14 (Sat, 调休上班), 2/24, 2/25, 2/26, 2/27 and 2/28 (Sat, 调休上班); 2/15–2/23 off.
    expect(workingDaysBetween(calendar, '2026-02-13', '2026-02-28')).toBe(6);
    expect(workingDaysBetween(calendar, '2026-09-30', '2026-10-07')).toBe(0);
  });

  it('is negative when `to` is earlier, counting `to` and not `from`', () => {
    expect(workingDaysBetween(calendar, '2026-10-29', '2026-09-24')).toBe(-20);
    expect(workingDaysBetween(calendar, '2026-03-09', '2026-03-07')).toBe(0); // Monday back to Saturday
    expect(workingDaysBetween(calendar, '2026-03-07', '2026-03-09')).toBe(1); // Saturday to Monday
  });

  it('counts into a new year and refuses a year whose arrangement has not been added', () => {
    expect(workingDaysBetween(calendar, '2025-12-31', '2026-01-05')).toBe(2); // 1/4 (Sun, 调休上班) and 1/5
    expect(() => workingDaysBetween(calendar, '2026-12-30', '2027-01-04')).toThrow(/^working-day calendar unknown for 2027:/);
  });

  test.prop([innerDateArb, amountArb])('counts back the amount that addWorkingDays added, from any date', (date, amount) => {
    expect(workingDaysBetween(calendar, date, addWorkingDays(calendar, date, amount))).toBe(amount);
  });

  test.prop([innerDateArb, innerWorkingDateArb])('gives the amount that takes addWorkingDays to a working day', (from, to) => {
    expect(addWorkingDays(calendar, from, workingDaysBetween(calendar, from, to))).toBe(to);
  });

  test.prop([innerWorkingDateArb, innerWorkingDateArb])('changes sign when two working days are swapped', (a, b) => {
    expect(workingDaysBetween(calendar, b, a)).toBe(0 - workingDaysBetween(calendar, a, b));
  });
});
