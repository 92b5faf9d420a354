import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DrawEntry } from '@fairdraw/store';
import { entryHash, type LedgerEntry, type LedgerEntryType } from '@fairdraw/core';
import { OPERATOR, publishedJointTask, testApp, type TestApp } from '../_test-app.ts';

// Tampering is done the way an insider with a SQL shell would: around the store, with the
// append-only triggers dropped. Verification must still notice, name what broke, and stop publishing.
describe('a tampered ledger or draw', () => {
  let dir: string;
  let path: string;
  let t: TestApp;
  let drawId: number;
  let resultId: number;

  /** Changes the database file directly, as someone bypassing the service would. */
  const tamper = (change: string | ((db: Database.Database) => void)) => {
    const db = new Database(path);
    db.exec('DROP TRIGGER IF EXISTS ledger_entries_never_change; DROP TRIGGER IF EXISTS ledger_entries_never_deleted; DROP TRIGGER IF EXISTS draws_move_forward_only;');
    if (typeof change === 'string') db.exec(change);
    else change(db);
    db.close();
  };
  const publish = () => t.request('POST', `/api/v1/results/${resultId}/publish`, { as: 'reviewer' });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fairdraw-tamper-'));
    path = join(dir, 'fairdraw.sqlite');
    t = await testApp({ path });
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    drawId = prepared.body.id;
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${drawId}/draw`, { as: 'drawer', json: { value: '见证人现场掷骰 4136255136' } });
    for (const { target } of drawn.body.record!.selected) {
      const entered = await t.request<{ id: number }>('POST', `/api/v1/draws/${drawId}/results`, {
        as: 'clerk',
        json: { targetId: target.id, outcome: { inspectionDate: '2021-09-22', categories: ['no_problem'], followUp: { action: 'none' } } },
      });
      resultId = entered.body.id;
      await t.request('POST', `/api/v1/results/${resultId}/approve`, { as: 'reviewer' });
    }
    // The first result is published; the last stays reviewed, to be published after the tampering.
    const first = (await t.store.results.list({ drawId }))[0]!;
    expect((await t.request('POST', `/api/v1/results/${first.id}/publish`, { as: 'reviewer' })).status).toBe(200);
  });

  afterEach(async () => {
    await t.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds while nobody tampers', async () => {
    expect(await t.trust.ledger.verify(t.store, new Date())).toBeNull();
    expect((await t.request('POST', '/api/v1/ledger/verify', { as: 'auditor' })).body).toEqual({ intact: true });
    expect((await t.request('POST', '/api/v1/ledger/verify', { as: 'clerk' })).status).toBe(403);
    expect((await publish()).status).toBe(200);
  });

  /** Changes entry #0's time and gives it the matching hash: what someone without the key can do. */
  const rehashFirst = (db: Database.Database) => {
    const row = db.prepare<[], { idx: number; prev_hash: string; type: LedgerEntryType; payload: string }>('SELECT idx, prev_hash, type, payload FROM ledger_entries WHERE idx = 0').get()!;
    const at = '2021-01-01T00:00:00Z';
    const hash = entryHash({ index: row.idx, prevHash: row.prev_hash, type: row.type, at, payload: JSON.parse(row.payload) as LedgerEntry['payload'] });
    db.prepare('UPDATE ledger_entries SET at = ?, hash = ? WHERE idx = 0').run(at, hash);
  };

  const cases: [string, string | ((db: Database.Database) => void), RegExp][] = [
    ['an entry edited in place', "UPDATE ledger_entries SET payload = replace(payload, '律师', '某人') WHERE idx = 0", /^entry #0 was changed after it was written/],
    ['an entry deleted', 'DELETE FROM ledger_entries WHERE idx = 1', /^entry #2 follows entry #0: entry #1 is missing/],
    ['two entries swapped', 'UPDATE ledger_entries SET idx = idx + 100 WHERE idx IN (0, 1); UPDATE ledger_entries SET idx = 1 WHERE idx = 100; UPDATE ledger_entries SET idx = 0 WHERE idx = 101', /^entry #0 was changed after it was written/],
    ['an entry re-hashed without the key', rehashFirst, /^entry #0 is not signed by the bureau's key/],
    ['a payload that is no longer JSON', "UPDATE ledger_entries SET payload = '{bad' WHERE idx = 0", /^entry #0 was changed after it was written/],
    ['the newest entry deleted', 'DELETE FROM ledger_entries WHERE idx = 2', /^the ledger ends at entry #1, but entry #2 \([0-9a-f]{64}\) was recorded: entries were deleted or replaced \(truncated\)/],
    ['the draw record rewritten', "UPDATE draws SET record = replace(record, '律师事务所', '律师所') WHERE id = 1", /^draw 1's stored record or seed differs from what entry #1 recorded/],
    ['the commitment rewritten', "UPDATE draws SET commitment = replace(commitment, 'operator', 'drand') WHERE id = 1", /^draw 1's stored commitment no longer has its digest/],
    ['the seed evidence rewritten', "UPDATE draws SET evidence = replace(evidence, '4136255136', '4136255137') WHERE id = 1", /^draw 1's stored seed evidence does not give its seed/],
    ['a draw cancelled around the service', "UPDATE draws SET status = 'cancelled', cancelled_at = 'x', cancelled_by = 'x', cancel_reason = '改' WHERE id = 1", /^draw 1 is cancelled, but the ledger records no cancellation/],
    [
      'a published result rewritten',
      "DROP TRIGGER results_published_never_change; DROP TRIGGER results_follow_workflow; UPDATE results SET outcome = replace(outcome, 'no_problem', 'corrected') WHERE status = 'published'",
      /^published result \d+ of draw 1 differs from what entry #2 recorded/,
    ],
  ];

  for (const [what, change, named] of cases) {
    it(`notices ${what}, names it, and refuses to publish until repaired`, async () => {
      tamper(change);
      const status = await t.request<{ intact: boolean; problem: string }>('POST', '/api/v1/ledger/verify', { as: 'auditor' });
      expect(status.body).toMatchObject({ intact: false, problem: expect.stringMatching(named) });
      const refused = await publish();
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('LEDGER_BROKEN');
      expect((await t.store.results.get(resultId))?.status).toBe('reviewed');
      const ledger = await t.request<{ status: { intact: boolean; problem: string } }>('GET', '/api/v1/public/ledger');
      expect(ledger.body.status).toMatchObject({ intact: false, problem: expect.stringMatching(named) });
    });
  }

  it('notices a result published around the service', async () => {
    tamper("DROP TRIGGER results_follow_workflow; UPDATE results SET status = 'published', published_at = 'x', published_by = 'x' WHERE status = 'reviewed'");
    const status = await t.request<{ intact: boolean; problem: string }>('POST', '/api/v1/ledger/verify', { as: 'auditor' });
    expect(status.body).toMatchObject({ intact: false, problem: `result ${resultId} of draw 1 is published, but its publication is not in the ledger` });
  });

  it('refuses to add an entry dated before the last one, changing nothing', async () => {
    const head = (await t.store.ledger.head())!;
    const append = t.trust.ledger.entry('result', '2020-01-01T00:00:00.000Z', { recordDigest: `sha256:${'0'.repeat(64)}` });
    expect(() => append(head)).toThrow(/the service clock \(2020-01-01T00:00:00.000Z\) is behind the ledger's last entry \(#2/);
    expect(t.trust.ledger.problem()).toBeNull();
  });

  it('stops when the newest entry was deleted since it was recorded, before signing on top of what is left', async () => {
    tamper('DELETE FROM ledger_entries WHERE idx = 2');
    const refused = await publish();
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/entry #2 .* was recorded: entries were deleted or replaced/);
    expect((await t.store.results.get(resultId))?.status).toBe('reviewed');
  });

  it('stops at a head changed since the last verification, before signing on top of it', async () => {
    tamper("UPDATE ledger_entries SET at = '2021-01-01T00:00:00Z' WHERE idx = (SELECT MAX(idx) FROM ledger_entries)");
    const refused = await publish();
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/was changed after it was written/);
    expect(t.trust.ledger.problem()).not.toBeNull();
    expect((await t.store.results.get(resultId))?.status).toBe('reviewed');
  });
});
