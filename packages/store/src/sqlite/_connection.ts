import type Database from 'better-sqlite3';
import { StoreError } from '../store-error.ts';
import type { Change } from '../store.ts';
import { translateConstraintError } from './_constraint-errors.ts';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** An open database, its prepared statements, and the one way this store writes to it. */
export class Connection {
  readonly db: Database.Database;
  readonly #statements = new Map<string, Database.Statement<unknown[], unknown>>();

  constructor(db: Database.Database) {
    this.db = db;
  }

  /** The statement for `source`, prepared once per connection. */
  statement<P extends unknown[] = unknown[], R = unknown>(source: string): Database.Statement<P, R> {
    let prepared = this.#statements.get(source);
    if (!prepared) {
      prepared = this.db.prepare<unknown[], unknown>(source);
      this.#statements.set(source, prepared);
    }
    return prepared as unknown as Database.Statement<P, R>;
  }

  /**
   * Runs `work` (checks, write and audit entry) as one IMMEDIATE transaction: all of it
   * commits or none does. Constraint failures become StoreError CONFLICT starting `refused`.
   */
  write<T>(refused: string, change: Change, work: () => T): T {
    assertChange(change, refused);
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      throw translateConstraintError(error, refused);
    }
  }

  /** Runs several reads on one snapshot of the database. */
  read<T>(work: () => T): T {
    return this.db.transaction(work).deferred();
  }
}

function assertChange(change: Change, refused: string): void {
  if (typeof change.actor !== 'string' || change.actor.trim() === '') {
    throw new StoreError('CONFLICT', `${refused}: a change must name who makes it (change.actor is empty)`);
  }
  if (typeof change.at !== 'string' || !INSTANT.test(change.at) || Number.isNaN(Date.parse(change.at))) {
    throw new StoreError('CONFLICT', `${refused}: change.at must be an ISO 8601 UTC instant with milliseconds, like 2021-06-01T02:03:04.005Z, not "${String(change.at)}"`);
  }
}
