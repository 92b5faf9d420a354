import type { Outcome } from '@fairdraw/core';
import type { ResultEntry } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Change } from '../store.ts';
import type { Connection } from './_connection.ts';
import { toJson } from './_json.ts';
import { appendAudit } from './audit.ts';
import { existingDraw } from './draw-rows.ts';
import { existingResult } from './result-rows.ts';

interface EnterInput {
  drawId: number;
  targetId: string;
  outcome: Outcome;
  corrects: number | null;
}

/**
 * Inserts a result after checking, in the caller's transaction, that the target was drawn in
 * a drawn draw, has no open result, and that `corrects` names its latest published result
 * (or is null when it has none); copies the filter columns from the plan and the record.
 */
export function enterResult(conn: Connection, input: EnterInput, change: Change): ResultEntry {
  const { drawId, targetId, corrects } = input;
  const draw = existingDraw(conn, drawId);
  if (draw.status !== 'drawn' || draw.record === null) {
    throw new StoreError('CONFLICT', `draw ${drawId} is ${draw.status}: results are entered only for targets of a drawn draw`);
  }
  const selected = draw.record.selected.find((entry) => entry.target.id === targetId);
  if (!selected) throw new StoreError('CONFLICT', `target ${targetId} was not drawn in draw ${drawId}`);

  const open = conn
    .statement<[number, string], { id: number; status: string }>("SELECT id, status FROM results WHERE draw_id = ? AND target_id = ? AND status <> 'published'")
    .get(drawId, targetId);
  if (open) {
    throw new StoreError('CONFLICT', `target ${targetId} of draw ${drawId} already has result ${open.id} (${open.status}); edit that one instead`);
  }
  // Only one version is open at a time and a correction needs a published one, so the
  // highest id is also the latest publication.
  const published = conn
    .statement<[number, string], { id: number }>("SELECT id FROM results WHERE draw_id = ? AND target_id = ? AND status = 'published' ORDER BY id DESC LIMIT 1")
    .get(drawId, targetId);
  if (published && corrects !== published.id) {
    throw new StoreError(
      'CONFLICT',
      `target ${targetId} of draw ${drawId} has published result ${published.id}: a new result is a correction and must name it (corrects: ${published.id}, not ${corrects ?? 'null'})`,
    );
  }
  if (!published && corrects !== null) {
    throw new StoreError('CONFLICT', `target ${targetId} of draw ${drawId} has no published result, so there is nothing to correct (corrects must be null, not ${corrects})`);
  }

  const plan = conn
    .statement<[number], { year: number }>('SELECT p.year FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?')
    .get(draw.taskId);
  if (!plan) throw new StoreError('NOT_FOUND', `the plan of task ${draw.taskId} is not in the store`);
  const departments = [...new Set(selected.team.map((member) => member.department))].sort();
  const { lastInsertRowid } = conn
    .statement(
      `INSERT INTO results (draw_id, target_id, outcome, status, corrects, entered_at, entered_by, updated_at,
         year, task_id, target_kind, target_name, departments, categories)
       VALUES (?, ?, ?, 'entered', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      drawId,
      targetId,
      toJson(input.outcome),
      corrects,
      change.at,
      change.actor,
      change.at,
      plan.year,
      draw.taskId,
      selected.target.kind,
      selected.target.name,
      toJson(departments),
      toJson(input.outcome.categories),
    );
  const after = existingResult(conn, Number(lastInsertRowid));
  appendAudit(conn, change, { action: 'result.enter', entity: 'result', entityId: after.id, before: null, after });
  return after;
}
