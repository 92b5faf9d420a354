import Database from 'better-sqlite3';
import { StoreError } from '../store-error.ts';

// What each schema rule means to a person. The code checks these rules first and names the
// records involved; these messages appear only if a check in code was missed.
const meanings: Readonly<Record<string, string>> = {
  'UNIQUE constraint failed: draws.task_id': 'the task already has a draw that is not cancelled',
  'UNIQUE constraint failed: draws.replaces': 'that draw has already been replaced by another',
  'UNIQUE constraint failed: tasks.number': 'another task already has this task number',
  'UNIQUE constraint failed: results.draw_id, results.target_id': 'the target already has an unpublished result in this draw',
  'UNIQUE constraint failed: results.corrects': 'that published result already has a correction',
  'UNIQUE constraint failed: directory_versions.pool, directory_versions.version': 'another version of the pool was appended at the same time',
  'UNIQUE constraint failed: accounts.id': 'the account id is taken',
  'UNIQUE constraint failed: tokens.id': 'the token id is taken',
  'FOREIGN KEY constraint failed': 'it refers to a record the store does not hold',
  'CHECK constraint failed: audit_at_is_instant': 'the time of a change must be an ISO 8601 UTC instant with milliseconds, like 2021-06-01T02:03:04.005Z',
  'CHECK constraint failed: audit_actor_is_named': 'a change must name who makes it',
  'CHECK constraint failed: cancelled_draw_has_reason': 'a cancelled draw needs a reason',
  'CHECK constraint failed: returned_result_has_note': 'a returned result needs a note saying why',
  'CHECK constraint failed: directory_pool_is_known': 'the pool must be targets, inspectors or conflicts',
  'CHECK constraint failed: directory_reason_is_given': 'a directory version needs a reason',
};

/**
 * A SQLite constraint failure as StoreError CONFLICT saying what was refused (`refused`) and
 * why; any other error unchanged.
 */
export function translateConstraintError(error: unknown, refused: string): unknown {
  if (!(error instanceof Database.SqliteError) || !error.code.startsWith('SQLITE_CONSTRAINT')) return error;
  const why = meanings[error.message] ?? error.message;
  return new StoreError('CONFLICT', `${refused}: ${why}`, { cause: error });
}
