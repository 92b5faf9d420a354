import { FairdrawError } from '../errors.ts';
import { parseWith } from '../model/parse.ts';
import type { DrawRecord } from '../record/draw-record.ts';
import { DrawSummary, ScheduleConstraints, summarizeDraw } from './schedule-input.ts';
import { normalize } from './_normal-form.ts';
import { runSchedule } from './_run-schedule.ts';
import { supportedScheduleAlgorithms, type ScheduleRecord } from './schedule-record.ts';

/**
 * Runs the schedule again from the inputs a schedule record holds (window, working days,
 * limits, unavailability, blackouts) and the draw it names. With the draw it was made from,
 * the result serialises to the same bytes. Throws UNSUPPORTED_ALGORITHM for an algorithm this
 * library does not know, and what scheduleInspections throws.
 */
export function replaySchedule(schedule: ScheduleRecord, draw: DrawRecord | DrawSummary): ScheduleRecord {
  if (!(supportedScheduleAlgorithms as readonly string[]).includes(schedule.algorithm)) {
    throw new FairdrawError('UNSUPPORTED_ALGORITHM', `this version of fairdraw replays schedules of ${supportedScheduleAlgorithms.join(', ')}, not "${schedule.algorithm}"`);
  }
  const summary = 'digest' in draw ? parseWith(DrawSummary, draw, { source: 'draw summary' }) : summarizeDraw(draw);
  const constraints = parseWith(
    ScheduleConstraints,
    { window: schedule.window, inspectors: schedule.inspectors, blackouts: schedule.blackouts },
    { source: 'schedule record' },
  );
  return runSchedule(normalize(summary, constraints, schedule.workingDays));
}
