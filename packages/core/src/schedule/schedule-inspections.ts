import { parseWith } from '../model/parse.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DrawRecord } from '../record/draw-record.ts';
import { DrawSummary, ScheduleConstraints, summarizeDraw, type ScheduleConstraintsInput } from './schedule-input.ts';
import { normalize, workingDaysOf } from './_normal-form.ts';
import { runSchedule } from './_run-schedule.ts';
import type { ScheduleRecord } from './schedule-record.ts';

export type ScheduleOptions = ScheduleConstraintsInput & {
  /** The draw record, or its summary (digest, seed, targets and teams in draw order). */
  readonly draw: DrawRecord | DrawSummary;
  /** The working-day calendar; it must cover every year the window touches. */
  readonly calendar: WorkingCalendar;
};

/**
 * Gives every drawn target an inspection date (spec §12): a working day of the window, no
 * blackout of the target, every team member available and under their daily limit. Dates
 * are drawn from the draw's seed in streams of their own, and a valid schedule is found
 * whenever one exists. Pure and deterministic. Throws INVALID_INPUT for malformed
 * constraints or a year the calendar does not cover, and INFEASIBLE, naming the targets,
 * teams and days that bind, when no valid schedule exists.
 */
export function scheduleInspections(options: ScheduleOptions): ScheduleRecord {
  const { draw, calendar, ...input } = options;
  const summary = 'digest' in draw ? parseWith(DrawSummary, draw, { source: 'draw summary' }) : summarizeDraw(draw);
  const constraints = parseWith(ScheduleConstraints, input, { source: 'schedule constraints' });
  return runSchedule(normalize(summary, constraints, workingDaysOf(calendar, constraints.window)));
}
