import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFiles } from '@fairdraw/demo';
import { parseBundle, recordDigest, verifyBundle, verifyLedger, witnessHash, type DrawRecord } from '@fairdraw/core';
import { client, createAdmin, startServer, type RunningServer } from './_server-process.ts';

const running: RunningServer[] = [];
afterAll(async () => {
  for (const server of running) if (server.process.exitCode === null) await server.kill9();
});

// No drand relay: these services never reach the internet (draws here use a witness ceremony).
async function start(dataDir: string, env: Record<string, string> = { FAIRDRAW_EMPTY: '1' }) {
  const server = await startServer(dataDir, { FAIRDRAW_DRAND_RELAYS: 'none', ...env });
  running.push(server);
  return server;
}

describe('the service as a process', () => {
  it('runs the whole life of a draw over HTTP, survives kill -9, and its bundle verifies offline against the published key', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'fairdraw-e2e-'));
    const adminToken = await createAdmin(dataDir, 'root');
    let server = await start(dataDir);
    const admin = client(server.url, adminToken);
    expect((await admin('GET', '/healthz')).status).toBe(200);

    // Accounts for each job, tokens shown once.
    const tokens: Record<string, string> = {};
    for (const role of ['planner', 'drawer', 'clerk', 'reviewer']) {
      expect((await admin('POST', '/api/v1/accounts', { id: role, name: role, roles: [role] })).status).toBe(201);
      tokens[role] = (await admin<{ token: string }>('POST', `/api/v1/accounts/${role}/tokens`, { label: 'e2e' })).body.token;
    }
    const as = (role: string) => client(server.url, tokens[role]);

    // Import → plan → task → publish → prepare → draw → results → review → publish.
    for (const pool of ['targets', 'inspectors', 'conflicts'] as const) {
      const imported = await as('planner')('POST', `/api/v1/directories/${pool}/import?filename=${pool}.csv`, undefined, await readFile(demoFiles[pool]));
      expect(imported.status, imported.text).toBe(201);
    }
    const plan = await as('planner')<{ id: number }>('POST', '/api/v1/plans', { year: 2021, title: '2021年度抽查工作计划', bureau: '某区司法局' });
    const task = await as('planner')<{ id: number }>('POST', `/api/v1/plans/${plan.body.id}/tasks`, {
      task: JSON.parse(await readFile(demoFiles.task, 'utf8')),
      window: { start: '2021-09-01', end: '2021-10-31' },
      leadDepartment: '律师公证管理科',
      cooperatingDepartments: ['区市场监督管理局'],
    });
    expect(task.status, task.text).toBe(201);
    expect((await as('planner')('POST', `/api/v1/plans/${plan.body.id}/publish`)).status).toBe(200);
    // A witness ceremony: hashes handed in at prepare, secrets revealed at the draw.
    const secrets = [
      { witness: '区人大代表 张三', secret: 'apple orchard 7 blue' },
      { witness: '律师协会 李四', secret: '41362551366241352614535' },
    ];
    const commitments = secrets.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) }));
    const prepared = await as('drawer')<{ id: number }>('POST', '/api/v1/draws', { taskId: task.body.id, seedSource: { type: 'witnesses', commitments } });
    expect(prepared.status, prepared.text).toBe(201);
    const drawn = await as('drawer')<{ record: DrawRecord; recordDigest: string }>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { reveals: secrets });
    expect(drawn.status, drawn.text).toBe(200);
    const target = drawn.body.record.selected[0]!.target.id;
    const result = await as('clerk')<{ id: number }>('POST', `/api/v1/draws/${prepared.body.id}/results`, {
      targetId: target,
      outcome: { inspectionDate: '2021-09-15', categories: ['no_problem'], followUp: { action: 'none' } },
    });
    expect(result.status, result.text).toBe(201);
    expect((await as('reviewer')('POST', `/api/v1/results/${result.body.id}/approve`)).status).toBe(200);
    expect((await as('reviewer')('POST', `/api/v1/results/${result.body.id}/publish`)).status).toBe(200);
    const publishedKey = (await client(server.url)<{ publicKey: string }>('GET', '/api/v1/public/ledger')).body.publicKey;
    expect(publishedKey).toMatch(/^[0-9a-f]{64}$/);

    // A stream of writes, killed mid-way: every write that was answered must survive.
    const accepted: string[] = [];
    const writes = (async () => {
      for (let i = 0; i < 400; i++) {
        const code = `E2E-${i}`;
        try {
          const response = await as('planner')('PUT', `/api/v1/items/${code}`, {
            code,
            name: `第${i}项`,
            legalBasis: '《律师法》',
            targetKinds: ['law_firm'],
            method: 'paper',
          });
          if (response.status === 200) accepted.push(code);
        } catch {
          return; // the connection died with the server
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await server.kill9();
    await writes;
    expect(accepted.length).toBeGreaterThan(0);

    server = await start(dataDir);
    const publicApi = client(server.url);
    const items = await publicApi<{ items: { code: string }[] }>('GET', '/api/v1/public/items');
    const codes = new Set(items.body.items.map((item) => item.code));
    for (const code of accepted) expect(codes.has(code), `accepted ${code} was lost`).toBe(true);
    // Nothing half-done: every stored item has its audit entry, and no audit entry lacks its item.
    const audit = await client(server.url, adminToken)<{ entries: { entityId: string }[] }>('GET', '/api/v1/audit?entity=item&limit=500');
    const audited = new Set(audit.body.entries.map((entry) => entry.entityId));
    expect([...codes].filter((code) => code.startsWith('E2E-')).sort()).toEqual([...audited].filter((code) => code.startsWith('E2E-')).sort());

    // The signing key stayed with the data (owner-only), so the published key is the one from before the crash.
    expect((await stat(join(dataDir, 'ledger-key.pem'))).mode & 0o777).toBe(0o600);
    const ledger = await publicApi<{ publicKey: string; head: { index: number; hash: string }; status: { intact: boolean } }>('GET', '/api/v1/public/ledger');
    expect(ledger.body).toMatchObject({ publicKey: publishedKey, status: { intact: true }, head: { index: 2 } });
    const exported = await publicApi<{ entries: unknown[] }>('GET', '/api/v1/public/ledger.json');
    expect(verifyLedger(exported.body.entries, publishedKey, { head: ledger.body.head })).toMatchObject({ ok: true, count: 3 });
    // The draw's public bundle verifies offline: commitment, ceremony, seed, targets and ledger.
    const bundle = await publicApi('GET', `/api/v1/public/draws/${prepared.body.id}/bundle.json`);
    const verdict = verifyBundle(parseBundle(JSON.parse(bundle.text)), { publicKey: publishedKey });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict).toMatchObject({ ok: true, seedVerifiable: true });
    expect(recordDigest(parseBundle(JSON.parse(bundle.text)).record)).toBe(drawn.body.recordDigest);
    const results = await publicApi<{ total: number }>('GET', '/api/v1/public/results');
    expect(results.body.total).toBe(1);
    await server.stop();
  }, 180_000);

  it('checks the ledger on start: a ledger edited in the database is named, and nothing more is published', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'fairdraw-tampered-'));
    const adminToken = await createAdmin(dataDir, 'root');
    const demo = await start(dataDir, {});
    expect((await client(demo.url)<{ status: { intact: boolean } }>('GET', '/api/v1/public/ledger')).body.status).toEqual({ intact: true });
    await demo.stop();
    const db = new Database(join(dataDir, 'fairdraw.sqlite'));
    db.exec("DROP TRIGGER ledger_entries_never_change; UPDATE ledger_entries SET at = '2021-01-01T00:00:00Z' WHERE idx = 1");
    db.close();
    const restarted = await start(dataDir, {});
    expect(restarted.logs.join('\n')).toMatch(/ledger broken: publishing is refused.*entry #1 was changed after it was written/);
    const ledger = await client(restarted.url)<{ status: { intact: boolean; problem: string } }>('GET', '/api/v1/public/ledger');
    expect(ledger.body.status).toMatchObject({ intact: false, problem: expect.stringContaining('entry #1') });
    // The demo's third task is prepared; cancelling it would add to the ledger: refused.
    const draws = await client(restarted.url)<{ draws: { id: number; status: string }[] }>('GET', '/api/v1/public/draws');
    const prepared = draws.body.draws.find((d) => d.status === 'prepared')!;
    const refused = await client(restarted.url, adminToken)<{ error: { code: string } }>('POST', `/api/v1/draws/${prepared.id}/cancel`, { reason: '见证人未到场' });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('LEDGER_BROKEN');
    await restarted.stop();
  }, 120_000);

  it('starts on an empty data directory with the demo bureau, or empty when asked', async () => {
    const demo = await start(await mkdtemp(join(tmpdir(), 'fairdraw-demo-')), {});
    const plans = await client(demo.url)<{ plans: { title: string }[] }>('GET', '/api/v1/public/plans');
    expect(plans.body.plans.map((p) => p.title)).toEqual(['深圳市坪山区司法局2021年度“双随机、一公开”抽查工作计划']);
    const results = await client(demo.url)<{ total: number }>('GET', '/api/v1/public/results');
    expect(results.body.total).toBe(2);
    await demo.stop();
    const empty = await start(await mkdtemp(join(tmpdir(), 'fairdraw-empty-')));
    expect((await client(empty.url)<{ plans: unknown[] }>('GET', '/api/v1/public/plans')).body.plans).toEqual([]);
    await empty.stop();
  }, 120_000);
});
