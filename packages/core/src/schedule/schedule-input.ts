import { z } from 'zod';
import { IsoDate, RecordId, dayNumber } from '../model/primitives.ts';
import { CreditCode } from '../model/target.ts';
import { SEED_PATTERN } from '../random/stream.ts';
import { recordDigest, type DrawRecord } from '../record/draw-record.ts';

/** The longest task window a schedule accepts, in days (both ends included). */
export const MAX_WINDOW_DAYS = 366;

/** The most inspections an inspector may be given for one day. */
export const MAX_DAILY_LIMIT = 100;

/** A date, or a span of dates `{from, to}` with both ends included (leave, a trip). */
export const DateSpan = z.union([
  IsoDate,
  z
    .strictObject({ from: IsoDate, to: IsoDate })
    .refine(({ from, to }) => from <= to, { error: 'a span ends on or after the day it starts (from ≤ to)' }),
]);
export type DateSpan = z.infer<typeof DateSpan>;

/** The task window (检查时间): inspections happen from `start` to `end`, both included. */
export const ScheduleWindow = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .superRefine(({ start, end }, ctx) => {
    if (end < start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `the window ends (${end}) before it starts (${start})` });
    } else if (dayNumber(end) - dayNumber(start) + 1 > MAX_WINDOW_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `a window spans at most ${MAX_WINDOW_DAYS} days; ${start}…${end} spans ${dayNumber(end) - dayNumber(start) + 1}` });
    }
  });
export type ScheduleWindow = z.infer<typeof ScheduleWindow>;

const DailyLimit = z.number().int().min(1).max(MAX_DAILY_LIMIT);

/** One inspector's days away (leave, other inspections) and, optionally, their own daily limit. */
export const InspectorAvailability = z.strictObject({
  id: RecordId,
  /** Most inspections this inspector may do on one day; defaults to the schedule's `dailyLimit`. */
  dailyLimit: DailyLimit.optional(),
  unavailable: z.array(DateSpan).default([]),
});
export type InspectorAvailability = z.infer<typeof InspectorAvailability>;

/** Days a drawn target has declared it cannot receive the inspection. */
export const TargetBlackout = z.strictObject({
  targetId: CreditCode,
  dates: z.array(DateSpan),
});
export type TargetBlackout = z.infer<typeof TargetBlackout>;

/**
 * Everything besides the draw and the calendar that a schedule depends on. Inspectors not on
 * any drawn team are allowed (a bureau passes its whole leave calendar) and play no part.
 */
export const ScheduleConstraints = z
  .strictObject({
    window: ScheduleWindow,
    /** Default most inspections per inspector per day. */
    dailyLimit: DailyLimit.default(1),
    inspectors: z.array(InspectorAvailability).default([]),
    blackouts: z.array(TargetBlackout).default([]),
  })
  .superRefine(({ inspectors, blackouts }, ctx) => {
    const repeated = <T>(items: readonly T[], key: (item: T) => string, path: (index: number) => (string | number)[], what: string) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const value = key(item);
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: path(index), message: `${what} "${value}" is listed twice` });
        seen.add(value);
      });
    };
    repeated(inspectors, (i) => i.id, (index) => ['inspectors', index, 'id'], 'inspector');
    repeated(blackouts, (b) => b.targetId, (index) => ['blackouts', index, 'targetId'], 'target');
  });
export type ScheduleConstraints = z.infer<typeof ScheduleConstraints>;
export type ScheduleConstraintsInput = z.input<typeof ScheduleConstraints>;

const Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be "sha256:" and 64 lower-case hex digits' });

/** A team member as the schedule shows them. */
export const ScheduledMember = z.strictObject({ id: z.string().min(1), name: z.string(), department: z.string() });
export type ScheduledMember = z.infer<typeof ScheduledMember>;

/**
 * What a schedule needs of a draw: the record's digest and seed and its drawn targets with
 * their teams, in draw order. `summarizeDraw` makes one from a full record.
 */
export const DrawSummary = z
  .strictObject({
    digest: Digest,
    seed: z.string().regex(SEED_PATTERN, { error: 'must be 64 lower-case hex digits' }),
    selected: z.array(
      z.strictObject({
        order: z.number().int().min(1),
        target: z.strictObject({ id: z.string().min(1), name: z.string() }),
        team: z.array(ScheduledMember).min(1, { error: 'a team has at least one inspector' }),
      }),
    ),
  })
  .superRefine(({ selected }, ctx) => {
    const targets = new Set<string>();
    selected.forEach(({ order, target, team }, index) => {
      if (order !== index + 1) ctx.addIssue({ code: 'custom', path: ['selected', index, 'order'], message: `must be ${index + 1}: targets are listed in draw order` });
      if (targets.has(target.id)) ctx.addIssue({ code: 'custom', path: ['selected', index, 'target', 'id'], message: `target "${target.id}" is drawn twice` });
      targets.add(target.id);
      const members = new Set<string>();
      team.forEach(({ id }, position) => {
        if (members.has(id)) ctx.addIssue({ code: 'custom', path: ['selected', index, 'team', position, 'id'], message: `inspector "${id}" is on this team twice` });
        members.add(id);
      });
    });
  });
export type DrawSummary = z.infer<typeof DrawSummary>;

/** The part of a draw record a schedule uses, with the record's digest (spec §9). */
export function summarizeDraw(record: DrawRecord): DrawSummary {
  return {
    digest: recordDigest(record),
    seed: record.seed,
    selected: record.selected.map(({ order, target, team }) => ({
      order,
      target: { id: target.id, name: target.name },
      team: team.map(({ id, name, department }) => ({ id, name, department })),
    })),
  };
}
