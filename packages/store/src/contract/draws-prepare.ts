import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by, pools, task } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';
import { givenDirectories, givenPreparedDraw, givenTask, prepareInput } from './_scenarios.ts';

/** Preparing draws: one active draw per task, replacements that name the latest draw. */
export function drawsPrepareContract(open: () => Promise<Store>): void {
  describe('draws.prepare', () => {
    const store = useStore(open);

    it('freezes the task and the directory versions', async () => {
      const frozen = await givenDirectories(store());
      const { task: taskEntry } = await givenTask(store());
      const change = by('drawer');
      const draw = await store().draws.prepare(prepareInput(taskEntry.id, frozen), change);
      expect(draw).toEqual({
        id: draw.id,
        taskId: taskEntry.id,
        status: 'prepared',
        task: task(1),
        versions: frozen.versions,
        digests: pools.digests,
        replaces: null,
        preparedAt: change.at,
        preparedBy: 'drawer',
        commitment: null,
        commitmentDigest: null,
        seed: null,
        seedSource: null,
        evidence: null,
        record: null,
        recordDigest: null,
        drawnAt: null,
        drawnBy: null,
        cancelledAt: null,
        cancelledBy: null,
        cancelReason: null,
      });
      expect(await store().draws.get(draw.id)).toEqual(draw);
      expect(await lastAudit(store())).toMatchObject({ action: 'draw.prepare', entity: 'draw', entityId: String(draw.id), actor: 'drawer', at: change.at, before: null, after: draw });
    });

    it('answers NOT_FOUND for a task it does not hold', async () => {
      const frozen = await givenDirectories(store());
      const error = await refused(store(), () => store().draws.prepare(prepareInput(404, frozen), by('drawer')));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('task 404');
    });

    it('refuses a second draw while the first is prepared or drawn', async () => {
      const { frozen, task: taskEntry, draw } = await givenPreparedDraw(store());
      for (const replaces of [null, draw.id]) {
        const error = await refused(store(), () => store().draws.prepare(prepareInput(taskEntry.id, frozen, 1, replaces), by('drawer')));
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toContain(`draw ${draw.id}`);
      }
      expect(await store().draws.list({ taskId: taskEntry.id })).toEqual([draw]);
    });

    it('lets exactly one of two simultaneous prepares of a task succeed', async () => {
      const frozen = await givenDirectories(store());
      const { task: taskEntry } = await givenTask(store());
      const attempts = await Promise.allSettled([
        store().draws.prepare(prepareInput(taskEntry.id, frozen), by('drawer-1')),
        store().draws.prepare(prepareInput(taskEntry.id, frozen), by('drawer-2')),
      ]);
      expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
      const failure = attempts.find((attempt) => attempt.status === 'rejected');
      expect(failure?.status === 'rejected' && failure.reason).toMatchObject({ code: 'CONFLICT' });
      expect(await store().draws.list({ taskId: taskEntry.id })).toHaveLength(1);
      expect(await store().audit.list({ entity: 'draw' })).toHaveLength(1);
    });

    it('refuses a first draw that claims to replace another', async () => {
      const { frozen, task: other, draw } = await givenPreparedDraw(store());
      const { task: taskEntry } = await givenTask(store(), { n: 2 });
      const error = await refused(store(), () => store().draws.prepare({ ...prepareInput(taskEntry.id, frozen, 2), replaces: draw.id }, by('drawer')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`task ${taskEntry.id}`);
      expect(await store().draws.list({ taskId: taskEntry.id })).toEqual([]);
      expect(other.id).not.toBe(taskEntry.id);
    });

    it('after a cancellation, prepares a new draw only if it names the cancelled one', async () => {
      const { frozen, task: taskEntry, draw } = await givenPreparedDraw(store());
      const cancelled = await store().draws.cancel(draw.id, { reason: '抽取现场停电，重新抽取' }, by('drawer'));
      for (const replaces of [null, draw.id + 1000]) {
        const error = await refused(store(), () => store().draws.prepare(prepareInput(taskEntry.id, frozen, 1, replaces), by('drawer')));
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toContain(`${draw.id}`);
      }
      const second = await store().draws.prepare(prepareInput(taskEntry.id, frozen, 1, draw.id), by('drawer'));
      expect(second.replaces).toBe(draw.id);
      expect(await store().draws.list({ taskId: taskEntry.id })).toEqual([cancelled, second]);
    });

    it('refuses to replace a cancelled draw that is not the latest', async () => {
      const { frozen, task: taskEntry, draw: first } = await givenPreparedDraw(store());
      await store().draws.cancel(first.id, { reason: '停电' }, by('drawer'));
      const second = await store().draws.prepare(prepareInput(taskEntry.id, frozen, 1, first.id), by('drawer'));
      await store().draws.cancel(second.id, { reason: '见证人未到场' }, by('drawer'));
      const error = await refused(store(), () => store().draws.prepare(prepareInput(taskEntry.id, frozen, 1, first.id), by('drawer')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`${second.id}`);
      expect(await store().draws.list({ taskId: taskEntry.id })).toHaveLength(2);
    });

    it('refuses directory versions it does not hold, or whose digest differs', async () => {
      const frozen = await givenDirectories(store());
      const { task: taskEntry } = await givenTask(store());
      const missing = await refused(store(), () =>
        store().draws.prepare({ ...prepareInput(taskEntry.id, frozen), versions: { ...frozen.versions, targets: 999 } }, by('drawer')),
      );
      expect(missing.code).toBe('NOT_FOUND');
      const otherPool = await refused(store(), () =>
        store().draws.prepare({ ...prepareInput(taskEntry.id, frozen), versions: { ...frozen.versions, targets: frozen.versions.inspectors } }, by('drawer')),
      );
      expect(otherPool.code).toBe('CONFLICT');
      const wrongDigest = { ...frozen.digests, targets: { count: 1, digest: `sha256:${'0'.repeat(64)}` } };
      const differs = await refused(store(), () => store().draws.prepare({ ...prepareInput(taskEntry.id, frozen), digests: wrongDigest }, by('drawer')));
      expect(differs.code).toBe('CONFLICT');
      expect(differs.message).toContain('targets');
      expect(await store().draws.list()).toEqual([]);
    });
  });
}
