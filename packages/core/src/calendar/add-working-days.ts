import { FairdrawError } from '../errors.ts';
import { dateOfDay, toDay } from './_day-number.ts';
import { isWorkingDayNumber, type WorkingCalendar } from './working-calendar.ts';

/**
 * The `amount`-th working day strictly after `date` (strictly before it when `amount` is
 * negative), as a bureau counts "N 个工作日内": the deadline 20 working days after an
 * inspection on D is the 20th working day after D, whether or not D itself is a working day.
 * `amount` 0 returns `date` unchanged, even when it is not a working day (nextWorkingDay
 * rolls forward). So the result is always a working day when `amount` ≠ 0, and
 * `workingDaysBetween(calendar, date, result)` is `amount`.
 *
 * Throws INVALID_INPUT when `date` is not a real date, `amount` is not a safe integer, or the
 * count reaches a year the calendar does not cover (e.g. 20 working days from 2026-12-20 with
 * no arrangement for 2027).
 *
 * @example addWorkingDays(calendar, '2026-09-24', 20) // '2026-10-29', across 中秋 and 国庆
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, amount: number): string {
  let day = toDay(date, 'date');
  if (!Number.isSafeInteger(amount)) {
    const message = `must be a whole number of working days, not ${amount}`;
    throw new FairdrawError('INVALID_INPUT', `amount: ${message}`, { issues: [{ path: ['amount'], message }] });
  }
  const step = amount < 0 ? -1 : 1;
  // Terminates: every step moves one day, and the calendar covers finitely many years.
  for (let left = Math.abs(amount); left > 0; ) {
    day += step;
    if (isWorkingDayNumber(calendar, day)) left -= 1;
  }
  return dateOfDay(day);
}
