import type {
  AnnualPlan,
  Commitment,
  Conflict,
  DrawRecord,
  InspectionItem,
  Inspector,
  Outcome,
  PlannedTask,
  PoolDigest,
  PoolName,
  Target,
  ScheduleRecord,
  SeedEvidence,
  SeedSourceType,
  Task,
  YearArrangement,
} from '@fairdraw/core';

/** An instant, ISO 8601 in UTC with milliseconds: "2021-06-01T02:03:04.005Z". */
export type Instant = string;

/** Who did something: an account id, or "system" for the service itself (migrations, demo data). */
export type Actor = string;

export interface PoolRecords {
  targets: Target;
  inspectors: Inspector;
  conflicts: Conflict;
}

/** One immutable version of a directory. Versions of a pool are numbered 1, 2, 3, … */
export interface DirectoryVersionMeta<P extends PoolName = PoolName> {
  readonly id: number;
  readonly pool: P;
  readonly version: number;
  readonly digest: string;
  readonly count: number;
  readonly createdAt: Instant;
  readonly createdBy: Actor;
  /** Why this version was made: "import 律所名录2021.xlsx", "edit 91440300…: 更名". */
  readonly reason: string;
}

export interface DirectoryVersion<P extends PoolName = PoolName> extends DirectoryVersionMeta<P> {
  /** Every record, in canonical order, with its extra attributes. */
  readonly records: readonly PoolRecords[P][];
}

/** A year's working-day arrangement the bureau added or corrected (the service's calendar). */
export interface CalendarYearEntry {
  readonly year: number;
  readonly arrangement: YearArrangement;
  readonly updatedAt: Instant;
}

export interface ItemEntry {
  readonly item: InspectionItem;
  readonly updatedAt: Instant;
}

export interface PlanEntry {
  readonly id: number;
  readonly plan: AnnualPlan;
  /** null while the plan is a draft; a published plan is public and its tasks with it. */
  readonly publishedAt: Instant | null;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

export interface TaskEntry {
  readonly id: number;
  readonly planId: number;
  readonly planned: PlannedTask;
  readonly createdAt: Instant;
  readonly updatedAt: Instant;
}

export const drawStatuses = ['prepared', 'drawn', 'cancelled'] as const;
export type DrawStatus = (typeof drawStatuses)[number];

/** A draw of a task: prepared (inputs frozen) → drawn (seed and record) → or cancelled. Never edited, never deleted. */
export interface DrawEntry {
  readonly id: number;
  readonly taskId: number;
  readonly status: DrawStatus;
  /** The task's parameters as frozen when the draw was prepared. */
  readonly task: Task;
  /** The directory versions the draw uses, by pool. */
  readonly versions: { readonly [P in PoolName]: number };
  readonly digests: { readonly [P in PoolName]: PoolDigest };
  /** The earlier draw of the same task that this one replaces (which must be cancelled). */
  readonly replaces: number | null;
  readonly preparedAt: Instant;
  readonly preparedBy: Actor;
  /**
   * What the draw committed to before its seed could be known (trust-spec §3), and the
   * commitment's digest; null only for draws prepared before fairdraw made commitments.
   */
  readonly commitment: Commitment | null;
  readonly commitmentDigest: string | null;
  readonly seed: string | null;
  /** Where the seed came from: a drand round, a witness ceremony, or the operator (unverifiable). */
  readonly seedSource: SeedSourceType | null;
  /** What showed the seed source's value (beacon, reveals, typed value); null before the draw and for old draws. */
  readonly evidence: SeedEvidence | null;
  readonly record: DrawRecord | null;
  readonly recordDigest: string | null;
  readonly drawnAt: Instant | null;
  readonly drawnBy: Actor | null;
  readonly cancelledAt: Instant | null;
  readonly cancelledBy: Actor | null;
  readonly cancelReason: string | null;
}

/** A staff decision to inspect a target on another day than scheduled, with why. */
export interface ScheduleMove {
  readonly targetId: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  readonly at: Instant;
  readonly by: Actor;
}

/** The inspection dates of a drawn draw: the replayable schedule and every move since. */
export interface ScheduleEntry {
  readonly drawId: number;
  readonly record: ScheduleRecord;
  readonly digest: string;
  readonly createdAt: Instant;
  readonly createdBy: Actor;
  /** Oldest first; a target's date in force is its last move's `to`, else its scheduled date. */
  readonly moves: readonly ScheduleMove[];
}

/** 录入 → 审核 (approve, or return to the clerk) → 公示. */
export const resultStatuses = ['entered', 'returned', 'reviewed', 'published'] as const;
export type ResultStatus = (typeof resultStatuses)[number];

/** One version of the result of inspecting one drawn target. Published versions never change. */
export interface ResultEntry {
  readonly id: number;
  readonly drawId: number;
  readonly targetId: string;
  readonly outcome: Outcome;
  readonly status: ResultStatus;
  /** The published result this version corrects, if it is a correction. */
  readonly corrects: number | null;
  readonly enteredAt: Instant;
  readonly enteredBy: Actor;
  readonly updatedAt: Instant;
  readonly reviewedAt: Instant | null;
  readonly reviewedBy: Actor | null;
  /** Why the reviewer sent it back (internal). */
  readonly reviewNote: string | null;
  readonly publishedAt: Instant | null;
  readonly publishedBy: Actor | null;
}

export const roles = ['admin', 'planner', 'drawer', 'clerk', 'reviewer', 'auditor'] as const;
export type Role = (typeof roles)[number];

export interface Account {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly disabled: boolean;
  readonly createdAt: Instant;
}

/** An API token: only its SHA-256 is kept; `id` is the public part that finds it. */
export interface TokenEntry {
  readonly id: string;
  readonly accountId: string;
  readonly label: string;
  readonly secretHash: string;
  readonly createdAt: Instant;
  readonly revokedAt: Instant | null;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: Instant;
  readonly actor: Actor;
  /** What was done, e.g. "directory.import", "draw.prepare", "result.publish". */
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}
