import type { PlannedTask } from '@fairdraw/core';
import type { TaskEntry } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { fromJson, toJson } from './_json.ts';
import { appendAudit } from './audit.ts';

interface TaskRow {
  id: number;
  plan_id: number;
  planned: string;
  created_at: string;
  updated_at: string;
}

/** The task of a given id, or undefined. */
export function readTask(conn: Connection, id: number): TaskEntry | undefined {
  const row = conn.statement<[number], TaskRow>('SELECT id, plan_id, planned, created_at, updated_at FROM tasks WHERE id = ?').get(id);
  return row ? toTaskEntry(row) : undefined;
}

/** The task of a given id; throws StoreError NOT_FOUND naming it. */
export function existingTask(conn: Connection, id: number): TaskEntry {
  const task = readTask(conn, id);
  if (!task) throw new StoreError('NOT_FOUND', `task ${id} is not in the store`);
  return task;
}

/** Tasks of the plans; a task's parameters freeze when its first draw is prepared. */
export function tasksOf(conn: Connection): Store['tasks'] {
  const assertNumberFree = (number: string, except: number | null): void => {
    const other = conn.statement<[string], { id: number }>('SELECT id FROM tasks WHERE number = ?').get(number);
    if (other && other.id !== except) {
      throw new StoreError('CONFLICT', `task ${other.id} already has the number "${number}": task numbers are unique`);
    }
  };
  return {
    async create(planId, planned, change) {
      return conn.write(`cannot create task "${planned.task.number}"`, change, () => {
        if (!conn.statement<[number], { id: number }>('SELECT id FROM plans WHERE id = ?').get(planId)) {
          throw new StoreError('NOT_FOUND', `plan ${planId} is not in the store; create the plan before its tasks`);
        }
        assertNumberFree(planned.task.number, null);
        const { lastInsertRowid } = conn
          .statement('INSERT INTO tasks (plan_id, number, planned, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
          .run(planId, planned.task.number, toJson(planned), change.at, change.at);
        const after = existingTask(conn, Number(lastInsertRowid));
        appendAudit(conn, change, { action: 'task.create', entity: 'task', entityId: after.id, before: null, after });
        return after;
      });
    },

    async update(id, planned, change) {
      return conn.write(`cannot update task ${id}`, change, () => {
        const before = existingTask(conn, id);
        const draw = conn.statement<[number], { id: number; status: string }>('SELECT id, status FROM draws WHERE task_id = ? ORDER BY id LIMIT 1').get(id);
        if (draw) {
          throw new StoreError('CONFLICT', `task ${id} has draw ${draw.id} (${draw.status}): its parameters were frozen when that draw was prepared`);
        }
        assertNumberFree(planned.task.number, id);
        conn.statement('UPDATE tasks SET number = ?, planned = ?, updated_at = ? WHERE id = ?').run(planned.task.number, toJson(planned), change.at, id);
        const after = existingTask(conn, id);
        appendAudit(conn, change, { action: 'task.update', entity: 'task', entityId: id, before, after });
        return after;
      });
    },

    async get(id) {
      return readTask(conn, id);
    },

    async list(options = {}) {
      const select = 'SELECT id, plan_id, planned, created_at, updated_at FROM tasks';
      const rows =
        options.planId === undefined
          ? conn.statement<[], TaskRow>(`${select} ORDER BY id`).all()
          : conn.statement<[number], TaskRow>(`${select} WHERE plan_id = ? ORDER BY id`).all(options.planId);
      return rows.map(toTaskEntry);
    },
  };
}

function toTaskEntry(row: TaskRow): TaskEntry {
  return {
    id: row.id,
    planId: row.plan_id,
    planned: fromJson<PlannedTask>(row.planned),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
