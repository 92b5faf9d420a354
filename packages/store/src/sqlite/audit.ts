import type { AuditEntry } from '../entities.ts';
import type { Change, Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { fromJsonOrNull, toJson } from './_json.ts';

/** What a write records about itself in the audit log. */
export interface AuditInput {
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | number;
  /** The record before the write (null for a new one); what a person could see, no secrets. */
  readonly before: unknown;
  readonly after: unknown;
}

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

const DEFAULT_LIMIT = 100;

/** Appends an audit entry; call it inside the write's transaction so both commit together. */
export function appendAudit(conn: Connection, change: Change, input: AuditInput): void {
  conn
    .statement('INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(change.at, change.actor, input.action, input.entity, String(input.entityId), nullableJson(input.before), nullableJson(input.after));
}

function nullableJson(value: unknown): string | null {
  return value === null || value === undefined ? null : toJson(value);
}

/** The audit log, newest entry first, paged by `beforeId` (default limit 100). */
export function auditOf(conn: Connection): Store['audit'] {
  return {
    async list(options = {}) {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (options.entity !== undefined) {
        where.push('entity = ?');
        params.push(options.entity);
      }
      if (options.entityId !== undefined) {
        where.push('entity_id = ?');
        params.push(options.entityId);
      }
      if (options.beforeId !== undefined) {
        where.push('id < ?');
        params.push(options.beforeId);
      }
      const limit = Math.max(0, Math.trunc(options.limit ?? DEFAULT_LIMIT));
      const sql = `SELECT * FROM audit_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return conn.statement<(string | number)[], AuditRow>(sql).all(...params, limit).map(toAuditEntry);
    },
  };
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: fromJsonOrNull(row.before),
    after: fromJsonOrNull(row.after),
  };
}
