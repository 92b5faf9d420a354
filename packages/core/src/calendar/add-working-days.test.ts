import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { FairdrawError } from '../errors.ts';
import { amountArb, calendar, innerDateArb, innerWorkingDateArb } from './_arbitraries.ts';
import { addWorkingDays } from './add-working-days.ts';
import { isWorkingDay } from './is-working-day.ts';

describe('addWorkingDays', () => {
  it('finds the due date of a result due 20 working days after an inspection on 2026-09-24', () => {
    // Thursday 2026-09-24. 9/25 (Fri, 中秋), 9/26–27 off. Working days after it:
    //  1–3: 9/28 Mon, 9/29 Tue, 9/30 Wed; 10/1–10/7 off (国庆);
    //  4–6: 10/8 Thu, 10/9 Fri, 10/10 Sat (调休上班); 10/11 Sun off;
    //  7–11: 10/12–10/16; 12–16: 10/19–10/23; 17–20: 10/26 Mon, 27, 28, 10/29 Thu.
    // Counting Monday to Friday only would give 2026-10-22; forgetting 10/10 would give 10/30.
    expect(addWorkingDays(calendar, '2026-09-24', 20)).toBe('2026-10-29');
  });

  it('counts from the day after the start, also when the start is a day off', () => {
    expect(addWorkingDays(calendar, '2026-02-15', 1)).toBe('2026-02-24'); // from the first day of 春节
    expect(addWorkingDays(calendar, '2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
    expect(addWorkingDays(calendar, '2026-03-09', 1)).toBe('2026-03-10'); // from a Monday
  });

  it('counts make-up working days, also across the year end', () => {
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-14'); // Friday → Saturday 调休上班
    expect(addWorkingDays(calendar, '2025-12-31', 1)).toBe('2026-01-04'); // → Sunday 调休上班 after 元旦
    expect(addWorkingDays(calendar, '2026-10-09', 2)).toBe('2026-10-12'); // 10/10 (Sat) is the first
  });

  it('counts backwards for a negative amount', () => {
    expect(addWorkingDays(calendar, '2026-10-08', -1)).toBe('2026-09-30');
    expect(addWorkingDays(calendar, '2026-02-24', -1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar, '2026-10-29', -20)).toBe('2026-09-24');
    expect(addWorkingDays(calendar, '2026-01-05', -2)).toBe('2025-12-31');
  });

  it('returns the date unchanged for 0, even a day off', () => {
    expect(addWorkingDays(calendar, '2026-10-01', 0)).toBe('2026-10-01');
    expect(addWorkingDays(calendar, '2026-03-02', 0)).toBe('2026-03-02');
  });

  it('refuses to count into a year whose arrangement has not been added', () => {
    expect(addWorkingDays(calendar, '2026-12-20', 5)).toBe('2026-12-25');
    expect(() => addWorkingDays(calendar, '2026-12-20', 20)).toThrow(
      "working-day calendar unknown for 2027: the State Council's arrangement for 2027 has not been added",
    );
    expect(() => addWorkingDays(calendar, '2023-01-03', -1)).toThrow(/^working-day calendar unknown for 2022:/);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses the amount %d', (amount) => {
    expect(() => addWorkingDays(calendar, '2026-03-02', amount)).toThrow(FairdrawError);
  });

  it.each(['2026-02-29', '2026-3-2', ''])('refuses the date %j', (date) => {
    expect(() => addWorkingDays(calendar, date, 1)).toThrow(/is not a real date written YYYY-MM-DD/);
  });

  test.prop([innerDateArb, amountArb.filter((amount) => amount !== 0)])('always lands on a working day when the amount is not 0', (date, amount) => {
    expect(isWorkingDay(calendar, addWorkingDays(calendar, date, amount))).toBe(true);
  });

  test.prop([innerWorkingDateArb, amountArb])('comes back to a working day when the same amount is subtracted', (date, amount) => {
    expect(addWorkingDays(calendar, addWorkingDays(calendar, date, amount), -amount)).toBe(date);
  });

  const halfAmountArb = fc.integer({ min: -20, max: 20 }); // n + m stays within amountArb's range
  test.prop([innerDateArb, halfAmountArb, halfAmountArb])('adds in steps: n then m is n + m from a working day, and order is kept', (date, n, m) => {
    const start = isWorkingDay(calendar, date) ? date : addWorkingDays(calendar, date, 1);
    expect(addWorkingDays(calendar, addWorkingDays(calendar, start, n), m)).toBe(addWorkingDays(calendar, start, n + m));
    if (n < m) expect(addWorkingDays(calendar, date, n) < addWorkingDays(calendar, date, m)).toBe(true);
  });

  test.prop([fc.constantFrom(...calendar.arrangements.flatMap(({ makeUpWorkdays }) => makeUpWorkdays))])(
    'steps onto every make-up working day from the working day before it',
    (makeUpDay) => {
      expect(addWorkingDays(calendar, addWorkingDays(calendar, makeUpDay, -1), 1)).toBe(makeUpDay);
    },
  );
});
