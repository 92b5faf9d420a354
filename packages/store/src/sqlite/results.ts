import type { Store } from '../store.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';
import { toJson } from './_json.ts';
import { appendAudit } from './audit.ts';
import { movesFrom, resultMoves } from './result-moves.ts';
import { existingDraw } from './draw-rows.ts';
import { appendLedgerEntry } from './ledger.ts';
import { RESULT_COLUMNS, existingResult, readResult, toResultEntry, type ResultRow } from './result-rows.ts';
import { listPublished } from './results-published.ts';
import { enterResult } from './results-enter.ts';

/** Results of drawn targets: entered → reviewed (or returned) → published, corrected by new versions. */
export function resultsOf(conn: Connection): Store['results'] {
  return {
    async enter(input, change) {
      return conn.write(`cannot enter a result for target ${input.targetId} of draw ${input.drawId}`, change, () => enterResult(conn, input, change));
    },

    async update(id, outcome, change) {
      return conn.write(`cannot edit result ${id}`, change, () => {
        const before = existingResult(conn, id);
        assertDrawStands(conn, before.drawId, id);
        if (before.status !== 'entered' && before.status !== 'returned') {
          throw new StoreError('CONFLICT', `result ${id} is ${before.status}: only an entered or returned result can be edited${before.status === 'published' ? '; enter a correction instead' : ''}`);
        }
        conn
          .statement("UPDATE results SET outcome = ?, categories = ?, status = 'entered', updated_at = ? WHERE id = ?")
          .run(toJson(outcome), toJson(outcome.categories), change.at, id);
        const after = existingResult(conn, id);
        appendAudit(conn, change, { action: 'result.update', entity: 'result', entityId: id, before, after });
        return after;
      });
    },

    async transition(id, input, change) {
      const { from, to } = input;
      return conn.write(`cannot move result ${id} from ${from} to ${to}`, change, () => {
        const before = existingResult(conn, id);
        assertDrawStands(conn, before.drawId, id);
        if (before.status !== from) throw new StoreError('CONFLICT', `result ${id} is ${before.status}, not ${from}`);
        const action = resultMoves[from]?.[to];
        if (action === undefined) throw new StoreError('CONFLICT', `result ${id} is ${from} and cannot move to ${to}: ${movesFrom(from)}`);
        const note = input.note?.trim() ? input.note : null;
        if (to === 'returned' && note === null) throw new StoreError('CONFLICT', `returning result ${id} to the clerk needs a note saying what to fix`);
        if (to === 'published') {
          const draw = existingDraw(conn, before.drawId);
          if (draw.commitmentDigest !== null) {
            if (!input.ledger) throw new StoreError('CONFLICT', `result ${id} belongs to committed draw ${draw.id}: its publication must be recorded in the ledger`);
            appendLedgerEntry(conn, input.ledger, { type: 'result', commitmentDigest: draw.commitmentDigest });
          }
          conn.statement("UPDATE results SET status = 'published', published_at = ?, published_by = ?, updated_at = ? WHERE id = ?").run(change.at, change.actor, change.at, id);
        } else {
          conn
            .statement('UPDATE results SET status = ?, reviewed_at = ?, reviewed_by = ?, review_note = ?, updated_at = ? WHERE id = ?')
            .run(to, change.at, change.actor, note, change.at, id);
        }
        const after = existingResult(conn, id);
        appendAudit(conn, change, { action, entity: 'result', entityId: id, before, after });
        return after;
      });
    },

    async get(id) {
      return readResult(conn, id);
    },

    async list(options) {
      return conn.statement<[number], ResultRow>(`SELECT ${RESULT_COLUMNS} FROM results r WHERE r.draw_id = ? ORDER BY r.id`).all(options.drawId).map(toResultEntry);
    },

    async listPublished(filter) {
      return conn.read(() => listPublished(conn, filter));
    },
  };
}

/** Results of a cancelled draw are frozen as they were: nothing more is reviewed or published. */
function assertDrawStands(conn: Connection, drawId: number, resultId: number): void {
  const draw = existingDraw(conn, drawId);
  if (draw.status !== 'drawn') {
    throw new StoreError('CONFLICT', `result ${resultId} belongs to draw ${drawId}, which is ${draw.status}: its results can no longer change`);
  }
}
