import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by, plan } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';

/** Annual plans: drafts edited freely, published once. */
export function plansContract(open: () => Promise<Store>): void {
  describe('plans', () => {
    const store = useStore(open);

    it('creates a draft plan', async () => {
      const change = by('planner');
      const entry = await store().plans.create(plan(), change);
      expect(entry).toEqual({ id: entry.id, plan: plan(), publishedAt: null, createdAt: change.at, updatedAt: change.at });
      expect(await store().plans.get(entry.id)).toEqual(entry);
      expect(await lastAudit(store())).toMatchObject({ action: 'plan.create', entity: 'plan', entityId: String(entry.id), before: null, after: entry });
    });

    it('replaces a plan’s text and audits before and after', async () => {
      const created = await store().plans.create(plan(), by('planner'));
      const change = by('planner');
      const updated = await store().plans.update(created.id, { ...plan(), title: '坪山区司法局2021年度双随机抽查工作计划（修订）' }, change);
      expect(updated).toMatchObject({ id: created.id, createdAt: created.createdAt, updatedAt: change.at });
      expect(updated.plan.title).toContain('修订');
      expect(await lastAudit(store())).toMatchObject({ action: 'plan.update', before: created, after: updated });
    });

    it('refuses to edit a published plan', async () => {
      const created = await store().plans.create(plan(), by('planner'));
      const published = await store().plans.publish(created.id, by('admin'));
      const error = await refused(store(), () => store().plans.update(created.id, { ...plan(), title: '改过的标题' }, by('planner')));
      expect(error.code).toBe('CONFLICT');
      expect(await store().plans.get(created.id)).toEqual(published);
    });

    it('publishes a plan once', async () => {
      const created = await store().plans.create(plan(), by('planner'));
      const change = by('admin');
      const published = await store().plans.publish(created.id, change);
      expect(published.publishedAt).toBe(change.at);
      expect(await lastAudit(store())).toMatchObject({ action: 'plan.publish', actor: 'admin', before: created, after: published });
      const error = await refused(store(), () => store().plans.publish(created.id, by('admin')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`plan ${created.id}`);
      expect(await store().plans.get(created.id)).toEqual(published);
    });

    it('answers NOT_FOUND for updating or publishing a plan it does not hold', async () => {
      expect((await refused(store(), () => store().plans.update(404, plan(), by('planner')))).code).toBe('NOT_FOUND');
      const error = await refused(store(), () => store().plans.publish(404, by('planner')));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('404');
      expect(await store().plans.get(404)).toBeUndefined();
    });

    it('lists every plan, or the published ones only', async () => {
      const draft = await store().plans.create(plan(2021), by('planner'));
      const published = await store().plans.publish((await store().plans.create(plan(2022), by('planner'))).id, by('admin'));
      expect(await store().plans.list()).toEqual([draft, published]);
      expect(await store().plans.list({ publishedOnly: true })).toEqual([published]);
    });
  });
}
