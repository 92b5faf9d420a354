import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by, plan, plannedTask } from './_fixtures.ts';
import { refused, useStore } from './_expect.ts';

/** The audit log: newest first, filtered by entity, paged, and written only by writes that happen. */
export function auditContract(open: () => Promise<Store>): void {
  describe('audit', () => {
    const store = useStore(open);

    it('lists entries newest first, filtered by entity and id, paged by id', async () => {
      const first = await store().plans.create(plan(2021), by('planner'));
      const second = await store().plans.create(plan(2022), by('planner'));
      await store().tasks.create(first.id, plannedTask(1), by('planner'));
      await store().plans.publish(first.id, by('admin'));
      const all = await store().audit.list();
      expect(all.map((entry) => entry.action)).toEqual(['plan.publish', 'task.create', 'plan.create', 'plan.create']);
      expect(all.map((entry) => entry.id)).toEqual([...all.map((entry) => entry.id)].sort((a, b) => b - a));
      expect((await store().audit.list({ entity: 'plan' })).map((entry) => entry.action)).toEqual(['plan.publish', 'plan.create', 'plan.create']);
      expect((await store().audit.list({ entity: 'plan', entityId: String(second.id) })).map((entry) => entry.action)).toEqual(['plan.create']);
      const page = await store().audit.list({ limit: 2 });
      expect(page).toEqual(all.slice(0, 2));
      expect(await store().audit.list({ limit: 2, beforeId: page[1]!.id })).toEqual(all.slice(2, 4));
    });

    it('refuses a change without an actor or with a malformed time, and writes nothing', async () => {
      for (const change of [
        { actor: '', at: by('x').at },
        { actor: 'planner', at: '2021-06-01 10:00' },
        { actor: 'planner', at: '2021-06-01T02:03:04Z' },
      ]) {
        const error = await refused(store(), () => store().plans.create(plan(), change));
        expect(error.code).toBe('CONFLICT');
      }
      expect(await store().plans.list()).toEqual([]);
    });

    it('records a failed write nowhere: neither its change nor its audit entry', async () => {
      const created = await store().plans.create(plan(), by('planner'));
      await store().plans.publish(created.id, by('admin'));
      const before = await store().audit.list();
      await expect(store().plans.publish(created.id, by('admin'))).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(store().tasks.create(404, plannedTask(1), by('planner'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await store().audit.list()).toEqual(before);
      expect(await store().tasks.list()).toEqual([]);
    });
  });
}
