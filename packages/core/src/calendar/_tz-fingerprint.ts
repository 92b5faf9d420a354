// What the calendar answers for every covered day, reduced to a digest, and the process time
// zone it was computed in. time-zones.test.ts runs this file under several TZ values
// (`node --import tsx _tz-fingerprint.ts`) and compares. Never re-exported.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { dayNumber } from '../model/primitives.ts';
import { dateOfDay } from './_day-number.ts';
import { addWorkingDays } from './add-working-days.ts';
import { chinaDateOf } from './china-date-of.ts';
import { defaultArrangements } from './holidays-data.ts';
import { isWorkingDay } from './is-working-day.ts';
import { nextWorkingDay } from './next-working-day.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { workingDaysBetween } from './working-days-between.ts';

export interface Fingerprint {
  /** The process time zone, and its UTC offset in minutes (as getTimezoneOffset) on 2026-01-01. */
  readonly timeZone: string;
  readonly offsetMinutes: number;
  readonly digest: string;
  readonly lines: number;
}

function attempt(compute: () => string | number | boolean): string {
  try {
    return String(compute());
  } catch (error) {
    return error instanceof Error ? `error: ${error.message}` : 'error';
  }
}

export function fingerprint(): Fingerprint {
  const calendar = createWorkingCalendar(defaultArrangements);
  const hash = createHash('sha256');
  let lines = 0;
  const line = (text: string) => {
    hash.update(`${text}\n`);
    lines += 1;
  };
  for (let day = dayNumber('2022-12-25'); day <= dayNumber('2027-01-07'); day++) {
    const date = dateOfDay(day);
    const answers = [
      () => isWorkingDay(calendar, date),
      () => nextWorkingDay(calendar, date),
      () => addWorkingDays(calendar, date, 20),
      () => addWorkingDays(calendar, date, -7),
      () => workingDaysBetween(calendar, date, '2025-06-30'),
    ];
    line([date, ...answers.map(attempt)].join(' '));
  }
  // Every 97 minutes for four years: each hour and minute of the day, across every midnight.
  for (let time = Date.parse('2023-01-01T00:00:00Z'); time < Date.parse('2027-01-01T00:00:00Z'); time += 97 * 60_000) {
    line(`${time} ${chinaDateOf(new Date(time))}`);
  }
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetMinutes: new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset(),
    digest: hash.digest('hex'),
    lines,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(JSON.stringify(fingerprint()));
}
