import { z } from 'zod';
import { IsoDate } from '../model/primitives.ts';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { digestOfBytes } from '../record/draw-record.ts';
import { ScheduledMember } from './schedule-input.ts';

/** The scheduling algorithm this library runs (spec §12). */
export const SCHEDULE_ALGORITHM = 'fairdraw-schedule/1';
export const supportedScheduleAlgorithms = [SCHEDULE_ALGORITHM] as const;

/** The label of a target's scheduling stream (spec §12.3). */
export const scheduleStreamLabel = (targetId: string) => `schedule:${targetId}`;

const Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be "sha256:" and 64 lower-case hex digits' });

/** One drawn target with its team and the date it is inspected. */
export const ScheduledInspection = z.strictObject({
  /** The target's `order` in the draw record. */
  order: z.number().int().min(1),
  target: z.strictObject({ id: z.string(), name: z.string() }),
  team: z.array(ScheduledMember),
  date: IsoDate,
});
export type ScheduledInspection = z.infer<typeof ScheduledInspection>;

/**
 * The published schedule of one draw (`fairdraw-schedule/1`): the draw it schedules (by the
 * digest of its record), every input in normal form, and a date for each drawn target. It
 * replays from these fields and the draw record alone; its canonical JSON is what a replay
 * reproduces byte for byte.
 */
export const ScheduleRecord = z.strictObject({
  algorithm: z.string().min(1),
  draw: z.strictObject({ digest: Digest }),
  window: z.strictObject({ start: IsoDate, end: IsoDate }),
  /** The working days of the window by the calendar used, ascending. */
  workingDays: z.array(IsoDate),
  /** Every inspector on a drawn team, by id: their daily limit and the working days they are away. */
  inspectors: z.array(z.strictObject({ id: z.string(), dailyLimit: z.number().int().min(1), unavailable: z.array(IsoDate) })),
  /** Drawn targets with blackout days on working days of the window, by target id. */
  blackouts: z.array(z.strictObject({ targetId: z.string(), dates: z.array(IsoDate) })),
  scheduled: z.array(ScheduledInspection),
});
export type ScheduleRecord = z.infer<typeof ScheduleRecord>;

/** The canonical bytes of a schedule (RFC 8785 JSON, then a newline), as for a draw record. */
export function serializeSchedule(schedule: ScheduleRecord): string {
  return canonicalJson(schedule) + '\n';
}

/** A schedule laid out for people (sorted keys, indented); parses to the same schedule. */
export function formatSchedule(schedule: ScheduleRecord): string {
  return JSON.stringify(JSON.parse(canonicalJson(schedule)), null, 2) + '\n';
}

/** "sha256:…" of a schedule's canonical bytes: the name by which it is cited. */
export function scheduleDigest(schedule: ScheduleRecord): string {
  return digestOfBytes(serializeSchedule(schedule));
}
