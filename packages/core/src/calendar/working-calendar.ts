import { FairdrawError } from '../errors.ts';
import { dayNumber } from '../model/primitives.ts';
import { parseWith } from '../model/parse.ts';
import { dateOfDay, isWeekendDay, yearOfDay } from './_day-number.ts';
import { YearArrangement, type YearArrangementInput } from './year-arrangement.ts';

type DayKind = 'holiday' | 'makeUpWorkday';

/**
 * Mainland-China working days for the years whose State Council arrangement it holds, and
 * for no others. Build it with createWorkingCalendar; read it with isWorkingDay and friends.
 */
export interface WorkingCalendar {
  /** The arrangements it was built from, one per year, by year ascending. */
  readonly arrangements: readonly YearArrangement[];
  /** The covered years, ascending: a date in any other year is unknown. */
  readonly years: readonly number[];
  /** The listed days (holidays and make-up working days) by day number (days since 1970-01-01). */
  readonly listedDays: ReadonlyMap<number, DayKind>;
}

const SOURCE = 'working-day arrangements';
const KIND_NAMES: Record<DayKind, string> = { holiday: 'a day off', makeUpWorkday: 'a make-up working day' };

/**
 * Builds a calendar from year arrangements (e.g. `defaultArrangements`); throws INVALID_INPUT
 * when one is malformed, a year is given twice, or two years disagree about a date.
 */
export function createWorkingCalendar(arrangements: readonly YearArrangementInput[]): WorkingCalendar {
  const parsed = arrangements.map((arrangement, index) => parseWith(YearArrangement, arrangement, { source: SOURCE, path: [index] }));
  const byYear = new Map<number, number>();
  parsed.forEach(({ year }, index) => {
    const earlier = byYear.get(year);
    if (earlier !== undefined) {
      const message = `the arrangement for ${year} is given twice (entries ${earlier} and ${index})`;
      throw new FairdrawError('INVALID_INPUT', `${SOURCE}: ${message}`, { issues: [{ source: SOURCE, path: [index, 'year'], message }] });
    }
    byYear.set(year, index);
  });
  const listedDays = new Map<number, DayKind>();
  const listedBy = new Map<number, number>();
  for (const arrangement of parsed) {
    const entries = [
      ...arrangement.holidays.map((date) => [date, 'holiday'] as const),
      ...arrangement.makeUpWorkdays.map((date) => [date, 'makeUpWorkday'] as const),
    ];
    for (const [date, kind] of entries) {
      const day = dayNumber(date);
      const other = listedDays.get(day);
      if (other !== undefined && other !== kind) {
        // Only a date in late December can be listed by two years (see YearArrangement).
        const message = `${date} is ${KIND_NAMES[other]} in ${listedBy.get(day)}'s arrangement but ${KIND_NAMES[kind]} in ${arrangement.year}'s`;
        throw new FairdrawError('INVALID_INPUT', `${SOURCE}: ${message}`, { issues: [{ source: SOURCE, path: [byYear.get(arrangement.year)!], message }] });
      }
      listedDays.set(day, kind);
      listedBy.set(day, arrangement.year);
    }
  }
  const sorted = [...parsed].sort((a, b) => a.year - b.year);
  return { arrangements: sorted, years: sorted.map(({ year }) => year), listedDays };
}

/**
 * A new calendar with `arrangement` added, replacing the calendar's arrangement for the same
 * year if it has one (a correction); throws as createWorkingCalendar does.
 */
export function withArrangement(calendar: WorkingCalendar, arrangement: YearArrangementInput): WorkingCalendar {
  const added = parseWith(YearArrangement, arrangement, { source: SOURCE });
  return createWorkingCalendar([...calendar.arrangements.filter(({ year }) => year !== added.year), added]);
}

/** The error for a day in a year the calendar does not cover. */
export function uncoveredYearError(calendar: WorkingCalendar, year: number, date: string): FairdrawError {
  const covered = calendar.years.length > 0 ? `it covers ${calendar.years.join(', ')}` : 'it covers no year';
  return new FairdrawError(
    'INVALID_INPUT',
    `working-day calendar unknown for ${year}: the State Council's arrangement for ${year} has not been added`,
    { issues: [{ source: 'working-day calendar', path: ['year', year], message: `${date} is in ${year}, which the calendar does not cover (${covered})` }] },
  );
}

/** Whether the day numbered `day` is a working day; throws for a day in an uncovered year. */
export function isWorkingDayNumber(calendar: WorkingCalendar, day: number): boolean {
  const year = yearOfDay(day);
  if (!calendar.years.includes(year)) throw uncoveredYearError(calendar, year, dateOfDay(day));
  const listed = calendar.listedDays.get(day);
  if (listed !== undefined) return listed === 'makeUpWorkday';
  return !isWeekendDay(day);
}
