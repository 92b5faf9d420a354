import type { Outcome } from '@fairdraw/core';
import type { ResultEntry, ResultStatus } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';
import { fromJson } from './_json.ts';

/** A row of the results table, with the columns ResultEntry shows. */
export interface ResultRow {
  id: number;
  draw_id: number;
  target_id: string;
  outcome: string;
  status: ResultStatus;
  corrects: number | null;
  entered_at: string;
  entered_by: string;
  updated_at: string;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_note: string | null;
  published_at: string | null;
  published_by: string | null;
}

/** The columns of ResultRow, for SELECT lists (the filter columns stay out of entries). */
export const RESULT_COLUMNS =
  'r.id, r.draw_id, r.target_id, r.outcome, r.status, r.corrects, r.entered_at, r.entered_by, r.updated_at, ' +
  'r.reviewed_at, r.reviewed_by, r.review_note, r.published_at, r.published_by';

/** The result of a given id, or undefined. */
export function readResult(conn: Connection, id: number): ResultEntry | undefined {
  const row = conn.statement<[number], ResultRow>(`SELECT ${RESULT_COLUMNS} FROM results r WHERE r.id = ?`).get(id);
  return row ? toResultEntry(row) : undefined;
}

/** The result of a given id; throws StoreError NOT_FOUND naming it. */
export function existingResult(conn: Connection, id: number): ResultEntry {
  const result = readResult(conn, id);
  if (!result) throw new StoreError('NOT_FOUND', `result ${id} is not in the store`);
  return result;
}

/** A ResultEntry from its row. */
export function toResultEntry(row: ResultRow): ResultEntry {
  return {
    id: row.id,
    drawId: row.draw_id,
    targetId: row.target_id,
    outcome: fromJson<Outcome>(row.outcome),
    status: row.status,
    corrects: row.corrects,
    enteredAt: row.entered_at,
    enteredBy: row.entered_by,
    updatedAt: row.updated_at,
    reviewedAt: row.reviewed_at,
    reviewedBy: row.reviewed_by,
    reviewNote: row.review_note,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}
