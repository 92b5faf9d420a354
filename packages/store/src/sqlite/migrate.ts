import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { StoreError } from '../store-error.ts';
import type { Migration } from './migrations.ts';

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/** SHA-256 of a step's SQL: recorded when applied, so that an edited step is noticed. */
export function migrationChecksum(migration: Migration): string {
  return `sha256:${createHash('sha256').update(migration.sql, 'utf8').digest('hex')}`;
}

/**
 * Brings the database to the newest schema the code knows, one transaction per step, and
 * records each step in schema_migrations. Throws StoreError CONFLICT, changing nothing, when
 * the database is newer than the code or a recorded step differs from the code's.
 */
export function migrate(db: Database.Database, steps: readonly Migration[], now: () => string): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  assertKnown(db, steps);
  const applied: number[] = [];
  for (const step of steps) {
    const ran = step.rebuildsTables ? withTableRebuild(db, () => applyStep(db, step, now)) : applyStep(db, step, now);
    if (ran) applied.push(step.version);
  }
  return applied;
}

function applyStep(db: Database.Database, step: Migration, now: () => string): boolean {
  // IMMEDIATE, and the check inside it: two processes opening one file migrate it once.
  return db
    .transaction(() => {
      const done = db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?').get(step.version);
      if (done) return false;
      db.exec(step.sql);
      if (step.rebuildsTables) assertForeignKeysHold(db, step);
      db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(step.version, step.name, migrationChecksum(step), now());
      return true;
    })
    .immediate();
}

/**
 * SQLite's procedure for changing a table's definition (https://sqlite.org/lang_altertable.html):
 * foreign keys off (only possible outside a transaction) and legacy renames, restored afterwards.
 */
function withTableRebuild<T>(db: Database.Database, work: () => T): T {
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const legacyAlter = db.pragma('legacy_alter_table', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  db.pragma('legacy_alter_table = ON');
  try {
    return work();
  } finally {
    db.pragma(`legacy_alter_table = ${legacyAlter ? 'ON' : 'OFF'}`);
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
}

function assertForeignKeysHold(db: Database.Database, step: Migration): void {
  const broken = db.prepare<[], { table: string; rowid: number; parent: string }>('PRAGMA foreign_key_check').all();
  if (broken.length > 0) {
    const first = broken[0]!;
    throw new StoreError('CONFLICT', `schema step ${step.version} ("${step.name}") would leave ${broken.length} broken references (e.g. ${first.table} row ${first.rowid} → ${first.parent}); the database was not changed`);
  }
}

function assertKnown(db: Database.Database, steps: readonly Migration[]): void {
  const rows = db.prepare<[], AppliedRow>('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all();
  const newest = steps.at(-1)?.version ?? 0;
  for (const row of rows) {
    const step = steps.find((candidate) => candidate.version === row.version);
    if (!step) {
      throw new StoreError(
        'CONFLICT',
        `the database has schema version ${row.version} ("${row.name}") but this fairdraw knows versions up to ${newest}: ` +
          'run a newer fairdraw, or restore a backup made before the upgrade; the database was not changed',
      );
    }
    if (row.checksum !== migrationChecksum(step)) {
      throw new StoreError(
        'CONFLICT',
        `schema step ${row.version} ("${row.name}") applied to this database differs from the one in the code: ` +
          'a released migration was edited; restore the original step and add a new migration instead',
      );
    }
  }
}
