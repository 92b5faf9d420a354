import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';

const HASH = 'sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8';

/** API tokens: stored by hash, revoked once, never showing the hash in the audit log. */
export function tokensContract(open: () => Promise<Store>): void {
  describe('tokens', () => {
    const store = useStore(open);
    const givenAccount = () => store().accounts.create({ id: 'wangjg', name: '王建国', roles: ['drawer'] }, by('admin'));

    it('creates a token for an account, auditing it without the secret’s hash', async () => {
      await givenAccount();
      const change = by('admin');
      const token = await store().tokens.create({ id: 'tok_3fa9', accountId: 'wangjg', label: '抽取终端', secretHash: HASH }, change);
      expect(token).toEqual({ id: 'tok_3fa9', accountId: 'wangjg', label: '抽取终端', secretHash: HASH, createdAt: change.at, revokedAt: null });
      expect(await store().tokens.get('tok_3fa9')).toEqual(token);
      const entry = await lastAudit(store());
      expect(entry).toMatchObject({ action: 'token.create', entity: 'token', entityId: 'tok_3fa9', before: null, after: { id: 'tok_3fa9', accountId: 'wangjg', label: '抽取终端' } });
      expect(JSON.stringify(await store().audit.list())).not.toContain(HASH.slice(7));
    });

    it('refuses a token for an account it does not hold, or with an id that is taken', async () => {
      const missing = await refused(store(), () => store().tokens.create({ id: 'tok_1', accountId: 'nobody', label: 'x', secretHash: HASH }, by('admin')));
      expect(missing.code).toBe('NOT_FOUND');
      expect(missing.message).toContain('nobody');
      await givenAccount();
      const first = await store().tokens.create({ id: 'tok_1', accountId: 'wangjg', label: '笔记本', secretHash: HASH }, by('admin'));
      const taken = await refused(store(), () => store().tokens.create({ id: 'tok_1', accountId: 'wangjg', label: '手机', secretHash: HASH }, by('admin')));
      expect(taken.code).toBe('CONFLICT');
      expect(await store().tokens.list({ accountId: 'wangjg' })).toEqual([first]);
    });

    it('revokes a token once', async () => {
      await givenAccount();
      const token = await store().tokens.create({ id: 'tok_1', accountId: 'wangjg', label: '笔记本', secretHash: HASH }, by('admin'));
      const change = by('wangjg');
      const revoked = await store().tokens.revoke('tok_1', change);
      expect(revoked).toEqual({ ...token, revokedAt: change.at });
      const entry = await lastAudit(store());
      expect(entry).toMatchObject({ action: 'token.revoke', entityId: 'tok_1', before: { revokedAt: null }, after: { revokedAt: change.at } });
      expect(JSON.stringify(entry)).not.toContain(HASH.slice(7));
      const again = await refused(store(), () => store().tokens.revoke('tok_1', by('admin')));
      expect(again.code).toBe('CONFLICT');
      expect(again.message).toContain('already revoked');
      expect(await store().tokens.get('tok_1')).toEqual(revoked);
    });

    it('answers NOT_FOUND for revoking a token it does not hold', async () => {
      expect((await refused(store(), () => store().tokens.revoke('tok_404', by('admin')))).code).toBe('NOT_FOUND');
      expect(await store().tokens.get('tok_404')).toBeUndefined();
    });

    it('lists the tokens of one account, oldest first', async () => {
      await givenAccount();
      await store().accounts.create({ id: 'lixm', name: '李晓明', roles: ['clerk'] }, by('admin'));
      const a = await store().tokens.create({ id: 'tok_b', accountId: 'wangjg', label: '笔记本', secretHash: HASH }, by('admin'));
      await store().tokens.create({ id: 'tok_c', accountId: 'lixm', label: '笔记本', secretHash: HASH }, by('admin'));
      const b = await store().tokens.create({ id: 'tok_a', accountId: 'wangjg', label: '手机', secretHash: HASH }, by('admin'));
      expect(await store().tokens.list({ accountId: 'wangjg' })).toEqual([a, b]);
      expect(await store().tokens.list({ accountId: 'nobody' })).toEqual([]);
    });
  });
}
