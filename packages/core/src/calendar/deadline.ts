import type { WorkingCalendar } from './working-calendar.ts';
import { addWorkingDays } from './add-working-days.ts';
import { workingDaysBetween } from './working-days-between.ts';

/** Where a result stands against its publication deadline. */
export const deadlineStatuses = ['not_inspected', 'pending', 'due_soon', 'overdue', 'published_on_time', 'published_late'] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];

export interface DeadlineInput {
  /** 检查完成日期, or null while the inspection has not happened. */
  readonly inspectionDate: string | null;
  /** Working days from the inspection to the publication deadline (20 by default; shorter locally). */
  readonly days: number;
  /** The China Standard Time date the result was published (公示), or null. */
  readonly publishedOn: string | null;
  /** Today's China Standard Time date: the caller's clock, never read here. */
  readonly today: string;
  /** How many working days before the deadline count as "due soon". */
  readonly soonDays?: number;
}

/**
 * The publication deadline of a result — the `days`-th working day after the inspection —
 * and its status on `today`. Throws INVALID_INPUT when the calendar does not know a year the
 * count runs through (a deadline is never computed on a guessed calendar).
 */
export function resultDeadline(calendar: WorkingCalendar, input: DeadlineInput): { due: string | null; status: DeadlineStatus } {
  if (input.inspectionDate === null) return { due: null, status: 'not_inspected' };
  const due = addWorkingDays(calendar, input.inspectionDate, input.days);
  if (input.publishedOn !== null) return { due, status: input.publishedOn <= due ? 'published_on_time' : 'published_late' };
  if (input.today > due) return { due, status: 'overdue' };
  return { due, status: workingDaysBetween(calendar, input.today, due) <= (input.soonDays ?? 5) ? 'due_soon' : 'pending' };
}
