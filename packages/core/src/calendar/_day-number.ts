// Calendar dates as day numbers (days since 1970-01-01) and back. Only Date.UTC, getUTC* and
// toISOString are used, never local-time getters or date-only parsing, so nothing here
// depends on the process time zone (TZ).
import { FairdrawError } from '../errors.ts';
import { dayNumber, isIsoDate } from '../model/primitives.ts';

const MS_PER_DAY = 86_400_000;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The day number of `date`, or INVALID_INPUT naming `field` when it is not a real YYYY-MM-DD date. */
export function toDay(date: string, field: string): number {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    const message = `${JSON.stringify(date)} is not a real date written YYYY-MM-DD`;
    throw new FairdrawError('INVALID_INPUT', `${field}: ${message}`, { issues: [{ path: [field], message }] });
  }
  return dayNumber(date);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 (day 0) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekendDay(day: number): boolean {
  const weekday = weekdayOfDay(day);
  return weekday === 0 || weekday === 6;
}

export function weekdayName(day: number): string {
  return WEEKDAY_NAMES[weekdayOfDay(day)]!;
}
