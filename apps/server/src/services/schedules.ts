import { FairdrawError, checkMovedDate, scheduleDigest, scheduleInspections, type InspectorAvailability, type TargetBlackout } from '@fairdraw/core';
import type { Change, ScheduleEntry, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';
import { workingCalendarOf } from './calendar.ts';

/** The date in force for each scheduled target: its last move, else its scheduled date. */
export function datesInForce(entry: ScheduleEntry): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const scheduled of entry.record.scheduled) dates[scheduled.target.id] = scheduled.date;
  for (const move of entry.moves) dates[move.targetId] = move.to;
  return dates;
}

/**
 * Schedules the inspections of a drawn draw inside its task's window, from the draw's seed,
 * with the leave, limits and blackouts given. Inspector ids must exist in the directory the
 * draw used: a mistyped id would protect nobody's leave.
 */
export async function createSchedule(
  store: Store,
  input: { drawId: number; dailyLimit?: number; inspectors: readonly InspectorAvailability[]; blackouts: readonly TargetBlackout[] },
  change: Change,
): Promise<ScheduleEntry> {
  const draw = await store.draws.get(input.drawId);
  if (!draw) throw new ApiError(404, 'NOT_FOUND', `draw ${input.drawId} does not exist`);
  if (draw.status !== 'drawn' || !draw.record) throw new ApiError(409, 'CONFLICT', `draw ${input.drawId} is ${draw.status}; only a drawn draw is scheduled`);
  const task = await store.tasks.get(draw.taskId);
  if (!task) throw new ApiError(500, 'INTERNAL', `task ${draw.taskId} of draw ${draw.id} is missing`);
  const directory = await store.directories.get(draw.versions.inspectors);
  const known = new Set((directory?.records ?? []).map((record) => (record as { id: string }).id));
  const unknown = input.inspectors.map((inspector, index) => ({ id: inspector.id, index })).filter(({ id }) => !known.has(id));
  if (unknown.length > 0) {
    throw new FairdrawError('UNKNOWN_REFERENCE', `${unknown.length} inspector id(s) are not in the directory this draw used: ${unknown.map((u) => u.id).join(', ')}`, {
      issues: unknown.map(({ id, index }) => ({ source: 'request body', path: ['inspectors', index, 'id'], message: `no inspector "${id}" in the directory` })),
    });
  }
  const record = scheduleInspections({
    draw: draw.record,
    calendar: await workingCalendarOf(store),
    window: task.planned.window,
    ...(input.dailyLimit === undefined ? {} : { dailyLimit: input.dailyLimit }),
    inspectors: [...input.inspectors],
    blackouts: [...input.blackouts],
  });
  return store.schedules.create({ drawId: draw.id, record, digest: scheduleDigest(record) }, change);
}

/** Moves one inspection to another date after checking it, and records the reason. */
export async function moveInspection(store: Store, input: { drawId: number; targetId: string; date: string; reason: string }, change: Change): Promise<ScheduleEntry> {
  const entry = await store.schedules.get(input.drawId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${input.drawId} has no schedule yet`);
  const current = datesInForce(entry);
  const problems = checkMovedDate({ schedule: entry.record, targetId: input.targetId, date: input.date, currentDates: current, calendar: await workingCalendarOf(store) });
  if (problems.length > 0) {
    throw new FairdrawError('INVALID_INPUT', `cannot move the inspection of ${input.targetId} to ${input.date}: ${problems.map((p) => p.message).join('; ')}`, { issues: problems });
  }
  const from = current[input.targetId]!;
  if (from === input.date) throw new ApiError(409, 'CONFLICT', `the inspection of ${input.targetId} is already on ${input.date}`);
  return store.schedules.move({ drawId: input.drawId, targetId: input.targetId, from, to: input.date, reason: input.reason }, change);
}
