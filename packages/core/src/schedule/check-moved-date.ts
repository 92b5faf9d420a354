import { isFairdrawError, type Issue } from '../errors.ts';
import { isIsoDate } from '../model/primitives.ts';
import { isWorkingDay } from '../calendar/is-working-day.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { ScheduleRecord } from './schedule-record.ts';

export interface MovedDateOptions {
  readonly schedule: ScheduleRecord;
  /** The target whose inspection moves. */
  readonly targetId: string;
  /** The new date. */
  readonly date: string;
  /**
   * The dates in force now, by target id, when earlier moves changed some; targets not listed
   * keep the schedule's date. Used for the daily limits.
   */
  readonly currentDates?: Readonly<Record<string, string>>;
  /**
   * Days inspectors are away as known now, by inspector id, replacing the schedule's list for
   * each inspector given (leave taken after the schedule was published).
   */
  readonly unavailable?: Readonly<Record<string, readonly string[]>>;
  /** When given, the working-day test uses it instead of the schedule's recorded working days. */
  readonly calendar?: WorkingCalendar;
}

/**
 * The problems with moving one scheduled inspection to another date: not a real date, outside
 * the window, not a working day, a blackout date of the target, a team member away or already
 * at their daily limit that day. An empty list means the move is valid. Never throws; recording
 * the move and its reason is the caller's.
 */
export function checkMovedDate(options: MovedDateOptions): Issue[] {
  const { schedule, targetId, date } = options;
  const entry = schedule.scheduled.find(({ target }) => target.id === targetId);
  if (entry === undefined) return [problem(['targetId'], `target "${targetId}" is not in this schedule`)];
  if (typeof date !== 'string' || !isIsoDate(date)) return [problem(['date'], `${JSON.stringify(date)} is not a real date written YYYY-MM-DD`)];
  const problems: Issue[] = [];
  const { start, end } = schedule.window;
  if (date < start || date > end) problems.push(problem(['date'], `${date} is outside the task window ${start}…${end}`));
  if (options.calendar !== undefined) {
    try {
      if (!isWorkingDay(options.calendar, date)) problems.push(problem(['date'], `${date} is not a working day`));
    } catch (error) {
      if (!isFairdrawError(error)) throw error;
      problems.push(problem(['date'], error.message));
    }
  } else if (date >= start && date <= end && !schedule.workingDays.includes(date)) {
    problems.push(problem(['date'], `${date} is not a working day`));
  }
  if (schedule.blackouts.some((blackout) => blackout.targetId === targetId && blackout.dates.includes(date))) {
    problems.push(problem(['date'], `${entry.target.name} declared ${date} as a blackout date`));
  }
  const dateOf = (id: string, scheduled: string) => options.currentDates?.[id] ?? scheduled;
  entry.team.forEach((member, index) => {
    const recorded = schedule.inspectors.find(({ id }) => id === member.id);
    const away = options.unavailable?.[member.id] ?? recorded?.unavailable ?? [];
    if (away.includes(date)) problems.push(problem(['team', index], `${member.name} is unavailable on ${date}`));
    const limit = recorded?.dailyLimit ?? 1;
    const others = schedule.scheduled.filter(
      (other) => other.target.id !== targetId && dateOf(other.target.id, other.date) === date && other.team.some(({ id }) => id === member.id),
    );
    if (others.length >= limit) {
      const names = others.map(({ target }) => target.name).join(', ');
      problems.push(problem(['team', index], `${member.name} already has ${others.length} inspection(s) on ${date} (${names}); the daily limit is ${limit}`));
    }
  });
  return problems;
}

function problem(path: (string | number)[], message: string): Issue {
  return { source: 'moved date', path, message };
}
