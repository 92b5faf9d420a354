import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../store-error.ts';
import { by } from '../contract/_fixtures.ts';
import { givenDrawnDraw, givenResult } from '../contract/_scenarios.ts';
import { translateConstraintError } from './_constraint-errors.ts';
import { createSqliteStore } from './sqlite-store.ts';

// The schema repeats the store's rules, so that a missed check in code, or someone with a SQL
// shell, still cannot break them. These tests write around the store to prove it.
describe('the SQLite schema on its own', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairdraw-schema-'));
  const path = join(dir, 'schema.sqlite');
  let db: Database.Database;
  let ids: { draw: number; task: number; result: number; targetId: string };

  beforeAll(async () => {
    const store = createSqliteStore({ path });
    const drawn = await givenDrawnDraw(store);
    const result = await givenResult(store, { drawId: drawn.draw.id, targetId: drawn.targetIds[0]!, status: 'published' });
    await store.draws.cancel(drawn.draw.id, { reason: '测试' }, by('drawer'));
    await store.close();
    db = new Database(path);
    db.pragma('foreign_keys = ON');
    ids = { draw: drawn.draw.id, task: drawn.task.id, result: result.id, targetId: drawn.targetIds[0]! };
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fails = (sql: string, ...params: unknown[]) => expect(() => db.prepare(sql).run(...params)).toThrow(Database.SqliteError);

  it('allows one draw that is not cancelled per task', () => {
    const insert = "INSERT INTO draws (task_id, status, task, versions, digests, prepared_at, prepared_by) VALUES (?, 'prepared', '{}', '{}', '{}', 'now', 'x')";
    db.prepare(insert).run(ids.task);
    fails(insert, ids.task);
  });

  it('allows one unpublished result per drawn target', () => {
    const insert = `INSERT INTO results (draw_id, target_id, outcome, status, entered_at, entered_by, updated_at, year, task_id, target_kind, target_name, departments, categories)
      VALUES (?, ?, '{}', 'entered', 'now', 'x', 'now', 2021, ?, 'law_firm', 'x', '[]', '[]')`;
    db.prepare(insert).run(ids.draw, ids.targetId, ids.task);
    fails(insert, ids.draw, ids.targetId, ids.task);
  });

  it('keeps the audit log, draws and published results as they are', () => {
    fails('UPDATE audit_log SET actor = ?', 'someone else');
    fails('DELETE FROM audit_log');
    fails('DELETE FROM draws WHERE id = ?', ids.draw);
    fails("UPDATE draws SET status = 'drawn' WHERE id = ?", ids.draw);
    fails("UPDATE results SET outcome = '{}' WHERE id = ?", ids.result);
    fails('DELETE FROM results WHERE id = ?', ids.result);
    fails("UPDATE directory_versions SET reason = 'rewritten'");
    fails("UPDATE tasks SET number = 'another' WHERE id = ?", ids.task);
  });

  it('keeps ledger entries in order and as written', () => {
    const insert = "INSERT INTO ledger_entries (idx, prev_hash, type, at, payload, hash, signature) VALUES (?, 'p', 'result', 'now', '{}', ?, 's')";
    fails(insert, 1, 'h1');
    db.prepare(insert).run(0, 'h0');
    fails(insert, 0, 'h0b');
    fails(insert, 2, 'h2');
    fails("UPDATE ledger_entries SET payload = '{\"x\":1}' WHERE idx = 0");
    fails('DELETE FROM ledger_entries');
  });

  it("keeps a committed draw's commitment and evidence once drawn", () => {
    fails("UPDATE draws SET commitment = '{}' WHERE id = ?", ids.draw);
    fails("INSERT INTO draws (task_id, status, task, versions, digests, prepared_at, prepared_by, commitment) VALUES (?, 'cancelled', '{}', '{}', '{}', 'now', 'x', '{}')", ids.task);
  });

  it('turns a constraint failure into a CONFLICT saying what was refused and why', () => {
    let caught: unknown;
    try {
      db.prepare("INSERT INTO tasks (plan_id, number, planned, created_at, updated_at) SELECT plan_id, number, planned, 'now', 'now' FROM tasks WHERE id = ?").run(ids.task);
    } catch (error) {
      caught = error;
    }
    const translated = translateConstraintError(caught, `cannot create task ${ids.task}`);
    expect(translated).toBeInstanceOf(StoreError);
    expect(translated).toMatchObject({ code: 'CONFLICT', message: `cannot create task ${ids.task}: another task already has this task number`, cause: caught });
    const other = new Error('disk I/O error');
    expect(translateConstraintError(other, 'x')).toBe(other);
  });
});
