import { afterEach, describe, expect, it } from 'vitest';
import { deriveSeed, parseBundle, verifyBundle, verifyLedger, witnessHash, type LedgerEntry } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import type { ErrorBody } from '../api-error.ts';
import { OPERATOR, publishedJointTask, testApp, type TestApp } from '../_test-app.ts';
import { httpBeaconRelay } from '../trust/beacon-relay.ts';
import { RECORDED_ROUNDS, startFakeRelay, type FakeRelay } from '../trust/_fake-relay.ts';

// Quicknet's round 123 is due at 2023-08-23T15:15:33Z; a commitment made before 15:14:33 may name it.
const BEFORE_ROUND_123 = Date.parse('2023-08-23T15:10:00.000Z');
const ROUND_123_DUE = Date.parse('2023-08-23T15:15:33.000Z');

/** A test app whose clock stands still until moved, so a test can wait for a drand round. */
async function appAt(start: number, relays?: FakeRelay | FakeRelay[]) {
  let now = start;
  const urls = relays === undefined ? [] : [relays].flat().map((relay) => relay.url);
  const t = await testApp({ clock: () => new Date(now), ...(urls.length > 0 ? { relay: httpBeaconRelay(urls) } : {}) });
  return { t, setNow: (ms: number) => void (now = ms) };
}

type PublicDraw = { status: string; seedSource: string; seedVerifiable: boolean; seedDue: string | null; overdue: boolean; commitmentDigest: string; ledger: { index: number; type: string }[] };

const ledgerOf = async (t: TestApp) => (await t.request<{ entries: LedgerEntry[] }>('GET', '/api/v1/public/ledger?limit=1000')).body.entries;

describe('drand seeds', () => {
  let relay: FakeRelay | undefined;
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
  });

  it('names a future round at prepare, refuses to draw before it is due, then fetches and verifies it', async () => {
    relay = await startFakeRelay();
    const { t, setNow } = await appAt(BEFORE_ROUND_123, relay);
    const { taskId } = await publishedJointTask(t);

    const tooEarly = await t.request('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round: 20 } } });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.error.message).toMatch(/seed round is too early/);

    // A round years away would hold the task open indefinitely: at most a year ahead.
    for (const round of [2 ** 40, Number.MAX_SAFE_INTEGER]) {
      const far = await t.request('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round } } });
      expect(far.status).toBe(422);
      expect(far.body.error.issues[0]).toMatchObject({ path: ['seedSource', 'round'], message: expect.stringMatching(/more than 366 days after the commitment/) });
    }

    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round: 123 } } });
    expect(prepared.status).toBe(201);
    expect(prepared.body.commitment?.seedSource).toEqual({ type: 'drand', chain: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971', round: 123 });
    const id = prepared.body.id;
    const shown = await t.request<PublicDraw>('GET', `/api/v1/public/draws/${id}`);
    expect(shown.body).toMatchObject({ status: 'prepared', seedSource: 'drand', seedVerifiable: true, seedDue: '2023-08-23T15:15:33.000Z', overdue: false });
    expect(shown.body.ledger).toEqual([expect.objectContaining({ type: 'commitment' })]);

    const early = await t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: {} });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('TOO_EARLY');
    expect(relay.requests).toEqual([]);

    setNow(ROUND_123_DUE + 5_000);
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: {} });
    expect(drawn.status, drawn.text).toBe(200);
    expect(relay.requests).toEqual([`/52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971/public/123`]);
    expect(drawn.body.seed).toBe(deriveSeed(prepared.body.commitmentDigest!, RECORDED_ROUNDS[123].randomness));
    expect(drawn.body.evidence).toEqual({ type: 'drand', beacon: RECORDED_ROUNDS[123] });

    const bundle = await t.request('GET', `/api/v1/public/draws/${id}/bundle.json`);
    const verdict = verifyBundle(parseBundle(JSON.parse(bundle.text)), { publicKey: t.trust.ledger.publicKey });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict).toMatchObject({ ok: true, seedVerifiable: true });
    expect(verdict.checks.map((check) => check.id)).toEqual(expect.arrayContaining(['seed.beacon', 'seed.round-after-commitment', 'ledger.draw']));
  });

  it('passes over a relay that serves a beacon which does not verify, for the next one', async () => {
    const forger = await startFakeRelay((round) => ({ ...RECORDED_ROUNDS[123], round, randomness: 'ab'.repeat(32) }));
    relay = await startFakeRelay();
    try {
      const { t, setNow } = await appAt(BEFORE_ROUND_123, [forger, relay]);
      const { taskId } = await publishedJointTask(t);
      const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round: 123 } } });
      setNow(ROUND_123_DUE + 1_000);
      const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: {} });
      expect(drawn.status, drawn.text).toBe(200);
      expect(forger.requests).toHaveLength(1);
      expect(drawn.body.evidence).toEqual({ type: 'drand', beacon: RECORDED_ROUNDS[123] });
    } finally {
      await forger.close();
    }
  });

  it('names the first round due after the margin when staff name none, and flags a draw left undrawn after it', async () => {
    const { t, setNow } = await appAt(BEFORE_ROUND_123);
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId } });
    // 15:10:00 + 60 s margin = 15:11:00, 93 s after genesis: round ⌈93 / 3⌉ + 1 = 32.
    expect(prepared.body.commitment?.seedSource).toMatchObject({ type: 'drand', round: 32 });
    setNow(Date.parse('2023-08-23T17:00:00.000Z'));
    const shown = await t.request<PublicDraw>('GET', `/api/v1/public/draws/${prepared.body.id}`);
    expect(shown.body).toMatchObject({ status: 'prepared', overdue: true });
    const list = await t.request('GET', '/draws', { headers: { accept: 'text/html' } });
    expect(list.text).toContain('种子已公布，尚未抽取');
    const page = await t.request('GET', `/draws/${prepared.body.id}`, { headers: { accept: 'text/html' } });
    expect(page.text).toContain('该轮随机数已经公布，但本次抽取尚未进行');
  });

  it('without network takes a pasted beacon, verified just the same; a forged one is refused and nothing is stored', async () => {
    const { t, setNow } = await appAt(BEFORE_ROUND_123);
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round: 123 } } });
    const id = prepared.body.id;
    setNow(ROUND_123_DUE + 60_000);
    const offline = await t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: {} });
    expect(offline.status).toBe(502);
    expect(offline.body.error.code).toBe('BEACON_UNAVAILABLE');
    expect(offline.body.error.message).toMatch(/paste the beacon of round 123/);

    const flipped = RECORDED_ROUNDS[123].signature.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    const forged = await t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: { beacon: { ...RECORDED_ROUNDS[123], signature: flipped } } });
    expect(forged.status).toBe(409);
    expect(forged.body.error.code).toBe('MISMATCH');
    const otherRound = await t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: { beacon: RECORDED_ROUNDS[1000000] } });
    expect(otherRound.status).toBe(409);
    expect(otherRound.body.error.message).toMatch(/wrong-round/);
    expect((await t.store.draws.get(id))?.status).toBe('prepared');
    expect(await ledgerOf(t)).toHaveLength(1);

    const pasted = await t.request<DrawEntry>('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: { beacon: { ...RECORDED_ROUNDS[123], extra: 'relays add members' } } });
    expect(pasted.status, pasted.text).toBe(200);
    expect(pasted.body.seed).toBe(deriveSeed(prepared.body.commitmentDigest!, RECORDED_ROUNDS[123].randomness));
  });
});

describe('a commitment given up', () => {
  it('before its round is due leaves an ordinary cancellation; after it, a flag on both draws and the list', async () => {
    const { t, setNow } = await appAt(BEFORE_ROUND_123);
    const { taskId } = await publishedJointTask(t);
    const html = async (path: string) => (await t.request('GET', path, { headers: { accept: 'text/html' } })).text;

    const early = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round: 123 } } });
    await t.request('POST', `/api/v1/draws/${early.body.id}/cancel`, { as: 'drawer', json: { reason: '任务参数有误' } });
    expect((await t.request<PublicDraw & { cancelledAfterSeed: boolean }>('GET', `/api/v1/public/draws/${early.body.id}`)).body.cancelledAfterSeed).toBe(false);

    const late = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, replaces: early.body.id, seedSource: { type: 'drand', round: 123 } } });
    // The round is out: anyone could compute this draw now. Cancelling it is possible, but it shows.
    setNow(ROUND_123_DUE + 1_000);
    await t.request('POST', `/api/v1/draws/${late.body.id}/cancel`, { as: 'drawer', json: { reason: '见证人未到场' } });
    const shown = await t.request<PublicDraw & { cancelledAfterSeed: boolean }>('GET', `/api/v1/public/draws/${late.body.id}`);
    expect(shown.body).toMatchObject({ status: 'cancelled', cancelledAfterSeed: true });
    expect(await html(`/draws/${late.body.id}`)).toContain(`第${late.body.id}号抽取的承诺在其随机种子公布之后、抽取之前被作废`);
    expect(await html('/draws')).toContain('种子公布后作废');
    expect(await html(`/draws/${early.body.id}`)).not.toContain('随机种子公布之后');

    const next = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, replaces: late.body.id, seedSource: OPERATOR } });
    expect(await html(`/draws/${next.body.id}`)).toContain(`请注意：第${late.body.id}号抽取的承诺在其随机种子公布之后、抽取之前被作废`);
    expect((await ledgerOf(t)).map((entry) => entry.type)).toEqual(['commitment', 'cancellation', 'commitment', 'cancellation', 'commitment']);
  });
});

describe('witness ceremonies', () => {
  it('commits to the witnesses’ hashes and draws only when every secret matches its hash', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const secrets = { '区人大代表 张三': 'apple orchard 7 blue', '律师协会 李四': '41362551366241352614' };
    const commitments = Object.entries(secrets).map(([witness, secret]) => ({ witness, hash: witnessHash(secret) }));
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'witnesses', commitments } } });
    expect(prepared.status).toBe(201);
    const id = prepared.body.id;
    const reveal = <T = ErrorBody>(entries: [string, string][]) => t.request<T>('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: { reveals: entries.map(([witness, secret]) => ({ witness, secret })) } });

    expect((await t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: {} })).body.error.message).toMatch(/every witness's reveal/);
    const missing = await reveal([['区人大代表 张三', secrets['区人大代表 张三']]]);
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toMatch(/律师协会 李四/);
    const wrong = await reveal([
      ['区人大代表 张三', secrets['区人大代表 张三']],
      ['律师协会 李四', '41362551366241352615'],
    ]);
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.message).toMatch(/律师协会 李四/);
    expect((await t.store.draws.get(id))?.status).toBe('prepared');

    const drawn = await reveal<DrawEntry>(Object.entries(secrets));
    expect(drawn.status, drawn.text).toBe(200);
    const bundle = verifyBundle(parseBundle(JSON.parse((await t.request('GET', `/api/v1/public/draws/${id}/bundle.json`)).text)), { publicKey: t.trust.ledger.publicKey });
    expect(bundle.checks.filter((check) => !check.ok)).toEqual([]);
    expect(bundle).toMatchObject({ ok: true, seedVerifiable: true });
  });
});

describe('seed shopping', () => {
  it('cannot prepare twice, draw twice, or redraw without a public trace naming what it replaces', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const first = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    expect((await t.request('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } })).status).toBe(409);
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${first.body.id}/draw`, { as: 'drawer', json: { value: '第一次' } });
    const again = await t.request('POST', `/api/v1/draws/${first.body.id}/draw`, { as: 'drawer', json: { value: '第二次' } });
    expect(again.status).toBe(409);
    expect((await t.store.draws.get(first.body.id))?.seed).toBe(drawn.body.seed);

    // Cancelling is possible, but public: the ledger records it, and the next commitment names the first.
    const reason = '抽中对象已注销';
    await t.request('POST', `/api/v1/draws/${first.body.id}/cancel`, { as: 'drawer', json: { reason } });
    const second = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, replaces: first.body.id, seedSource: OPERATOR } });
    expect(second.body.commitment?.replaces).toEqual({ commitment: first.body.commitmentDigest, reason });
    const ledger = await ledgerOf(t);
    expect(ledger.map((entry) => [entry.type, entry.payload.commitmentDigest])).toEqual([
      ['commitment', first.body.commitmentDigest],
      ['draw', first.body.commitmentDigest],
      ['cancellation', first.body.commitmentDigest],
      ['commitment', second.body.commitmentDigest],
    ]);
    const firstShown = await t.request<PublicDraw & { replacedBy: number }>('GET', `/api/v1/public/draws/${first.body.id}`);
    expect(firstShown.body).toMatchObject({ status: 'cancelled', replacedBy: second.body.id, seedVerifiable: false, seedSource: 'operator' });
    expect(firstShown.body.ledger.map((entry) => entry.type)).toEqual(['commitment', 'draw', 'cancellation']);

    // The same operator value gives another seed under another commitment.
    const redrawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${second.body.id}/draw`, { as: 'drawer', json: { value: '第一次' } });
    expect(redrawn.body.seed).not.toBe(drawn.body.seed);
    const bundle = verifyBundle(parseBundle(JSON.parse((await t.request('GET', `/api/v1/public/draws/${second.body.id}/bundle.json`)).text)), { publicKey: t.trust.ledger.publicKey });
    expect(bundle.checks.find((check) => check.id === 'ledger.replaced')).toMatchObject({ ok: true });
    expect(bundle.seedVerifiable).toBe(false);
  });
});

describe('the public ledger', () => {
  it('pages through signed entries, and its export verifies whole with the published key', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: 'x' } });
    const targetId = drawn.body.record!.selected[0]!.target.id;
    const result = await t.request<{ id: number }>('POST', `/api/v1/draws/${prepared.body.id}/results`, {
      as: 'clerk',
      json: { targetId, outcome: { inspectionDate: '2021-09-22', categories: ['no_problem'], followUp: { action: 'none' } } },
    });
    await t.request('POST', `/api/v1/results/${result.body.id}/approve`, { as: 'reviewer' });
    await t.request('POST', `/api/v1/results/${result.body.id}/publish`, { as: 'reviewer' });

    const page = await t.request<{ publicKey: string; head: { index: number; hash: string }; status: { intact: boolean }; entries: LedgerEntry[]; next: number | null }>('GET', '/api/v1/public/ledger?from=1&limit=1');
    expect(page.body).toMatchObject({ publicKey: t.trust.ledger.publicKey, head: { index: 2 }, status: { intact: true }, next: 2 });
    expect(page.body.entries.map((entry) => entry.type)).toEqual(['draw']);
    const last = await t.request<{ entries: LedgerEntry[]; next: number | null }>('GET', '/api/v1/public/ledger?from=2');
    expect(last.body.entries[0]).toMatchObject({ type: 'result', payload: { recordDigest: drawn.body.recordDigest, resultId: result.body.id, targetId } });
    expect(last.body.next).toBeNull();
    expect((await t.request('GET', '/api/v1/public/ledger?limit=0')).status).toBe(422);

    const exported = JSON.parse((await t.request('GET', '/api/v1/public/ledger.json')).text) as { format: string; publicKey: string; entries: LedgerEntry[] };
    expect(exported.format).toBe('fairdraw-ledger/1');
    expect(verifyLedger(exported.entries, t.trust.ledger.publicKey, { head: page.body.head })).toMatchObject({ ok: true, count: 3 });
  });
});
