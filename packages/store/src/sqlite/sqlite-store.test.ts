import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../store-error.ts';
import { describeStoreContract } from '../store-contract.ts';
import { by, plan, pools } from '../contract/_fixtures.ts';
import { givenDirectories, givenDrawnDraw, givenResult, givenTask, prepareInput } from '../contract/_scenarios.ts';
import { migrations } from './migrations.ts';
import { createSqliteStore } from './sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = () => join(dir, `store-${++files}.sqlite`);

describeStoreContract('SQLite in memory', async () => createSqliteStore({ path: ':memory:' }));
describeStoreContract('SQLite in a file', async () => createSqliteStore({ path: newFile() }));

function refusal(run: () => unknown): StoreError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError, but nothing was thrown');
}

describe('SQLite store files', () => {
  it('opens a file database in WAL mode', async () => {
    const path = newFile();
    await createSqliteStore({ path }).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('runs each migration once and records it', async () => {
    const path = newFile();
    await createSqliteStore({ path }).close();
    const read = () => {
      const db = new Database(path, { readonly: true });
      const rows = db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version').all();
      db.close();
      return rows;
    };
    const first = read();
    expect(first).toEqual(migrations.map((step) => expect.objectContaining({ version: step.version, name: step.name })));
    await createSqliteStore({ path }).close();
    expect(read()).toEqual(first);
  });

  it('keeps everything when a file database is closed and reopened', async () => {
    const path = newFile();
    const store = createSqliteStore({ path });
    const { draw, targetIds } = await givenDrawnDraw(store);
    const result = await givenResult(store, { drawId: draw.id, targetId: targetIds[0]!, status: 'published' });
    const audit = await store.audit.list({ limit: 1000 });
    await store.close();

    const reopened = createSqliteStore({ path });
    expect(await reopened.draws.get(draw.id)).toEqual(draw);
    expect(await reopened.results.get(result.id)).toEqual(result);
    expect((await reopened.directories.latest('targets'))?.records).toEqual(pools.targets);
    expect(await reopened.audit.list({ limit: 1000 })).toEqual(audit);
    expect((await reopened.plans.create(plan(2022), by('planner'))).id).toBeGreaterThan(0);
    await reopened.close();
  });

  it('refuses, unchanged, a database whose schema is newer than the code', async () => {
    const path = newFile();
    await createSqliteStore({ path }).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (99, 'from the future', 'sha256:x', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    const before = statSync(path).mtimeMs;
    const error = refusal(() => createSqliteStore({ path }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('schema version 99');
    expect(error.message).toContain('newer fairdraw');
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('refuses a database where a released migration was applied with different SQL', async () => {
    const path = newFile();
    await createSqliteStore({ path }).close();
    const db = new Database(path);
    db.prepare("UPDATE schema_migrations SET checksum = 'sha256:edited' WHERE version = 1").run();
    db.close();
    expect(refusal(() => createSqliteStore({ path })).message).toContain('schema step 1');
  });

  it('lets only one of two stores on one file (two server processes) prepare a draw of a task', async () => {
    const path = newFile();
    const first = createSqliteStore({ path });
    const second = createSqliteStore({ path });
    const frozen = await givenDirectories(first);
    const { task } = await givenTask(first);
    const attempts = await Promise.allSettled([first, second].map((store) => store.draws.prepare(prepareInput(task.id, frozen), by('drawer'))));
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await second.draws.list({ taskId: task.id })).toHaveLength(1);
    await first.close();
    await second.close();
  });

  it('rolls a write back, change and all, when its audit entry cannot be written', async () => {
    const path = newFile();
    const store = createSqliteStore({ path });
    const saboteur = new Database(path);
    saboteur.exec("CREATE TRIGGER sabotage BEFORE INSERT ON audit_log WHEN NEW.action IN ('plan.create', 'directory.append') BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await expect(store.plans.create(plan(), by('planner'))).rejects.toThrow('disk full');
    await expect(
      store.directories.append({ pool: 'targets', records: pools.targets, digest: pools.digests.targets, reason: 'import' }, by('admin')),
    ).rejects.toThrow('disk full');
    expect(await store.plans.list()).toEqual([]);
    expect(await store.directories.list('targets')).toEqual([]);
    saboteur.exec('DROP TRIGGER sabotage');
    saboteur.close();
    expect((await store.directories.append({ pool: 'targets', records: pools.targets, digest: pools.digests.targets, reason: 'import' }, by('admin'))).version).toBe(1);
    await store.close();
  });
});
