import { describe, expect, it } from 'vitest';
import type { DrawEntry, ResultEntry } from '@fairdraw/store';
import { OPERATOR, SEED, publishedJointTask, testApp } from '../_test-app.ts';

describe('the public API', () => {
  it('shows published plans, tasks, draws and results — and nothing internal', async () => {
    const t = await testApp();
    const { taskId, planId } = await publishedJointTask(t);
    const draft = await t.request<{ id: number }>('POST', '/api/v1/plans', { as: 'planner', json: { year: 2022, title: '2022年度草案', bureau: '某区司法局' } });
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    const [a, b] = drawn.body.record!.selected.map((s) => s.target.id);
    const outcome = { inspectionDate: '2021-09-22', categories: ['corrected'], findings: 'FINDINGS-SECRET', followUp: { action: 'rectify', note: 'NOTE-SECRET' }, remarks: '已整改' };
    const published = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.body.id}/results`, { as: 'clerk', json: { targetId: a, outcome } });
    await t.request('POST', `/api/v1/results/${published.body.id}/approve`, { as: 'reviewer' });
    await t.request('POST', `/api/v1/results/${published.body.id}/publish`, { as: 'reviewer' });
    const pending = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.body.id}/results`, { as: 'clerk', json: { targetId: b, outcome: { ...outcome, remarks: 'UNPUBLISHED-SECRET' } } });
    await t.request('POST', `/api/v1/results/${pending.body.id}/return`, { as: 'reviewer', json: { note: 'REVIEW-SECRET' } });

    const pages = [
      '/api/v1/public/items',
      '/api/v1/public/plans',
      `/api/v1/public/plans/${planId}`,
      `/api/v1/public/tasks/${taskId}`,
      '/api/v1/public/draws',
      `/api/v1/public/draws/${drawn.body.id}`,
      `/api/v1/public/draws/${drawn.body.id}/record.json`,
      `/api/v1/public/draws/${drawn.body.id}/directories/targets`,
      `/api/v1/public/draws/${drawn.body.id}/directories/inspectors`,
      `/api/v1/public/draws/${drawn.body.id}/bundle.json`,
      '/api/v1/public/ledger',
      '/api/v1/public/ledger.json',
      '/api/v1/public/results',
      `/api/v1/public/targets/${a}`,
    ];
    const all = (await Promise.all(pages.map((path) => t.request('GET', path)))).map((r) => {
      expect(r.status, r.text).toBe(200);
      return r.text;
    }).join('\n');
    const salt = await t.store.draws.conflictsSalt(drawn.body.id);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.request('GET', `/api/v1/public/draws/${drawn.body.id}/directories/conflicts`)).status).toBe(403);
    // The plain digest of the 回避 list would let anyone confirm a guessed list: it appears nowhere public.
    const plainConflictsDigest = drawn.body.digests.conflicts.digest;
    expect(drawn.body.record!.pools.conflicts.digest).toBe(drawn.body.commitment!.directories.internal.conflicts.saltedDigest);
    for (const secret of [salt!, plainConflictsDigest, 'FINDINGS-SECRET', 'NOTE-SECRET', 'UNPUBLISHED-SECRET', 'REVIEW-SECRET', '配偶在该所执业', '近亲属为该所合伙人', '0755-', 'drawer-1', 'planner-1', 'clerk-1', 'reviewer-1', '2022年度草案']) {
      expect(all).not.toContain(secret);
    }
    const results = await t.request<{ total: number; results: { targetId: string; remarks: string; categories: string[] }[] }>('GET', '/api/v1/public/results');
    expect(results.body.total).toBe(1);
    expect(results.body.results[0]).toMatchObject({ targetId: a, remarks: '已整改', categories: ['corrected'] });
    expect((await t.request('GET', `/api/v1/public/plans/${draft.body.id}`)).status).toBe(404);
  });

  it('filters and searches published results', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    for (const [index, s] of drawn.body.record!.selected.entries()) {
      const outcome = index === 0 ? { inspectionDate: '2021-09-20', categories: ['no_problem'], followUp: { action: 'none' } } : { inspectionDate: '2021-09-21', categories: ['corrected'], followUp: { action: 'rectify' } };
      const r = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.body.id}/results`, { as: 'clerk', json: { targetId: s.target.id, outcome } });
      await t.request('POST', `/api/v1/results/${r.body.id}/approve`, { as: 'reviewer' });
      await t.request('POST', `/api/v1/results/${r.body.id}/publish`, { as: 'reviewer' });
    }
    const second = drawn.body.record!.selected[1]!.target;
    const byCategory = await t.request<{ total: number; results: { targetId: string }[] }>('GET', '/api/v1/public/results?category=corrected');
    expect(byCategory.body.results.map((r) => r.targetId)).toEqual([second.id]);
    const byName = await t.request<{ total: number }>('GET', `/api/v1/public/results?q=${encodeURIComponent(second.name.slice(2, 5))}`);
    expect(byName.body.total).toBeGreaterThanOrEqual(1);
    const byCode = await t.request<{ total: number }>('GET', `/api/v1/public/results?q=${second.id.slice(0, 10)}`);
    expect(byCode.body.total).toBeGreaterThanOrEqual(1);
    expect((await t.request<{ total: number }>('GET', '/api/v1/public/results?year=2020')).body.total).toBe(0);
    expect((await t.request<{ total: number }>('GET', '/api/v1/public/results?year=2021&department=区市场监督管理局')).body.total).toBe(2);
    expect((await t.request('GET', '/api/v1/public/results?limit=0')).status).toBe(422);
  });
});

describe('the record file', () => {
  it('carries its digest as ETag and answers a repeat with 304', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    const first = await t.request('GET', `/api/v1/public/draws/${drawn.body.id}/record.json`);
    expect(first.headers.get('etag')).toBe(`"${drawn.body.recordDigest}"`);
    const again = await t.request('GET', `/api/v1/public/draws/${drawn.body.id}/record.json`, { headers: { 'if-none-match': `"${drawn.body.recordDigest}"` } });
    expect(again.status).toBe(304);
    expect((await t.request('GET', `/api/v1/public/draws/${drawn.body.id}/record.json`)).text).toBe(first.text);
  });
});
