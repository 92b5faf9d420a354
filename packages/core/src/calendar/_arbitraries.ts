// Shared fast-check arbitraries and builders for the calendar's tests. Never re-exported.
import { fc } from '@fast-check/vitest';
import { dayNumber } from '../model/primitives.ts';
import { dateOfDay, isWeekendDay } from './_day-number.ts';
import { defaultArrangements } from './holidays-data.ts';
import { isWorkingDay } from './is-working-day.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { statutoryDaysOff, type YearArrangementInput } from './year-arrangement.ts';

/**
 * The calendar the tests run on: 2023–2026, so that 2022 stays an uncovered year right before
 * a covered one (2021 and 2022 ship too; holidays-data.test.ts checks them).
 */
export const testedArrangements = defaultArrangements.filter(({ year }) => year >= 2023);
export const calendar = createWorkingCalendar(testedArrangements);

const days = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(dateOfDay);

/** Any date in the shipped years, 2023–2026. */
export const coveredDateArb = days('2023-01-01', '2026-12-31');

/** Working-day counts small enough that, from an inner date, they never leave 2023–2026. */
export const amountArb = fc.integer({ min: -40, max: 40 });
export const innerDateArb = days('2023-03-15', '2026-10-31');
export const innerWorkingDateArb = innerDateArb.filter((date) => isWorkingDay(calendar, date));

/** A date in a year no shipped arrangement covers (from 2008, the first year a calendar may hold). */
export const uncoveredDateArb = fc.oneof(days('2008-01-01', '2022-12-31'), days('2027-01-01', '2999-12-31'));

/**
 * A made-up arrangement (not the State Council's) for `year` that passes validation: its
 * make-up days, and as many weekdays off from 1 June as the law and those days need.
 */
export function hypotheticalArrangement(year: number, makeUpWorkdays: string[] = []): YearArrangementInput {
  const holidays: string[] = [];
  for (let day = dayNumber(`${year}-06-01`); holidays.length < statutoryDaysOff(year) + makeUpWorkdays.length; day++) {
    if (!isWeekendDay(day)) holidays.push(dateOfDay(day));
  }
  return { year, source: { title: `假设的${year}年安排（测试用）`, number: `测试〔${year - 1}〕1号`, issued: `${year - 1}-11-01` }, holidays, makeUpWorkdays };
}
