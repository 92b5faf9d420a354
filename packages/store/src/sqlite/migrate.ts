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
    // IMMEDIATE, and the check inside it: two processes opening one file migrate it once.
    const ran = db
      .transaction(() => {
        const done = db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?').get(step.version);
        if (done) return false;
        db.exec(step.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)').run(
          step.version,
          step.name,
          migrationChecksum(step),
          now(),
        );
        return true;
      })
      .immediate();
    if (ran) applied.push(step.version);
  }
  return applied;
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
