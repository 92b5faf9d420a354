import { describe, expect, it } from 'vitest';
import type { DrawEntry, ResultEntry } from '@fairdraw/store';
import { OPERATOR, SEED, publishedJointTask, testApp, type TestApp } from '../_test-app.ts';

const clean = { inspectionDate: '2021-09-20', categories: ['no_problem'], followUp: { action: 'none' } };
const problem = {
  inspectionDate: '2021-09-22',
  categories: ['corrected', 'pending'],
  problemAreas: ['收费管理'],
  findings: '内部记录：未按规定公示收费标准',
  followUp: { action: 'rectify', note: '内部：两周后复查' },
  remarks: '已责令限期整改',
};

async function drawn(t: TestApp) {
  const { taskId } = await publishedJointTask(t);
  const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
  const entry = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
  return { drawId: entry.body.id, targets: entry.body.record!.selected.map((s) => s.target.id) };
}

describe('results', () => {
  it('goes 录入 → 审核 → 公示, and a published result cannot be edited', async () => {
    const t = await testApp();
    const { drawId, targets } = await drawn(t);
    const entered = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawId}/results`, { as: 'clerk', json: { targetId: targets[0], outcome: clean } });
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({ status: 'entered', enteredBy: 'clerk-1' });
    const id = entered.body.id;
    expect((await t.request('POST', `/api/v1/results/${id}/publish`, { as: 'reviewer' })).status).toBe(409);
    expect((await t.request<ResultEntry>('POST', `/api/v1/results/${id}/approve`, { as: 'reviewer' })).body.status).toBe('reviewed');
    expect((await t.request<ResultEntry>('POST', `/api/v1/results/${id}/publish`, { as: 'reviewer' })).body.status).toBe('published');
    expect((await t.request('PUT', `/api/v1/results/${id}`, { as: 'clerk', json: { outcome: problem } })).status).toBe(409);
  });

  it('sends a result back to the clerk with a note, who edits and resubmits it', async () => {
    const t = await testApp();
    const { drawId, targets } = await drawn(t);
    const { body } = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawId}/results`, { as: 'clerk', json: { targetId: targets[0], outcome: clean } });
    expect((await t.request('POST', `/api/v1/results/${body.id}/return`, { as: 'reviewer', json: {} })).status).toBe(422);
    const returned = await t.request<ResultEntry>('POST', `/api/v1/results/${body.id}/return`, { as: 'reviewer', json: { note: '检查日期有误' } });
    expect(returned.body).toMatchObject({ status: 'returned', reviewNote: '检查日期有误' });
    const edited = await t.request<ResultEntry>('PUT', `/api/v1/results/${body.id}`, { as: 'clerk', json: { outcome: { ...clean, inspectionDate: '2021-09-21' } } });
    expect(edited.body).toMatchObject({ status: 'entered' });
  });

  it('corrects a published result with a new version that points to it', async () => {
    const t = await testApp();
    const { drawId, targets } = await drawn(t);
    const first = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawId}/results`, { as: 'clerk', json: { targetId: targets[0], outcome: clean } });
    await t.request('POST', `/api/v1/results/${first.body.id}/approve`, { as: 'reviewer' });
    await t.request('POST', `/api/v1/results/${first.body.id}/publish`, { as: 'reviewer' });
    expect((await t.request('POST', `/api/v1/draws/${drawId}/results`, { as: 'clerk', json: { targetId: targets[0], outcome: problem } })).status).toBe(409);
    const correction = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawId}/results`, {
      as: 'clerk',
      json: { targetId: targets[0], outcome: problem, corrects: first.body.id },
    });
    expect(correction.status).toBe(201);
    expect(correction.body.corrects).toBe(first.body.id);
    expect((await t.store.results.get(first.body.id))?.status).toBe('published');
  });

  it('checks the result categories and names the field', async () => {
    const t = await testApp();
    const { drawId, targets } = await drawn(t);
    const response = await t.request('POST', `/api/v1/draws/${drawId}/results`, {
      as: 'clerk',
      json: { targetId: targets[0], outcome: { ...clean, categories: ['no_problem', 'corrected'] } },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.issues.map((i) => i.path.join('.'))).toContain('outcome.categories');
  });

  it('accepts results only for targets the draw drew', async () => {
    const t = await testApp();
    const { drawId } = await drawn(t);
    const response = await t.request('POST', `/api/v1/draws/${drawId}/results`, { as: 'clerk', json: { targetId: '91350100M000100Y43', outcome: clean } });
    expect(response.status).toBe(409);
  });

  it('separates the roles: clerks enter, reviewers review', async () => {
    const t = await testApp();
    const { drawId, targets } = await drawn(t);
    expect((await t.request('POST', `/api/v1/draws/${drawId}/results`, { as: 'reviewer', json: { targetId: targets[0], outcome: clean } })).status).toBe(403);
    const { body } = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawId}/results`, { as: 'clerk', json: { targetId: targets[0], outcome: clean } });
    expect((await t.request('POST', `/api/v1/results/${body.id}/approve`, { as: 'clerk' })).status).toBe(403);
  });
});


describe('separation of duties', () => {
  it('does not let the person who entered a result approve or publish it, even an admin', async () => {
    const t = await testApp();
    const { drawId, targets } = await drawn(t);
    const entered = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawId}/results`, { as: 'admin', json: { targetId: targets[0], outcome: clean } });
    const self = await t.request('POST', `/api/v1/results/${entered.body.id}/approve`, { as: 'admin' });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/entered by you/);
    expect((await t.request('POST', `/api/v1/results/${entered.body.id}/approve`, { as: 'reviewer' })).status).toBe(200);
  });
});
