import Database from 'better-sqlite3';
import type { Store } from '../store.ts';
import { Connection } from './_connection.ts';
import { accountsOf } from './accounts.ts';
import { auditOf } from './audit.ts';
import { directoriesOf } from './directories.ts';
import { drawsOf } from './draws.ts';
import { itemsOf } from './items.ts';
import { ledgerOf } from './ledger.ts';
import { calendarOf } from './calendar.ts';
import { schedulesOf } from './schedules.ts';
import { migrate } from './migrate.ts';
import { migrations } from './migrations.ts';
import { plansOf } from './plans.ts';
import { resultsOf } from './results.ts';
import { tasksOf } from './tasks.ts';
import { tokensOf } from './tokens.ts';

export interface SqliteStoreOptions {
  /** A database file (its directory must exist), or ":memory:" for a store that lives as long as the object. */
  readonly path: string;
}

/**
 * Opens (creating if needed) a SQLite database as a Store, in WAL mode with synchronous=FULL so
 * that every committed write survives a crash or power loss, and migrates it to the newest
 * schema. Throws StoreError CONFLICT, leaving the file unchanged, if its schema is newer than
 * this code or a recorded migration differs from the code's.
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = new Database(options.path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, () => new Date().toISOString());
  } catch (error) {
    db.close();
    throw error;
  }
  const conn = new Connection(db);
  return {
    directories: directoriesOf(conn),
    items: itemsOf(conn),
    calendar: calendarOf(conn),
    schedules: schedulesOf(conn),
    plans: plansOf(conn),
    tasks: tasksOf(conn),
    draws: drawsOf(conn),
    ledger: ledgerOf(conn),
    results: resultsOf(conn),
    accounts: accountsOf(conn),
    tokens: tokensOf(conn),
    audit: auditOf(conn),
    async close() {
      if (db.open) db.close();
    },
  };
}
