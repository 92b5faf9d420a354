import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { demoFiles } from '@fairdraw/demo';
import type { DirectoryVersionMeta } from '@fairdraw/store';
import type { Issue } from '@fairdraw/core';
import { importDemoDirectories, testApp } from '../_test-app.ts';

type Imported = { version: DirectoryVersionMeta | null; imported: number; rejected: Issue[] };

describe('directories', () => {
  it('imports a bureau spreadsheet export as version 1, with its digest', async () => {
    const t = await testApp();
    const response = await t.request<Imported>('POST', '/api/v1/directories/targets/import?filename=律所名录.csv', {
      as: 'planner',
      body: await readFile(demoFiles.targets),
    });
    expect(response.status).toBe(201);
    expect(response.body.version).toMatchObject({ pool: 'targets', version: 1, count: 18, createdBy: 'planner-1', reason: 'import 律所名录.csv' });
    expect(response.body.version?.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('imports nothing when any row is bad, and lists every bad row with line and column', async () => {
    const t = await testApp();
    const csv = '统一社会信用代码,名称,类型\n91350100M000100Y43,甲律师事务所,律师事务所\n91350100M000100Y44,乙律师事务所,律师事务所\n91350100M000100Y43,,律师事务所\n';
    const response = await t.request('POST', '/api/v1/directories/targets/import?filename=t.csv', { as: 'planner', body: csv });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('INVALID_INPUT');
    expect(response.body.error.issues.map((i) => `${i.line}:${i.path.join('.')}`)).toEqual(['3:统一社会信用代码', '4:统一社会信用代码', '4:名称']);
    expect((await t.request<{ versions: unknown[] }>('GET', '/api/v1/directories/targets/versions', { as: 'auditor' })).body.versions).toEqual([]);
  });

  it('imports the good rows and lists the rest when asked to', async () => {
    const t = await testApp();
    const csv = 'id,name,kind\n91350100M000100Y43,甲律师事务所,law_firm\n91350100M000100Y44,乙律师事务所,law_firm\n';
    const response = await t.request<Imported>('POST', '/api/v1/directories/targets/import?filename=t.csv&goodRowsOnly=true', { as: 'planner', body: csv });
    expect(response.status).toBe(201);
    expect(response.body.imported).toBe(1);
    expect(response.body.rejected).toHaveLength(1);
    expect(response.body.rejected[0]).toMatchObject({ line: 3, path: ['id'] });
  });

  it('reads an XLSX workbook like its CSV export', async () => {
    const t = await testApp();
    const xlsx = await readFile(new URL('../../test-fixtures/targets.xlsx', import.meta.url));
    const response = await t.request<Imported>('POST', '/api/v1/directories/targets/import?filename=targets.xlsx', { as: 'planner', body: xlsx });
    expect(response.status).toBe(201);
    expect(response.body.imported).toBe(2);
    const version = await t.request<{ records: { id: string; name: string; lastInspected: string[] }[] }>('GET', '/api/v1/directories/targets/versions/1', { as: 'auditor' });
    expect(version.body.records.map((r) => [r.id, r.name, r.lastInspected])).toEqual([
      ['91110108551385082Q', '乙律师事务所', []],
      ['91350100M000100Y43', '甲律师事务所', ['2020-05-12']],
    ]);
  });

  it('makes a new version for a one-record edit and keeps the old one', async () => {
    const t = await testApp();
    await importDemoDirectories(t);
    const firstId = (await t.store.directories.latest('targets'))!.records[0]!.id;
    const edit = await t.request<{ version: DirectoryVersionMeta }>('PUT', '/api/v1/directories/targets/records', {
      as: 'planner',
      json: { record: { id: firstId, name: '更名后的律师事务所', kind: 'law_firm' }, reason: '更名' },
    });
    expect(edit.status).toBe(201);
    expect(edit.body.version).toMatchObject({ version: 2, count: 18, reason: '更名' });
    const before = await t.request<{ records: { name: string }[] }>('GET', '/api/v1/directories/targets/versions/1?limit=1', { as: 'auditor' });
    expect(before.body.records[0]!.name).not.toBe('更名后的律师事务所');
    const removed = await t.request<{ version: DirectoryVersionMeta }>('DELETE', `/api/v1/directories/inspectors/records/PS020?reason=${encodeURIComponent('调离')}`, { as: 'planner' });
    expect(removed.body.version).toMatchObject({ version: 2, count: 19 });
  });

  it('refuses to drop a target that a 回避 pair still names', async () => {
    const t = await testApp();
    await importDemoDirectories(t);
    const pair = (await t.store.directories.latest('conflicts'))!.records[0]!;
    const response = await t.request('DELETE', `/api/v1/directories/targets/records/${pair.targetId}?reason=x`, { as: 'planner' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('UNKNOWN_REFERENCE');
    expect(response.body.error.message).toMatch(/remove those pairs first/);
  });

  it('refuses a 回避 pair naming an unknown inspector', async () => {
    const t = await testApp();
    await importDemoDirectories(t);
    const target = (await t.store.directories.latest('targets'))!.records[0]!.id;
    const response = await t.request('PUT', '/api/v1/directories/conflicts/records', { as: 'planner', json: { record: { inspectorId: 'NOBODY', targetId: target }, reason: '申请回避' } });
    expect(response.status).toBe(422);
    expect(response.body.error.issues[0]?.message).toMatch(/inspector "NOBODY" is not in the inspector pool/);
  });

  it('lets only planners change directories, and keeps 回避 pairs from clerks', async () => {
    const t = await testApp();
    expect((await t.request('POST', '/api/v1/directories/targets/import', { body: 'x' })).status).toBe(401);
    expect((await t.request('POST', '/api/v1/directories/targets/import', { as: 'clerk', body: 'x' })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/directories/targets/import', { as: { token: 'fd_0000000000000000_' + 'a'.repeat(43) }, body: 'x' })).status).toBe(401);
    expect((await t.request('GET', '/api/v1/directories/conflicts/versions', { as: 'clerk' })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/directories/conflicts/versions', { as: 'auditor' })).status).toBe(200);
  });

  it('names the pool when it is not one', async () => {
    const t = await testApp();
    const response = await t.request('GET', '/api/v1/directories/firms/versions', { as: 'auditor' });
    expect(response.status).toBe(422);
    expect(response.body.error.issues[0]?.path).toEqual(['pool']);
  });

  it('gives two simultaneous edits one success and one conflict, never a silently lost edit', async () => {
    const t = await testApp();
    await importDemoDirectories(t);
    const add = (id: string) =>
      t.request('PUT', '/api/v1/directories/inspectors/records', {
        as: 'planner',
        json: { record: { id, name: id, department: '律师公证管理科', certificate: `C-${id}` }, reason: `add ${id}` },
      });
    const [a, b] = await Promise.all([add('NEW-A'), add('NEW-B')]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const latest = (await t.store.directories.latest('inspectors'))!.records.map((r) => r.id);
    expect(latest.filter((id) => id.startsWith('NEW-'))).toHaveLength(1);
  });
});
