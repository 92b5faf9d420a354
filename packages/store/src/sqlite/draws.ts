import type { Store } from '../store.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';
import { toJson } from './_json.ts';
import { appendAudit } from './audit.ts';
import { assertRecordMatches, assertVersionsMatch } from './draw-checks.ts';
import { existingDraw, listDraws, readDraw, readDrawByCommitment } from './draw-rows.ts';
import { appendLedgerEntry } from './ledger.ts';
import { assertCommitmentMatches } from './draw-checks.ts';
import { existingTask } from './tasks.ts';

/** Draws: prepared (inputs frozen) → drawn (seed and record) → or cancelled; never edited back. */
export function drawsOf(conn: Connection): Store['draws'] {
  return {
    async prepare(input, change) {
      const { taskId } = input;
      return conn.write(`cannot prepare a draw of task ${taskId}`, change, () => {
        existingTask(conn, taskId);
        const latest = conn.statement<[number], { id: number; status: string }>('SELECT id, status FROM draws WHERE task_id = ? ORDER BY id DESC LIMIT 1').get(taskId);
        const active = conn.statement<[number], { id: number; status: string }>("SELECT id, status FROM draws WHERE task_id = ? AND status <> 'cancelled'").get(taskId);
        if (active) {
          throw new StoreError('CONFLICT', `task ${taskId} already has draw ${active.id} (${active.status}); cancel it, with a reason, before preparing another`);
        }
        if (!latest && input.replaces !== null) {
          throw new StoreError('CONFLICT', `task ${taskId} has no draw yet, so the first draw replaces nothing (replaces must be null, not ${input.replaces})`);
        }
        if (latest && input.replaces !== latest.id) {
          throw new StoreError(
            'CONFLICT',
            `task ${taskId}'s latest draw is ${latest.id} (cancelled): a new draw must name it in replaces, not ${input.replaces ?? 'null'}`,
          );
        }
        assertVersionsMatch(conn, input);
        const committed = input.commitment;
        if (committed) assertCommitmentMatches(input, committed, latest ? existingDraw(conn, latest.id) : undefined);
        const { lastInsertRowid } = conn
          .statement(
            "INSERT INTO draws (task_id, status, task, versions, digests, replaces, prepared_at, prepared_by, commitment, commitment_digest, conflicts_salt) VALUES (?, 'prepared', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(
            taskId,
            toJson(input.task),
            toJson(input.versions),
            toJson(input.digests),
            input.replaces,
            change.at,
            change.actor,
            committed ? toJson(committed.commitment) : null,
            committed?.digest ?? null,
            committed?.salt ?? null,
          );
        if (committed) appendLedgerEntry(conn, committed.ledger, { type: 'commitment', commitmentDigest: committed.digest });
        const after = existingDraw(conn, Number(lastInsertRowid));
        appendAudit(conn, change, { action: 'draw.prepare', entity: 'draw', entityId: after.id, before: null, after });
        return after;
      });
    },

    async complete(id, input, change) {
      return conn.write(`cannot complete draw ${id}`, change, () => {
        const before = existingDraw(conn, id);
        if (before.status !== 'prepared') {
          throw new StoreError('CONFLICT', `draw ${id} is ${before.status}, not prepared: a draw is drawn once, and a cancelled one never`);
        }
        assertRecordMatches(before, input);
        if (before.commitment) {
          const committed = before.commitment.seedSource.type;
          if (input.seedSource !== committed || input.evidence?.type !== committed) {
            throw new StoreError('CONFLICT', `draw ${id} committed to a ${committed} seed; it is drawn with that source and its evidence, not ${input.evidence?.type ?? input.seedSource}`);
          }
          if (!input.ledger) throw new StoreError('CONFLICT', `draw ${id} is committed: its draw must be recorded in the ledger`);
          appendLedgerEntry(conn, input.ledger, { type: 'draw', commitmentDigest: before.commitmentDigest });
        }
        conn
          .statement("UPDATE draws SET status = 'drawn', seed = ?, seed_source = ?, evidence = ?, record = ?, record_digest = ?, drawn_at = ?, drawn_by = ? WHERE id = ?")
          .run(input.seed, input.seedSource, input.evidence ? toJson(input.evidence) : null, toJson(input.record), input.recordDigest, change.at, change.actor, id);
        const after = existingDraw(conn, id);
        appendAudit(conn, change, { action: 'draw.complete', entity: 'draw', entityId: id, before, after });
        return after;
      });
    },

    async cancel(id, input, change) {
      const { reason } = input;
      return conn.write(`cannot cancel draw ${id}`, change, () => {
        const before = existingDraw(conn, id);
        if (before.status === 'cancelled') {
          throw new StoreError('CONFLICT', `draw ${id} was already cancelled at ${before.cancelledAt} (${before.cancelReason})`);
        }
        if (reason.trim() === '') throw new StoreError('CONFLICT', `cancelling draw ${id} needs a reason, which stays visible with the draw`);
        if (before.commitmentDigest !== null) {
          if (!input.ledger) throw new StoreError('CONFLICT', `draw ${id} is committed: its cancellation must be recorded in the ledger`);
          appendLedgerEntry(conn, input.ledger, { type: 'cancellation', commitmentDigest: before.commitmentDigest });
        }
        conn.statement("UPDATE draws SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?").run(change.at, change.actor, reason, id);
        const after = existingDraw(conn, id);
        appendAudit(conn, change, { action: 'draw.cancel', entity: 'draw', entityId: id, before, after });
        return after;
      });
    },

    async get(id) {
      return readDraw(conn, id);
    },

    async byCommitment(digest) {
      return readDrawByCommitment(conn, digest);
    },

    async conflictsSalt(id) {
      return conn.statement<[number], { conflicts_salt: string | null }>('SELECT conflicts_salt FROM draws WHERE id = ?').get(id)?.conflicts_salt ?? undefined;
    },

    async list(options = {}) {
      return listDraws(conn, options.taskId);
    },
  };
}
