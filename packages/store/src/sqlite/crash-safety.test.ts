import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from './sqlite-store.ts';

const here = dirname(fileURLToPath(import.meta.url));
const writer = join(here, '_crash-writer.ts');
/** Records per directory version that _crash-writer.ts appends. */
const WRITER_POOL_SIZE = 50;

/**
 * Runs the crash writer on `path` until it has reported `commits` writes, waits `delayMs`
 * more, then kills it with SIGKILL; returns the writes it reported as committed.
 */
function writeUntilKilled(path: string, commits: number, delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path], { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!killing && out.split('\n').length - 1 >= commits) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself (${signal ?? _code}): ${err}`));
      // Only whole lines were written after a commit; a torn last line is not a claim.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

/** Checks one crashed file: integrity, every reported write present, no write half-done. */
async function expectIntact(path: string, reported: readonly string[], context: string): Promise<void> {
  const db = new Database(path);
  try {
    expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
    const unaudited = (table: string, key: string, action: string) =>
      db.prepare(`SELECT count(*) AS n FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = ? AND a.entity_id = CAST(t.${key} AS TEXT))`).get(action);
    const orphaned = (table: string, key: string, action: string) =>
      db.prepare(`SELECT count(*) AS n FROM audit_log a WHERE a.action = ? AND NOT EXISTS (SELECT 1 FROM ${table} t WHERE CAST(t.${key} AS TEXT) = a.entity_id)`).get(action);
    for (const [table, key, action] of [
      ['directory_versions', 'id', 'directory.append'],
      ['plans', 'id', 'plan.create'],
      ['items', 'code', 'item.put'],
    ] as const) {
      expect(unaudited(table, key, action), `${table} rows without an audit entry; ${context}`).toEqual({ n: 0 });
      expect(orphaned(table, key, action), `audit entries without their ${table} row; ${context}`).toEqual({ n: 0 });
    }
    const versions = db.prepare<[], { version: number }>("SELECT version FROM directory_versions WHERE pool = 'targets' ORDER BY version").all();
    expect(versions.map((row) => row.version), context).toEqual(versions.map((_, i) => i + 1));
  } finally {
    db.close();
  }
  const store = createSqliteStore({ path });
  try {
    for (const line of reported) {
      const [kind, id] = line.split(' ') as [string, string];
      if (kind === 'directory') expect((await store.directories.get(Number(id)))?.records, `${line}; ${context}`).toHaveLength(WRITER_POOL_SIZE);
      else if (kind === 'plan') expect(await store.plans.get(Number(id)), `${line}; ${context}`).toBeDefined();
      else expect(await store.items.get(id), `${line}; ${context}`).toBeDefined();
    }
  } finally {
    await store.close();
  }
}

describe('a SQLite store killed with SIGKILL in the middle of writing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairdraw-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Kills are random, so each run samples several: writers on separate files in parallel,
  // each killed, reopened and killed again. Checked against a store that wrote the audit
  // entry in a second transaction: this test failed in 5 runs out of 5.
  it('reopens intact, with every reported write and no write without its audit entry', async () => {
    await Promise.all(
      Array.from({ length: 4 }, async (_, file) => {
        const path = join(dir, `crash-${file}.sqlite`);
        const reported: string[] = [];
        const kills: string[] = [];
        for (let round = 0; round < 2; round++) {
          const commits = 3 + Math.floor(Math.random() * 25);
          const delayMs = Math.floor(Math.random() * 20);
          kills.push(`after ${commits} commits + ${delayMs} ms`);
          reported.push(...(await writeUntilKilled(path, commits, delayMs)));
        }
        expect(reported.length).toBeGreaterThan(0);
        await expectIntact(path, reported, `file ${file}, kills: ${kills.join('; ')}`);
      }),
    );
  }, 120_000);
});
