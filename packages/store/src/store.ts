import type {
  AnnualPlan,
  Commitment,
  DrawRecord,
  InspectionItem,
  LedgerEntry,
  Outcome,
  PlannedTask,
  PoolDigest,
  PoolName,
  ScheduleRecord,
  SeedEvidence,
  SeedSourceType,
  Task,
  YearArrangement,
} from '@fairdraw/core';
import type {
  Account,
  Actor,
  AuditEntry,
  CalendarYearEntry,
  DirectoryVersion,
  DirectoryVersionMeta,
  DrawEntry,
  Instant,
  ItemEntry,
  PlanEntry,
  PoolRecords,
  ResultEntry,
  ResultStatus,
  Role,
  ScheduleEntry,
  TaskEntry,
  TokenEntry,
} from './entities.ts';

/** Who makes a change and when: every write is stamped and written to the audit log with it. */
export interface Change {
  readonly actor: Actor;
  readonly at: Instant;
}

/**
 * Builds the next ledger entry from the ledger's last entry (null when it is empty). The store
 * calls it inside the write's transaction, so the entry is appended together with the change it
 * records, or neither is. The caller holds the signing key; the store only checks the link.
 */
export type LedgerAppend = (head: LedgerEntry | null) => LedgerEntry;

/** A draw's commitment as the store keeps it: the document, its digest, and the internal salt of its 回避 digest. */
export interface DrawCommitment {
  readonly commitment: Commitment;
  readonly digest: string;
  readonly salt: string;
}

export interface ResultFilter {
  readonly year?: number;
  readonly taskId?: number;
  readonly targetKind?: string;
  readonly category?: string;
  readonly department?: string;
  /** Matches a target's name (substring) or its credit code (prefix). */
  readonly query?: string;
  readonly targetId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * What the fairdraw service needs from storage. Every method is one atomic write or a
 * consistent read: a write either happens entirely (with its audit entry) or not at all.
 * Preconditions that guard the life of a draw or a result are checked inside the same
 * transaction, so that two staff acting at once cannot both succeed.
 *
 * Methods throw StoreError: NOT_FOUND for a missing record, CONFLICT when a precondition
 * fails (the state changed, a duplicate, an active draw already exists).
 */
export interface Store {
  readonly directories: {
    /**
     * Adds the next version of a pool; the caller has canonicalised and digested the records.
     * With `basedOn` (the id of the version the caller read, null for none), CONFLICT if another
     * version was added meanwhile, so that two edits at once cannot silently drop one.
     */
    append<P extends PoolName>(
      input: { pool: P; records: readonly PoolRecords[P][]; digest: PoolDigest; reason: string; basedOn?: number | null },
      change: Change,
    ): Promise<DirectoryVersionMeta<P>>;
    latest<P extends PoolName>(pool: P): Promise<DirectoryVersion<P> | undefined>;
    get(id: number): Promise<DirectoryVersion | undefined>;
    list(pool: PoolName): Promise<DirectoryVersionMeta[]>;
  };

  readonly items: {
    /** Creates or replaces the item with this code. */
    put(item: InspectionItem, change: Change): Promise<ItemEntry>;
    get(code: string): Promise<ItemEntry | undefined>;
    list(): Promise<ItemEntry[]>;
  };

  readonly calendar: {
    /**
     * Adds a year's working-day arrangement, or replaces it (a correction, e.g. after the State
     * Council amends a notice). The calendar the service uses is the shipped years overlaid by these.
     */
    put(arrangement: YearArrangement, change: Change): Promise<CalendarYearEntry>;
    list(): Promise<CalendarYearEntry[]>;
  };

  readonly plans: {
    create(plan: AnnualPlan, change: Change): Promise<PlanEntry>;
    /** Replaces a draft plan's text (year, title, bureau, description); CONFLICT once published. */
    update(id: number, plan: AnnualPlan, change: Change): Promise<PlanEntry>;
    /** Makes a draft public; CONFLICT if already published. */
    publish(id: number, change: Change): Promise<PlanEntry>;
    get(id: number): Promise<PlanEntry | undefined>;
    list(options?: { publishedOnly?: boolean }): Promise<PlanEntry[]>;
  };

  readonly tasks: {
    /** CONFLICT if another task already has the same task number. */
    create(planId: number, planned: PlannedTask, change: Change): Promise<TaskEntry>;
    /** CONFLICT once the task has a draw: its parameters are frozen from then on. */
    update(id: number, planned: PlannedTask, change: Change): Promise<TaskEntry>;
    get(id: number): Promise<TaskEntry | undefined>;
    list(options?: { planId?: number }): Promise<TaskEntry[]>;
  };

  readonly draws: {
    /**
     * Freezes the task's parameters and the directory versions. CONFLICT if the task has a
     * draw that is not cancelled, or if `replaces` is not the task's latest draw (it must be
     * null for the first draw, and name the latest, cancelled one afterwards).
     */
    prepare(
      input: {
        taskId: number;
        task: Task;
        versions: { readonly [P in PoolName]: number };
        digests: { readonly [P in PoolName]: PoolDigest };
        replaces: number | null;
        /**
         * The commitment, with the ledger entry that publishes it. Its task and directory
         * digests must be the draw's (CONFLICT otherwise), and the entry must carry it.
         */
        commitment?: DrawCommitment & { readonly ledger: LedgerAppend };
      },
      change: Change,
    ): Promise<DrawEntry>;
    /**
     * Stores the seed and the record; CONFLICT unless the draw is still "prepared". A committed
     * draw needs the evidence of its committed source and the ledger entry recording the draw.
     */
    complete(
      id: number,
      input: { seed: string; seedSource: SeedSourceType; record: DrawRecord; recordDigest: string; evidence?: SeedEvidence; ledger?: LedgerAppend },
      change: Change,
    ): Promise<DrawEntry>;
    /** CONFLICT if already cancelled. A cancelled draw stays visible, with its reason; a committed one needs its ledger entry. */
    cancel(id: number, input: { reason: string; ledger?: LedgerAppend }, change: Change): Promise<DrawEntry>;
    get(id: number): Promise<DrawEntry | undefined>;
    /** The draw of a commitment, by the commitment's digest. */
    byCommitment(digest: string): Promise<DrawEntry | undefined>;
    /** The salt of a committed draw's 回避 digest: internal, for auditors only. */
    conflictsSalt(id: number): Promise<string | undefined>;
    list(options?: { taskId?: number }): Promise<DrawEntry[]>;
  };

  /** The signed hash chain of commitments, draws, cancellations and result publications; written only by the writes above. */
  readonly ledger: {
    /** Entries in index order, from `from` (default 0), at most `limit` (default all). */
    list(options?: { from?: number; limit?: number }): Promise<LedgerEntry[]>;
    /** The entries concerning one commitment (its commitment, draw, cancellation, results), in index order. */
    about(commitmentDigest: string): Promise<LedgerEntry[]>;
    /** The last entry, or undefined for an empty ledger. */
    head(): Promise<LedgerEntry | undefined>;
  };

  readonly schedules: {
    /** Stores the schedule of a drawn draw; CONFLICT if the draw is not drawn or already has one. */
    create(input: { drawId: number; record: ScheduleRecord; digest: string }, change: Change): Promise<ScheduleEntry>;
    /** Records a moved inspection date; CONFLICT if `from` is not the target's date in force. */
    move(input: { drawId: number; targetId: string; from: string; to: string; reason: string }, change: Change): Promise<ScheduleEntry>;
    get(drawId: number): Promise<ScheduleEntry | undefined>;
    list(): Promise<ScheduleEntry[]>;
  };

  readonly results: {
    /**
     * Enters a result for a drawn target. CONFLICT if the draw is not "drawn", if the
     * target was not drawn in it, or if the target already has an unpublished result;
     * a new result for a target with a published one must name it in `corrects`.
     */
    enter(input: { drawId: number; targetId: string; outcome: Outcome; corrects: number | null }, change: Change): Promise<ResultEntry>;
    /** The clerk's edit of an entered or returned result (it becomes "entered" again). */
    update(id: number, outcome: Outcome, change: Change): Promise<ResultEntry>;
    /**
     * Moves a result along its workflow: entered → reviewed (approve) or → returned (with
     * a note); reviewed → published. CONFLICT if the result is not in `from`. Publishing a
     * result of a committed draw needs its ledger entry.
     */
    transition(id: number, input: { from: ResultStatus; to: ResultStatus; note?: string | null; ledger?: LedgerAppend }, change: Change): Promise<ResultEntry>;
    get(id: number): Promise<ResultEntry | undefined>;
    list(options: { drawId: number }): Promise<ResultEntry[]>;
    /** Published results, newest publication first, with the total for paging. */
    listPublished(filter: ResultFilter): Promise<{ total: number; results: ResultEntry[] }>;
  };

  readonly accounts: {
    /** CONFLICT if the id is taken. */
    create(input: { id: string; name: string; roles: readonly Role[] }, change: Change): Promise<Account>;
    update(id: string, input: { name?: string; roles?: readonly Role[]; disabled?: boolean }, change: Change): Promise<Account>;
    get(id: string): Promise<Account | undefined>;
    list(): Promise<Account[]>;
    count(): Promise<number>;
  };

  readonly tokens: {
    create(input: { id: string; accountId: string; label: string; secretHash: string }, change: Change): Promise<TokenEntry>;
    revoke(id: string, change: Change): Promise<TokenEntry>;
    get(id: string): Promise<TokenEntry | undefined>;
    list(options: { accountId: string }): Promise<TokenEntry[]>;
  };

  readonly audit: {
    list(options?: { entity?: string; entityId?: string; limit?: number; beforeId?: number }): Promise<AuditEntry[]>;
  };

  /** Releases the store (closes the database). */
  close(): Promise<void>;
}
