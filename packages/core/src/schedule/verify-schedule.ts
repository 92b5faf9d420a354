import { isFairdrawError } from '../errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DrawRecord } from '../record/draw-record.ts';
import { digestOfBytes } from '../record/draw-record.ts';
import { summarizeDraw } from './schedule-input.ts';
import { workingDaysOf } from './_normal-form.ts';
import { firstDifference, show } from '../record/_first-difference.ts';
import { replaySchedule } from './replay-schedule.ts';
import { serializeSchedule, supportedScheduleAlgorithms, type ScheduleRecord } from './schedule-record.ts';

export type ScheduleVerification =
  | { readonly ok: true; readonly scheduleDigest: string }
  | {
      readonly ok: false;
      /** What differs, in words a person can act on. */
      readonly problem: string;
      /** Where in the schedule, e.g. "scheduled[2].date", when it is one field. */
      readonly path?: string;
    };

export interface VerifyScheduleOptions {
  /**
   * A working-day calendar to check the schedule's working days against. Without it, the
   * working days the schedule records are taken as given (they are part of its inputs).
   */
  readonly calendar?: WorkingCalendar;
}

/**
 * Checks that `schedule` is exactly what its algorithm gives for `draw` and its recorded
 * inputs: that it names this draw record, that its working days are the calendar's (when one
 * is given), then the replay field by field. Reports the first difference; never throws for a
 * mismatch.
 */
export function verifySchedule(schedule: ScheduleRecord, draw: DrawRecord, options: VerifyScheduleOptions = {}): ScheduleVerification {
  if (!(supportedScheduleAlgorithms as readonly string[]).includes(schedule.algorithm)) {
    return { ok: false, path: 'algorithm', problem: `the schedule uses algorithm "${schedule.algorithm}", which this verifier does not know (it knows ${supportedScheduleAlgorithms.join(', ')})` };
  }
  const summary = summarizeDraw(draw);
  if (summary.digest !== schedule.draw.digest) {
    return { ok: false, path: 'draw.digest', problem: `the draw record supplied (${summary.digest}) is not the one this schedule names (${schedule.draw.digest})` };
  }
  if (options.calendar !== undefined) {
    let expected: string[];
    try {
      expected = workingDaysOf(options.calendar, schedule.window);
    } catch (error) {
      if (isFairdrawError(error)) return { ok: false, path: 'window', problem: `the calendar cannot tell the working days of the window: ${error.message}` };
      throw error;
    }
    const recorded = new Set(schedule.workingDays);
    const missing = expected.find((date) => !recorded.has(date));
    if (missing !== undefined) return { ok: false, path: 'workingDays', problem: `${missing} is a working day by the calendar, but the schedule does not count it as one` };
    const calendarDays = new Set(expected);
    const extra = schedule.workingDays.find((date) => !calendarDays.has(date));
    if (extra !== undefined) return { ok: false, path: 'workingDays', problem: `the schedule counts ${extra} as a working day of the window, but by the calendar it is not` };
  }
  let replayed: ScheduleRecord;
  try {
    replayed = replaySchedule(schedule, summary);
  } catch (error) {
    if (isFairdrawError(error)) return { ok: false, problem: `replaying the schedule fails: ${error.message}` };
    throw error;
  }
  // Inputs first (a recorded input not in normal form, or not matching the draw), then dates.
  for (const key of ['window', 'workingDays', 'inspectors', 'blackouts', 'scheduled'] as const) {
    const difference = firstDifference(schedule[key], replayed[key], key);
    if (difference) return { ok: false, path: difference.path, problem: describe(schedule, difference) };
  }
  const bytes = serializeSchedule(schedule);
  if (bytes !== serializeSchedule(replayed)) return { ok: false, problem: 'the schedule differs from its replay outside its inputs and dates' };
  return { ok: true, scheduleDigest: digestOfBytes(bytes) };
}

function describe(schedule: ScheduleRecord, { path, recorded, replayed }: { path: string; recorded: unknown; replayed: unknown }): string {
  const entry = /^scheduled\[(\d+)\](.*)$/.exec(path);
  if (entry) {
    const index = Number(entry[1]);
    const position = index + 1;
    const rest = entry[2] ?? '';
    const name = schedule.scheduled[index]?.target.name;
    const who = name === undefined ? `target #${position}` : `target #${position} (${name})`;
    if (recorded === undefined) return `the draw has a target #${position} that the schedule does not list: ${show(replayed)}`;
    if (replayed === undefined) return `the schedule lists a target #${position} (${show(recorded)}) that the draw does not have`;
    if (rest === '.date') return `${who} should be inspected on ${show(replayed)} by the replay, but the schedule says ${show(recorded)}`;
    if (rest.startsWith('.target') || rest.startsWith('.team')) return `${path}: the schedule says ${show(recorded)}, but the draw record says ${show(replayed)}`;
  }
  if (path.startsWith('inspectors') || path.startsWith('blackouts') || path.startsWith('workingDays') || path.startsWith('window')) {
    return `${path}: the schedule says ${show(recorded)}, but its inputs in normal form give ${show(replayed)} (inputs must be recorded in normal form for the draw's teams and targets)`;
  }
  return `${path}: the schedule says ${show(recorded)}, the replay gives ${show(replayed)}`;
}
