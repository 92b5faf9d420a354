import type { ScheduleRecord } from '@fairdraw/core';
import type { ScheduleEntry, ScheduleMove } from '../entities.ts';
import type { Store } from '../store.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';
import { fromJson, toJson } from './_json.ts';
import { appendAudit } from './audit.ts';
import { existingDraw } from './draw-rows.ts';

interface ScheduleRow {
  draw_id: number;
  record: string;
  digest: string;
  created_at: string;
  created_by: string;
}

interface MoveRow {
  target_id: string;
  from_date: string;
  to_date: string;
  reason: string;
  at: string;
  by: string;
}

/** Schedules of drawn draws and the dates moved since, both append-only. */
export function schedulesOf(conn: Connection): Store['schedules'] {
  const read = (drawId: number): ScheduleEntry | undefined => {
    const row = conn.statement<[number], ScheduleRow>('SELECT * FROM schedules WHERE draw_id = ?').get(drawId);
    if (!row) return undefined;
    const moves = conn.statement<[number], MoveRow>('SELECT * FROM schedule_moves WHERE draw_id = ? ORDER BY id').all(drawId).map(toMove);
    return { drawId: row.draw_id, record: fromJson<ScheduleRecord>(row.record), digest: row.digest, createdAt: row.created_at, createdBy: row.created_by, moves };
  };
  return {
    async create(input, change) {
      return conn.write(`cannot schedule draw ${input.drawId}`, change, () => {
        const draw = existingDraw(conn, input.drawId);
        if (draw.status !== 'drawn') throw new StoreError('CONFLICT', `draw ${input.drawId} is ${draw.status}; only a drawn draw is scheduled`);
        if (read(input.drawId)) throw new StoreError('CONFLICT', `draw ${input.drawId} is already scheduled; move single dates, with a reason`);
        if (input.record.draw.digest !== draw.recordDigest) {
          throw new StoreError('CONFLICT', `the schedule was computed for draw record ${input.record.draw.digest}, not draw ${input.drawId}'s ${draw.recordDigest}`);
        }
        conn.statement('INSERT INTO schedules (draw_id, record, digest, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(input.drawId, toJson(input.record), input.digest, change.at, change.actor);
        const after = read(input.drawId)!;
        appendAudit(conn, change, { action: 'schedule.create', entity: 'schedule', entityId: input.drawId, before: null, after });
        return after;
      });
    },
    async move(input, change) {
      return conn.write(`cannot move the inspection of ${input.targetId} in draw ${input.drawId}`, change, () => {
        const before = read(input.drawId);
        if (!before) throw new StoreError('NOT_FOUND', `draw ${input.drawId} has no schedule`);
        const draw = existingDraw(conn, input.drawId);
        if (draw.status !== 'drawn') throw new StoreError('CONFLICT', `draw ${input.drawId} is ${draw.status}: its schedule no longer changes`);
        const scheduled = before.record.scheduled.find((entry) => entry.target.id === input.targetId);
        if (!scheduled) throw new StoreError('NOT_FOUND', `target ${input.targetId} is not in the schedule of draw ${input.drawId}`);
        const inForce = before.moves.filter((move) => move.targetId === input.targetId).at(-1)?.to ?? scheduled.date;
        if (inForce !== input.from) throw new StoreError('CONFLICT', `the inspection of ${input.targetId} is now on ${inForce}, not ${input.from}: someone moved it meanwhile`);
        if (input.reason.trim() === '') throw new StoreError('CONFLICT', 'a moved date needs a reason');
        conn
          .statement('INSERT INTO schedule_moves (draw_id, target_id, from_date, to_date, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(input.drawId, input.targetId, input.from, input.to, input.reason, change.at, change.actor);
        const after = read(input.drawId)!;
        appendAudit(conn, change, { action: 'schedule.move', entity: 'schedule', entityId: input.drawId, before: before.moves.length, after: after.moves.at(-1) });
        return after;
      });
    },
    async get(drawId) {
      return read(drawId);
    },
    async list() {
      return conn.statement<[], { draw_id: number }>('SELECT draw_id FROM schedules ORDER BY draw_id').all().map((row) => read(row.draw_id)!);
    },
  };
}

function toMove(row: MoveRow): ScheduleMove {
  return { targetId: row.target_id, from: row.from_date, to: row.to_date, reason: row.reason, at: row.at, by: row.by };
}
