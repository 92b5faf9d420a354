import { describe, expect, it } from 'vitest';
import type { ItemEntry } from '@fairdraw/store';
import { testApp } from '../_test-app.ts';

const item = { code: 'SF-LS-01', name: '律师事务所执业活动监督检查', legalBasis: '《律师法》第五十二条', targetKinds: ['law_firm'], method: 'on_site' };

describe('the item list', () => {
  it('creates and replaces an item by its code, publicly readable', async () => {
    const t = await testApp();
    expect((await t.request<ItemEntry>('PUT', '/api/v1/items/SF-LS-01', { as: 'planner', json: item })).body.item).toMatchObject({ ...item, category: 'general' });
    await t.request('PUT', '/api/v1/items/SF-LS-01', { as: 'planner', json: { ...item, category: 'key' } });
    const listed = await t.request<{ items: { code: string; category: string }[] }>('GET', '/api/v1/public/items');
    expect(listed.body.items).toEqual([expect.objectContaining({ code: 'SF-LS-01', category: 'key' })]);
  });

  it('names every wrong field, and a code that differs from the path', async () => {
    const t = await testApp();
    const bad = await t.request('PUT', '/api/v1/items/SF-LS-01', { as: 'planner', json: { ...item, method: 'telepathy', targetKinds: [] } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['method', 'targetKinds']);
    const other = await t.request('PUT', '/api/v1/items/OTHER', { as: 'planner', json: item });
    expect(other.status).toBe(422);
    expect(other.body.error.issues[0]?.path).toEqual(['code']);
  });
});
