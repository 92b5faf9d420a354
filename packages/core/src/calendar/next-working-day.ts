import { addWorkingDays } from './add-working-days.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/**
 * The first working day strictly after `date` (like date-fns' nextMonday, never `date`
 * itself): the same as `addWorkingDays(calendar, date, 1)`. Throws INVALID_INPUT when `date`
 * is not a real date or the search reaches a year the calendar does not cover.
 */
export function nextWorkingDay(calendar: WorkingCalendar, date: string): string {
  return addWorkingDays(calendar, date, 1);
}
