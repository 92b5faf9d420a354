import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by, plan, plannedTask } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';
import { givenDirectories, givenTask, prepareInput } from './_scenarios.ts';

/** Tasks: unique numbers, frozen once drawn. */
export function tasksContract(open: () => Promise<Store>): void {
  describe('tasks', () => {
    const store = useStore(open);

    it('creates a task of a plan', async () => {
      const planEntry = await store().plans.create(plan(), by('planner'));
      const change = by('planner');
      const entry = await store().tasks.create(planEntry.id, plannedTask(1), change);
      expect(entry).toEqual({ id: entry.id, planId: planEntry.id, planned: plannedTask(1), createdAt: change.at, updatedAt: change.at });
      expect(await store().tasks.get(entry.id)).toEqual(entry);
      expect(await lastAudit(store())).toMatchObject({ action: 'task.create', entity: 'task', entityId: String(entry.id), before: null, after: entry });
    });

    it('refuses a task for a plan it does not hold', async () => {
      const error = await refused(store(), () => store().tasks.create(404, plannedTask(1), by('planner')));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('plan 404');
      expect(await store().tasks.list()).toEqual([]);
    });

    it('refuses a second task with the same number, naming the first', async () => {
      const { plan: planEntry, task } = await givenTask(store());
      const error = await refused(store(), () => store().tasks.create(planEntry.id, plannedTask(1), by('planner')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`task ${task.id}`);
      expect(error.message).toContain('坪司抽查〔2021〕1号');
      expect(await store().tasks.list()).toEqual([task]);
    });

    it('updates a task before it is drawn', async () => {
      const { task } = await givenTask(store());
      const change = by('planner');
      const updated = await store().tasks.update(task.id, plannedTask(2), change);
      expect(updated).toEqual({ ...task, planned: plannedTask(2), updatedAt: change.at });
      expect(await lastAudit(store())).toMatchObject({ action: 'task.update', before: task, after: updated });
    });

    it('refuses to give a task the number of another', async () => {
      const { task } = await givenTask(store(), { n: 1 });
      await givenTask(store(), { n: 2 });
      const error = await refused(store(), () => store().tasks.update(task.id, plannedTask(2), by('planner')));
      expect(error.code).toBe('CONFLICT');
      expect(await store().tasks.get(task.id)).toEqual(task);
    });

    it('freezes a task once it has a draw, even a cancelled one', async () => {
      const frozen = await givenDirectories(store());
      const { task } = await givenTask(store());
      const draw = await store().draws.prepare(prepareInput(task.id, frozen), by('drawer'));
      let error = await refused(store(), () => store().tasks.update(task.id, plannedTask(2), by('planner')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`draw ${draw.id}`);
      await store().draws.cancel(draw.id, { reason: '抽取现场停电' }, by('drawer'));
      error = await refused(store(), () => store().tasks.update(task.id, plannedTask(2), by('planner')));
      expect(error.code).toBe('CONFLICT');
      expect(await store().tasks.get(task.id)).toEqual(task);
    });

    it('answers NOT_FOUND for updating a task it does not hold', async () => {
      expect((await refused(store(), () => store().tasks.update(404, plannedTask(1), by('planner')))).code).toBe('NOT_FOUND');
      expect(await store().tasks.get(404)).toBeUndefined();
    });

    it('lists tasks, all or of one plan', async () => {
      const a = await givenTask(store(), { n: 1 });
      const b = await givenTask(store(), { n: 2 });
      expect(await store().tasks.list()).toEqual([a.task, b.task]);
      expect(await store().tasks.list({ planId: b.plan.id })).toEqual([b.task]);
    });
  });
}
