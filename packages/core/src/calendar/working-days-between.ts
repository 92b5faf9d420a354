import { toDay } from './_day-number.ts';
import { isWorkingDayNumber, type WorkingCalendar } from './working-calendar.ts';

/**
 * The working days passed on the way from `from` to `to`, `from` excluded and `to` included:
 * with `from` ≤ `to`, the working days d with from < d ≤ to; with `to` < `from`, minus the
 * working days d with to ≤ d < from. So it is 0 when the dates are equal, and
 * `workingDaysBetween(calendar, from, addWorkingDays(calendar, from, n))` is `n` for every
 * `from` and `n`. Swapping the ends negates it when both are working days, not always
 * otherwise: from Saturday 2026-03-07 to Monday 2026-03-09 is 1, from that Monday back to the
 * Saturday is 0.
 *
 * Throws INVALID_INPUT when a date is not real or a day counted lies in a year the calendar
 * does not cover.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  const start = toDay(from, 'from');
  const end = toDay(to, 'to');
  let count = 0;
  if (start <= end) {
    for (let day = start + 1; day <= end; day++) if (isWorkingDayNumber(calendar, day)) count += 1;
  } else {
    for (let day = end; day < start; day++) if (isWorkingDayNumber(calendar, day)) count -= 1;
  }
  return count;
}
