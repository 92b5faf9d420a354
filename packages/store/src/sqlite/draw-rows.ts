import type { Commitment, DrawRecord, PoolDigest, PoolName, SeedEvidence, SeedSourceType, Task } from '@fairdraw/core';
import type { DrawEntry, DrawStatus } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';
import { fromJson, fromJsonOrNull } from './_json.ts';

interface DrawRow {
  id: number;
  task_id: number;
  status: DrawStatus;
  task: string;
  versions: string;
  digests: string;
  replaces: number | null;
  prepared_at: string;
  prepared_by: string;
  commitment: string | null;
  commitment_digest: string | null;
  seed: string | null;
  seed_source: SeedSourceType | null;
  evidence: string | null;
  record: string | null;
  record_digest: string | null;
  drawn_at: string | null;
  drawn_by: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  cancel_reason: string | null;
}

// Every column but the salt, which stays internal (see conflictsSalt).
const DRAW_COLUMNS =
  'id, task_id, status, task, versions, digests, replaces, prepared_at, prepared_by, commitment, commitment_digest, seed, seed_source, evidence, ' +
  'record, record_digest, drawn_at, drawn_by, cancelled_at, cancelled_by, cancel_reason';

/** The draw of a commitment, or undefined. */
export function readDrawByCommitment(conn: Connection, digest: string): DrawEntry | undefined {
  const row = conn.statement<[string], DrawRow>(`SELECT ${DRAW_COLUMNS} FROM draws WHERE commitment_digest = ?`).get(digest);
  return row ? toDrawEntry(row) : undefined;
}

/** The draw of a given id, or undefined. */
export function readDraw(conn: Connection, id: number): DrawEntry | undefined {
  const row = conn.statement<[number], DrawRow>(`SELECT ${DRAW_COLUMNS} FROM draws WHERE id = ?`).get(id);
  return row ? toDrawEntry(row) : undefined;
}

/** The draw of a given id; throws StoreError NOT_FOUND naming it. */
export function existingDraw(conn: Connection, id: number): DrawEntry {
  const draw = readDraw(conn, id);
  if (!draw) throw new StoreError('NOT_FOUND', `draw ${id} is not in the store`);
  return draw;
}

/** The draws of one task, or of every task, oldest first. */
export function listDraws(conn: Connection, taskId: number | undefined): DrawEntry[] {
  const rows =
    taskId === undefined
      ? conn.statement<[], DrawRow>(`SELECT ${DRAW_COLUMNS} FROM draws ORDER BY id`).all()
      : conn.statement<[number], DrawRow>(`SELECT ${DRAW_COLUMNS} FROM draws WHERE task_id = ? ORDER BY id`).all(taskId);
  return rows.map(toDrawEntry);
}

function toDrawEntry(row: DrawRow): DrawEntry {
  return {
    id: row.id,
    taskId: row.task_id,
    status: row.status,
    task: fromJson<Task>(row.task),
    versions: fromJson<{ [P in PoolName]: number }>(row.versions),
    digests: fromJson<{ [P in PoolName]: PoolDigest }>(row.digests),
    replaces: row.replaces,
    preparedAt: row.prepared_at,
    preparedBy: row.prepared_by,
    commitment: fromJsonOrNull<Commitment>(row.commitment),
    commitmentDigest: row.commitment_digest,
    seed: row.seed,
    seedSource: row.seed_source,
    evidence: fromJsonOrNull<SeedEvidence>(row.evidence),
    record: fromJsonOrNull<DrawRecord>(row.record),
    recordDigest: row.record_digest,
    drawnAt: row.drawn_at,
    drawnBy: row.drawn_by,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by,
    cancelReason: row.cancel_reason,
  };
}
