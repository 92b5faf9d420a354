import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { AuditEntry } from '@fairdraw/store';
import { testApp } from '../_test-app.ts';

describe('accounts and tokens', () => {
  it('lets an admin create an account and a token that works once shown, and stores only its hash', async () => {
    const t = await testApp();
    const created = await t.request('POST', '/api/v1/accounts', { as: 'admin', json: { id: 'wang.li', name: '王力', roles: ['clerk'] } });
    expect(created.status).toBe(201);
    const issued = await t.request<{ id: string; token: string }>('POST', '/api/v1/accounts/wang.li/tokens', { as: 'admin', json: { label: '笔记本' } });
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^fd_[0-9a-f]{16}_/);
    const me = await t.request<{ id: string; roles: string[] }>('GET', '/api/v1/me', { as: { token: issued.body.token } });
    expect(me.body).toMatchObject({ id: 'wang.li', roles: ['clerk'] });
    const stored = await t.store.tokens.get(issued.body.id);
    // The secret may itself contain "_", so cut it by position, not by splitting.
    const secret = issued.body.token.slice('fd_'.length + 16 + 1);
    expect(secret).toHaveLength(43);
    expect(stored?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(stored?.secretHash).not.toContain(secret);
    const listed = await t.request('GET', '/api/v1/accounts/wang.li/tokens', { as: 'admin' });
    expect(listed.text).not.toContain('secretHash');
    expect(JSON.stringify(await t.store.audit.list())).not.toContain(stored!.secretHash);
  });

  it('stops accepting a revoked token and a disabled account', async () => {
    const t = await testApp();
    await t.request('POST', '/api/v1/accounts', { as: 'admin', json: { id: 'li', name: '李', roles: ['auditor'] } });
    const issued = await t.request<{ id: string; token: string }>('POST', '/api/v1/accounts/li/tokens', { as: 'admin', json: { label: 'x' } });
    expect((await t.request('POST', `/api/v1/accounts/li/tokens/${issued.body.id}/revoke`, { as: 'admin' })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/me', { as: { token: issued.body.token } })).status).toBe(401);
    await t.request('PATCH', '/api/v1/accounts/clerk-1', { as: 'admin', json: { disabled: true } });
    expect((await t.request('GET', '/api/v1/me', { as: 'clerk' })).status).toBe(401);
  });

  it('refuses account management to anyone but an admin', async () => {
    const t = await testApp();
    expect((await t.request('POST', '/api/v1/accounts', { as: 'planner', json: { id: 'x', name: 'x', roles: ['admin'] } })).status).toBe(403);
    expect((await t.request('POST', '/api/v1/accounts/planner-1/tokens', { as: 'planner', json: { label: 'x' } })).status).toBe(403);
    expect((await t.request('GET', '/api/v1/audit', { as: 'clerk' })).status).toBe(403);
  });

  it('records every change in the audit log with who, when, before and after', async () => {
    const t = await testApp();
    await t.request('PUT', '/api/v1/items/SF-LS-01', {
      as: 'planner',
      json: { code: 'SF-LS-01', name: '律师事务所执业活动监督检查', legalBasis: '《律师法》', targetKinds: ['law_firm'], method: 'on_site' },
    });
    const log = await t.request<{ entries: AuditEntry[] }>('GET', '/api/v1/audit?entity=item', { as: 'auditor' });
    expect(log.body.entries[0]).toMatchObject({ actor: 'planner-1', action: 'item.put', entityId: 'SF-LS-01', before: null });
    expect(log.body.entries[0]?.at).toMatch(/^2021-03-01T/);
  });
});
