import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { migrations } from './migrations.ts';

describe('migration 4 (commitments and ledger) on a database with draws', () => {
  it('moves rows of a version-3 database into the rebuilt draws table, ids and references intact', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 3), () => '2021-06-01T00:00:00.000Z');
    db.exec(`
      INSERT INTO plans (id, year, plan, published_at, created_at, updated_at) VALUES (1, 2021, '{}', NULL, 'now', 'now');
      INSERT INTO tasks (id, plan_id, number, planned, created_at, updated_at) VALUES (7, 1, 'n', '{}', 'now', 'now');
      INSERT INTO draws (id, task_id, status, task, versions, digests, prepared_at, prepared_by, cancelled_at, cancelled_by, cancel_reason)
        VALUES (5, 7, 'cancelled', '{}', '{}', '{}', 'now', 'x', 'now', 'x', '停电');
      INSERT INTO draws (id, task_id, status, task, versions, digests, replaces, prepared_at, prepared_by, seed, seed_source, record, record_digest, drawn_at, drawn_by)
        VALUES (9, 7, 'drawn', '{}', '{}', '{}', 5, 'now', 'x', 's', 'operator', '{}', 'd', 'now', 'x');
      INSERT INTO schedules (draw_id, record, digest, created_at, created_by) VALUES (9, '{}', 'd', 'now', 'x');
    `);
    migrate(db, migrations, () => '2021-06-02T00:00:00.000Z');
    expect(db.prepare('SELECT id, replaces, status, seed_source, commitment FROM draws ORDER BY id').all()).toEqual([
      { id: 5, replaces: null, status: 'cancelled', seed_source: null, commitment: null },
      { id: 9, replaces: 5, status: 'drawn', seed_source: 'operator', commitment: null },
    ]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(db.prepare('SELECT draw_id FROM schedules').all()).toEqual([{ draw_id: 9 }]);
    expect(() => db.prepare('DELETE FROM draws WHERE id = 9').run()).toThrow(/never deleted/);
    // Foreign keys are on again, and new draws continue the numbering.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare("INSERT INTO draws (task_id, status, task, versions, digests, prepared_at, prepared_by) VALUES (404, 'prepared', '{}', '{}', '{}', 'now', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO tasks (id, plan_id, number, planned, created_at, updated_at) VALUES (8, 1, 'm', '{}', 'now', 'now')").run();
    const { lastInsertRowid } = db.prepare("INSERT INTO draws (task_id, status, task, versions, digests, prepared_at, prepared_by) VALUES (8, 'prepared', '{}', '{}', '{}', 'now', 'x')").run();
    expect(Number(lastInsertRowid)).toBe(10);
    db.close();
  });
});
