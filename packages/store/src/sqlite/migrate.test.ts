import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../store-error.ts';
import { migrate } from './migrate.ts';
import type { Migration } from './migrations.ts';

const now = () => '2021-06-01T00:00:00.000Z';
const one: Migration = { version: 1, name: 'firms', sql: 'CREATE TABLE firms (id TEXT PRIMARY KEY);' };
const two: Migration = { version: 2, name: 'firm names', sql: "ALTER TABLE firms ADD COLUMN name TEXT NOT NULL DEFAULT '';" };
const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half (a); INSERT INTO nowhere VALUES (1);' };

const versions = (db: Database.Database) => db.prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version').all().map((row) => row.version);

describe('migrate', () => {
  it('applies the steps in order, once each', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [one, two], now)).toEqual([1, 2]);
    expect(migrate(db, [one, two], now)).toEqual([]);
    expect(versions(db)).toEqual([1, 2]);
  });

  it('brings an older database up to date, keeping its data', () => {
    const db = new Database(':memory:');
    migrate(db, [one], now);
    db.prepare("INSERT INTO firms (id) VALUES ('31440300000000001P')").run();
    expect(migrate(db, [one, two], now)).toEqual([2]);
    expect(db.prepare('SELECT id, name FROM firms').all()).toEqual([{ id: '31440300000000001P', name: '' }]);
  });

  it('rolls back a failing step entirely and keeps the steps before it', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [one, broken], now)).toThrow(/nowhere/);
    expect(versions(db)).toEqual([1]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
  });

  it('refuses a database that has a step the code does not know', () => {
    const db = new Database(':memory:');
    migrate(db, [one, two], now);
    let error: unknown;
    try {
      migrate(db, [one], now);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'CONFLICT' });
    expect(String(error)).toContain('schema version 2 ("firm names") but this fairdraw knows versions up to 1');
  });
});
