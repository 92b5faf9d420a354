import { describe, expect, it } from 'vitest';
import { commitmentDigest, deriveSeed, parseBundle, verifyBundle } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import { OPERATOR, SEED, publishedJointTask, testApp } from '../_test-app.ts';

describe('the life of a draw', () => {
  it('goes prepared → drawn, and the published bundle verifies it offline; the auditor bundle replays the teams too', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    expect(prepared.status).toBe(201);
    expect(prepared.body).toMatchObject({ status: 'prepared', taskId, seed: null, record: null, replaces: null, commitment: { seedSource: OPERATOR, replaces: null } });
    expect(prepared.body.digests.targets.count).toBe(18);
    expect(prepared.body.commitmentDigest).toBe(commitmentDigest(prepared.body.commitment!));

    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    expect(drawn.status).toBe(200);
    // The operator's value only seeds through the commitment: it cannot be carried to other inputs.
    expect(drawn.body).toMatchObject({ status: 'drawn', seed: deriveSeed(prepared.body.commitmentDigest!, SEED), seedSource: 'operator', evidence: { type: 'operator', value: SEED } });
    expect(drawn.body.record?.selected).toHaveLength(2);

    // A sceptic downloads the public bundle and checks it offline with the bureau's published key.
    const id = prepared.body.id;
    const publicBundle = await t.request('GET', `/api/v1/public/draws/${id}/bundle.json`);
    expect(publicBundle.status).toBe(200);
    expect(publicBundle.text).not.toContain('配偶在该所执业');
    const checked = verifyBundle(parseBundle(JSON.parse(publicBundle.text)), { publicKey: t.trust.ledger.publicKey });
    expect(checked.checks.filter((check) => !check.ok)).toEqual([]);
    expect(checked).toMatchObject({ ok: true, scope: 'public', seedVerifiable: false });
    // The 回避 list is internal: the public gets it neither as a file nor in the bundle.
    expect((await t.request('GET', `/api/v1/public/draws/${id}/directories/conflicts`)).status).toBe(403);

    // An auditor's bundle carries the 回避 list and its salt: every check, teams included.
    expect((await t.request('GET', `/api/v1/draws/${id}/bundle.json`, { as: 'drawer' })).status).toBe(403);
    const auditor = await t.request('GET', `/api/v1/draws/${id}/bundle.json`, { as: 'auditor' });
    const full = verifyBundle(parseBundle(JSON.parse(auditor.text)), { publicKey: t.trust.ledger.publicKey });
    expect(full.checks.filter((check) => !check.ok)).toEqual([]);
    expect(full).toMatchObject({ ok: true, scope: 'auditor' });
    expect(full.checks.map((check) => check.id)).toContain('draw.teams');
  });

  it('draws once: a second draw of the same draw is a conflict, and so is a second prepare', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const [a, b] = await Promise.all([
      t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } }),
      t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const id = (a.status === 201 ? a : b).body.id;
    const [x, y] = await Promise.all([
      t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: { value: SEED } }),
      t.request('POST', `/api/v1/draws/${id}/draw`, { as: 'drawer', json: { value: 'cd'.repeat(32) } }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const stored = await t.store.draws.get(id);
    const winner = (x.status === 200 ? x : y).body as unknown as DrawEntry;
    expect(stored?.seed).toBe(winner.seed);
    expect(stored?.evidence).toEqual({ type: 'operator', value: x.status === 200 ? SEED : 'cd'.repeat(32) });
  });

  it('cancels with a reason that stays visible, and a new draw must say which one it replaces', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const first = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    await t.request('POST', `/api/v1/draws/${first.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    expect((await t.request('POST', `/api/v1/draws/${first.body.id}/cancel`, { as: 'drawer', json: {} })).status).toBe(422);
    const cancelled = await t.request<DrawEntry>('POST', `/api/v1/draws/${first.body.id}/cancel`, { as: 'drawer', json: { reason: '抽中对象已注销' } });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '抽中对象已注销' });
    expect((await t.request('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } })).status).toBe(409);
    const second = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, replaces: first.body.id, seedSource: OPERATOR } });
    expect(second.status).toBe(201);
    const pub = await t.request<{ status: string; cancelReason: string; replacedBy: number }>('GET', `/api/v1/public/draws/${first.body.id}`);
    expect(pub.body).toMatchObject({ status: 'cancelled', cancelReason: '抽中对象已注销', replacedBy: second.body.id });
  });

  it('freezes the task once a draw exists', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    await t.request('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const task = await t.request<{ planned: unknown }>('GET', `/api/v1/tasks/${taskId}`, { as: 'planner' });
    expect((await t.request('PUT', `/api/v1/tasks/${taskId}`, { as: 'planner', json: task.body.planned })).status).toBe(409);
  });

  it('will not draw a task of an unpublished plan', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t, { publish: false });
    const response = await t.request('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/publish plan .* before drawing/);
  });

  it('says which targets cannot get a team when the directories do not allow one', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    // Disable every market-regulation inspector but one: two targets cannot both get one with a cap of one.
    const inspectors = (await t.store.directories.latest('inspectors'))!.records;
    for (const inspector of inspectors.filter((i) => i.department === '区市场监督管理局').slice(1)) {
      await t.request('PUT', '/api/v1/directories/inspectors/records', { as: 'planner', json: { record: { ...inspector, active: false }, reason: '离岗' } });
    }
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const response = await t.request('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('INFEASIBLE');
    expect(response.body.error.message).toMatch(/cap of 1/);
    expect((await t.store.draws.get(prepared.body.id))?.status).toBe('prepared');
  });

  it('lets only drawers draw, and checks the seed', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    expect((await t.request('POST', '/api/v1/draws', { as: 'planner', json: { taskId, seedSource: OPERATOR } })).status).toBe(403);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const bad = await t.request('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: ' 12345 ' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues[0]).toMatchObject({ path: ['value'] });
    const unknown = await t.request('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { seed: SEED } });
    expect(unknown.status).toBe(422);
    expect((await t.store.draws.get(prepared.body.id))?.status).toBe('prepared');
  });
});

describe('plans', () => {
  it('cannot be edited once published', async () => {
    const t = await testApp();
    const { planId } = await publishedJointTask(t);
    const response = await t.request('PUT', `/api/v1/plans/${planId}`, { as: 'planner', json: { year: 2021, title: '改过的标题', bureau: '某区司法局' } });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/can no longer be edited/);
  });
});
