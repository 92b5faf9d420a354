import { toDay } from './_day-number.ts';
import { isWorkingDayNumber, type WorkingCalendar } from './working-calendar.ts';

/**
 * Whether `date` (YYYY-MM-DD, a China Standard Time date) is a mainland-China working day:
 * a make-up working day (调休上班), or a Monday to Friday that is not a day off. Throws
 * INVALID_INPUT when `date` is not a real date or its year is not in the calendar.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return isWorkingDayNumber(calendar, toDay(date, 'date'));
}
