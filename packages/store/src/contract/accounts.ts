import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';

/** Staff accounts: unique ids, partial updates, audited. */
export function accountsContract(open: () => Promise<Store>): void {
  describe('accounts', () => {
    const store = useStore(open);

    it('creates an account and counts it', async () => {
      expect(await store().accounts.count()).toBe(0);
      const change = by('system');
      const account = await store().accounts.create({ id: 'wangjg', name: '王建国', roles: ['planner', 'drawer'] }, change);
      expect(account).toEqual({ id: 'wangjg', name: '王建国', roles: ['planner', 'drawer'], disabled: false, createdAt: change.at });
      expect(await store().accounts.get('wangjg')).toEqual(account);
      expect(await store().accounts.count()).toBe(1);
      expect(await lastAudit(store())).toMatchObject({ action: 'account.create', entity: 'account', entityId: 'wangjg', actor: 'system', before: null, after: account });
    });

    it('refuses an id that is taken', async () => {
      const first = await store().accounts.create({ id: 'wangjg', name: '王建国', roles: ['admin'] }, by('system'));
      const error = await refused(store(), () => store().accounts.create({ id: 'wangjg', name: '王军', roles: ['clerk'] }, by('admin')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('wangjg');
      expect(await store().accounts.list()).toEqual([first]);
    });

    it('updates only the fields given', async () => {
      const before = await store().accounts.create({ id: 'lixm', name: '李晓明', roles: ['clerk'] }, by('admin'));
      const renamed = await store().accounts.update('lixm', { roles: ['clerk', 'reviewer'] }, by('admin'));
      expect(renamed).toEqual({ ...before, roles: ['clerk', 'reviewer'] });
      expect(await lastAudit(store())).toMatchObject({ action: 'account.update', entityId: 'lixm', before, after: renamed });
      const disabled = await store().accounts.update('lixm', { disabled: true, name: '李晓明（已调离）' }, by('admin'));
      expect(disabled).toEqual({ ...renamed, disabled: true, name: '李晓明（已调离）' });
    });

    it('answers NOT_FOUND for updating an account it does not hold', async () => {
      const error = await refused(store(), () => store().accounts.update('nobody', { disabled: true }, by('admin')));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('nobody');
      expect(await store().accounts.get('nobody')).toBeUndefined();
    });

    it('lists accounts by id', async () => {
      await store().accounts.create({ id: 'zhanglh', name: '张丽华', roles: ['reviewer'] }, by('admin'));
      await store().accounts.create({ id: 'chenj', name: '陈静', roles: ['auditor'] }, by('admin'));
      expect((await store().accounts.list()).map((account) => account.id)).toEqual(['chenj', 'zhanglh']);
    });
  });
}
