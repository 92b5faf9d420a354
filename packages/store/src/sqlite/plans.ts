import type { AnnualPlan } from '@fairdraw/core';
import type { PlanEntry } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { fromJson, toJson } from './_json.ts';
import { appendAudit } from './audit.ts';

interface PlanRow {
  id: number;
  plan: string;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Annual plans (年度抽查工作计划): drafts, edited until published once. */
export function plansOf(conn: Connection): Store['plans'] {
  const read = (id: number): PlanEntry | undefined => {
    const row = conn.statement<[number], PlanRow>('SELECT * FROM plans WHERE id = ?').get(id);
    return row ? toPlanEntry(row) : undefined;
  };
  const existing = (id: number): PlanEntry => {
    const plan = read(id);
    if (!plan) throw new StoreError('NOT_FOUND', `plan ${id} is not in the store`);
    return plan;
  };
  return {
    async create(plan, change) {
      return conn.write(`cannot create the plan "${plan.title}"`, change, () => {
        const { lastInsertRowid } = conn
          .statement('INSERT INTO plans (year, plan, published_at, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)')
          .run(plan.year, toJson(plan), change.at, change.at);
        const after = existing(Number(lastInsertRowid));
        appendAudit(conn, change, { action: 'plan.create', entity: 'plan', entityId: after.id, before: null, after });
        return after;
      });
    },

    async update(id, plan, change) {
      return conn.write(`cannot update plan ${id}`, change, () => {
        const before = existing(id);
        // Checked here, inside the transaction: a publish that lands while an edit is on its way
        // must not let the edit rewrite what the public has already read.
        if (before.publishedAt !== null) {
          throw new StoreError('CONFLICT', `plan ${id} ("${before.plan.title}") was published at ${before.publishedAt} and can no longer be edited`);
        }
        conn.statement('UPDATE plans SET year = ?, plan = ?, updated_at = ? WHERE id = ?').run(plan.year, toJson(plan), change.at, id);
        // Results carry their plan's year for the public listing; keep it true.
        conn.statement('UPDATE results SET year = ? WHERE task_id IN (SELECT id FROM tasks WHERE plan_id = ?)').run(plan.year, id);
        const after = existing(id);
        appendAudit(conn, change, { action: 'plan.update', entity: 'plan', entityId: id, before, after });
        return after;
      });
    },

    async publish(id, change) {
      return conn.write(`cannot publish plan ${id}`, change, () => {
        const before = existing(id);
        if (before.publishedAt !== null) {
          throw new StoreError('CONFLICT', `plan ${id} ("${before.plan.title}") was already published at ${before.publishedAt}`);
        }
        conn.statement('UPDATE plans SET published_at = ?, updated_at = ? WHERE id = ?').run(change.at, change.at, id);
        const after = existing(id);
        appendAudit(conn, change, { action: 'plan.publish', entity: 'plan', entityId: id, before, after });
        return after;
      });
    },

    async get(id) {
      return read(id);
    },

    async list(options = {}) {
      const where = options.publishedOnly ? 'WHERE published_at IS NOT NULL' : '';
      return conn.statement<[], PlanRow>(`SELECT * FROM plans ${where} ORDER BY id`).all().map(toPlanEntry);
    },
  };
}

function toPlanEntry(row: PlanRow): PlanEntry {
  return {
    id: row.id,
    plan: fromJson<AnnualPlan>(row.plan),
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
