import { describe, expect, it } from 'vitest';
import { testApp } from './_test-app.ts';

describe('the service', () => {
  it('answers /healthz', async () => {
    const t = await testApp();
    expect(await t.request('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('answers unknown routes with a JSON 404, public or not', async () => {
    const t = await testApp();
    for (const path of ['/nowhere', '/api/v1/public/nowhere', '/api/v1/nowhere']) {
      const response = await t.request('GET', path);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('explains a body that is not JSON, with a request id and no stack trace', async () => {
    const t = await testApp();
    const response = await t.request('POST', '/api/v1/plans', { as: 'planner', body: '{not json', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/must be JSON/) });
    expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(response.text).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('names each wrong field of a plan', async () => {
    const t = await testApp();
    const response = await t.request('POST', '/api/v1/plans', { as: 'planner', json: { year: 1800, title: '' } });
    expect(response.status).toBe(422);
    expect(response.body.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['bureau', 'title', 'year']);
  });

  it('logs one JSON line per request with status, time and actor', async () => {
    const t = await testApp();
    await t.request('GET', '/api/v1/me', { as: 'auditor' });
    expect(t.logger.lines.at(-1)).toMatchObject({ msg: 'request', method: 'GET', path: '/api/v1/me', status: 200, actor: 'auditor-1' });
  });

  it('sends security headers', async () => {
    const t = await testApp();
    const response = await t.request('GET', '/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('state changes', () => {
  it('are logged as one JSON line each, after they commit', async () => {
    const t = await testApp();
    await t.request('POST', '/api/v1/plans', { as: 'planner', json: { year: 2021, title: '计划', bureau: '某局' } });
    await t.request('POST', '/api/v1/plans', { as: 'planner', json: { year: 1800 } });
    const changes = t.logger.lines.filter((line) => line.msg === 'state change');
    expect(changes).toEqual([{ level: 'info', msg: 'state change', action: 'plans.create', id: 1, actor: 'planner-1' }]);
  });
});

describe('request bodies', () => {
  it('refuses a large body before authentication, except a directory import', async () => {
    const t = await testApp();
    const big = 'x'.repeat(2 * 1024 * 1024);
    const response = await t.request('POST', '/api/v1/plans', { body: big, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    // 1.5 MiB of rows (all the same firm, so the import is refused for the duplicates, not the size).
    const rows = '91350100M000100Y43,甲律师事务所,law_firm\n'.repeat(40_000);
    const imported = await t.request('POST', '/api/v1/directories/targets/import?filename=t.csv', { as: 'planner', body: `id,name,kind\n${rows}` });
    expect(imported.status).toBe(422);
    expect(imported.body.error.message).toMatch(/rejected, nothing imported/);
  });
});
