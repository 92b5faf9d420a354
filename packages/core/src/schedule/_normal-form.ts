// The normal form of a schedule's inputs (spec §12.2): what the record holds and a replay uses.
import { FairdrawError } from '../errors.ts';
import { compareCodePoints, dayNumber, isIsoDate } from '../model/primitives.ts';
import { dateOfDay } from '../calendar/_day-number.ts';
import { isWorkingDayNumber, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DateSpan, DrawSummary, ScheduleConstraints, ScheduleWindow } from './schedule-input.ts';

export interface NormalInspector {
  readonly id: string;
  readonly dailyLimit: number;
  readonly unavailable: readonly string[];
}

export interface NormalBlackout {
  readonly targetId: string;
  readonly dates: readonly string[];
}

/** A schedule's inputs in normal form, with the draw it schedules. */
export interface NormalSchedule {
  readonly digest: string;
  readonly seed: string;
  readonly selected: DrawSummary['selected'];
  readonly window: ScheduleWindow;
  readonly workingDays: readonly string[];
  readonly inspectors: readonly NormalInspector[];
  readonly blackouts: readonly NormalBlackout[];
}

/** The working days of the window by `calendar`; throws INVALID_INPUT for a year it does not cover. */
export function workingDaysOf(calendar: WorkingCalendar, window: ScheduleWindow): string[] {
  const days: string[] = [];
  for (let day = dayNumber(window.start); day <= dayNumber(window.end); day++) {
    if (isWorkingDayNumber(calendar, day)) days.push(dateOfDay(day));
  }
  return days;
}

/**
 * Brings the inputs to normal form: working days inside the window, ascending and unique; one
 * entry per team member by id with their limit and the working days they are away; blackouts
 * of drawn targets restricted to working days, by target id, leaving out empty ones. Throws
 * INVALID_INPUT for a blackout of a target the draw did not select.
 */
export function normalize(draw: DrawSummary, constraints: ScheduleConstraints, workingDays: readonly string[]): NormalSchedule {
  const { window } = constraints;
  const days = [...new Set(workingDays.filter((date) => isIsoDate(date) && date >= window.start && date <= window.end))].sort(compareCodePoints);
  const open = new Set(days);
  const given = new Map(constraints.inspectors.map((inspector) => [inspector.id, inspector]));
  const members = [...new Set(draw.selected.flatMap(({ team }) => team.map(({ id }) => id)))].sort(compareCodePoints);
  const inspectors = members.map((id) => {
    const entry = given.get(id);
    return { id, dailyLimit: entry?.dailyLimit ?? constraints.dailyLimit, unavailable: datesIn(entry?.unavailable ?? [], window, open) };
  });
  const drawn = new Set(draw.selected.map(({ target }) => target.id));
  const blackouts: NormalBlackout[] = [];
  constraints.blackouts.forEach(({ targetId, dates }, index) => {
    if (!drawn.has(targetId)) {
      const message = `target "${targetId}" is not among the drawn targets; a blackout is declared by a drawn target`;
      throw new FairdrawError('INVALID_INPUT', `schedule constraints: blackouts.${index}.targetId: ${message}`, {
        issues: [{ source: 'schedule constraints', path: ['blackouts', index, 'targetId'], message }],
      });
    }
    const inWindow = datesIn(dates, window, open);
    if (inWindow.length > 0) blackouts.push({ targetId, dates: inWindow });
  });
  blackouts.sort((a, b) => compareCodePoints(a.targetId, b.targetId));
  return { digest: draw.digest, seed: draw.seed, selected: draw.selected, window, workingDays: days, inspectors, blackouts };
}

/** The dates of `spans` that are in `open` (working days of the window), ascending and unique. */
function datesIn(spans: readonly DateSpan[], window: ScheduleWindow, open: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const span of spans) {
    if (typeof span === 'string') {
      if (open.has(span)) found.add(span);
      continue;
    }
    // Clip to the window first, so a long span costs no more than the window.
    const first = Math.max(dayNumber(span.from), dayNumber(window.start));
    const last = Math.min(dayNumber(span.to), dayNumber(window.end));
    for (let day = first; day <= last; day++) {
      const date = dateOfDay(day);
      if (open.has(date)) found.add(date);
    }
  }
  return [...found].sort(compareCodePoints);
}
