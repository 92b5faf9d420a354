import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by, drawRecord, SEED } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';
import { completeInput, givenDrawnDraw, givenPreparedDraw } from './_scenarios.ts';

/** Completing and cancelling draws: drawn once, cancelled once with a reason, never edited. */
export function drawsLifecycleContract(open: () => Promise<Store>): void {
  describe('draws.complete and draws.cancel', () => {
    const store = useStore(open);

    it('stores the seed and the record of a prepared draw', async () => {
      const { draw } = await givenPreparedDraw(store());
      const change = by('drawer');
      const drawn = await store().draws.complete(draw.id, completeInput(), change);
      const { record, recordDigest } = drawRecord();
      expect(drawn).toEqual({ ...draw, status: 'drawn', seed: SEED, seedSource: 'operator', record, recordDigest, drawnAt: change.at, drawnBy: 'drawer' });
      expect(await store().draws.get(draw.id)).toEqual(drawn);
      expect(await lastAudit(store())).toMatchObject({ action: 'draw.complete', entity: 'draw', entityId: String(draw.id), before: draw, after: drawn });
    });

    it('draws a draw once: a second complete is refused and changes nothing', async () => {
      const { draw } = await givenDrawnDraw(store());
      const error = await refused(store(), () => store().draws.complete(draw.id, completeInput(), by('drawer')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`draw ${draw.id} is drawn`);
      expect(await store().draws.get(draw.id)).toEqual(draw);
    });

    it('lets exactly one of two simultaneous completes succeed', async () => {
      const { draw } = await givenPreparedDraw(store());
      const attempts = await Promise.allSettled([store().draws.complete(draw.id, completeInput(), by('drawer-1')), store().draws.complete(draw.id, completeInput(), by('drawer-2'))]);
      expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
      const failure = attempts.find((attempt) => attempt.status === 'rejected');
      expect(failure?.status === 'rejected' && failure.reason).toMatchObject({ code: 'CONFLICT' });
      expect(await store().audit.list({ entity: 'draw', entityId: String(draw.id) })).toHaveLength(2);
    });

    it('refuses to complete a cancelled draw, or one it does not hold', async () => {
      const { draw } = await givenPreparedDraw(store());
      const cancelled = await store().draws.cancel(draw.id, { reason: '停电' }, by('drawer'));
      expect((await refused(store(), () => store().draws.complete(draw.id, completeInput(), by('drawer')))).code).toBe('CONFLICT');
      expect(await store().draws.get(draw.id)).toEqual(cancelled);
      const missing = await refused(store(), () => store().draws.complete(404, completeInput(), by('drawer')));
      expect(missing.code).toBe('NOT_FOUND');
      expect(missing.message).toContain('draw 404');
    });

    it('refuses a record that was not drawn from what the draw froze', async () => {
      const { draw } = await givenPreparedDraw(store());
      const otherSeed = await refused(store(), () => store().draws.complete(draw.id, { ...completeInput(), seed: 'f'.repeat(64) }, by('drawer')));
      expect(otherSeed.code).toBe('CONFLICT');
      expect(otherSeed.message).toContain('seed');
      const otherTask = await refused(store(), () => store().draws.complete(draw.id, { ...completeInput(2) }, by('drawer')));
      expect(otherTask.message).toContain('task');
      const wrongDigest = await refused(store(), () => store().draws.complete(draw.id, { ...completeInput(), recordDigest: `sha256:${'0'.repeat(64)}` }, by('drawer')));
      expect(wrongDigest.message).toContain('digest');
      expect(await store().draws.get(draw.id)).toEqual(draw);
    });

    it('cancels a prepared draw with its reason', async () => {
      const { draw } = await givenPreparedDraw(store());
      const change = by('drawer');
      const cancelled = await store().draws.cancel(draw.id, { reason: '抽取现场停电' }, change);
      expect(cancelled).toEqual({ ...draw, status: 'cancelled', cancelledAt: change.at, cancelledBy: 'drawer', cancelReason: '抽取现场停电' });
      expect(await lastAudit(store())).toMatchObject({ action: 'draw.cancel', entityId: String(draw.id), before: draw, after: cancelled });
    });

    it('cancels a drawn draw and keeps its record visible', async () => {
      const { draw } = await givenDrawnDraw(store());
      const cancelled = await store().draws.cancel(draw.id, { reason: '检查对象名录导入有误' }, by('admin'));
      expect(cancelled).toMatchObject({ status: 'cancelled', seed: SEED, record: draw.record, recordDigest: draw.recordDigest, cancelReason: '检查对象名录导入有误' });
    });

    it('cancels once, and only with a reason', async () => {
      const { draw } = await givenPreparedDraw(store());
      const noReason = await refused(store(), () => store().draws.cancel(draw.id, { reason: '   ' }, by('drawer')));
      expect(noReason.code).toBe('CONFLICT');
      expect(await store().draws.get(draw.id)).toEqual(draw);
      const cancelled = await store().draws.cancel(draw.id, { reason: '停电' }, by('drawer'));
      const again = await refused(store(), () => store().draws.cancel(draw.id, { reason: '再次取消' }, by('drawer')));
      expect(again.code).toBe('CONFLICT');
      expect(again.message).toContain('already cancelled');
      expect(await store().draws.get(draw.id)).toEqual(cancelled);
      expect((await refused(store(), () => store().draws.cancel(404, { reason: '停电' }, by('drawer')))).code).toBe('NOT_FOUND');
    });

    it('lists draws, all or of one task, and answers undefined for an unknown id', async () => {
      const first = await givenPreparedDraw(store());
      const second = await givenPreparedDraw(store(), { n: 2, frozen: first.frozen });
      expect(await store().draws.list()).toEqual([first.draw, second.draw]);
      expect(await store().draws.list({ taskId: second.task.id })).toEqual([second.draw]);
      expect(await store().draws.get(404)).toBeUndefined();
    });
  });
}
