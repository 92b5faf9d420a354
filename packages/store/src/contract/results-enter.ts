import { describe, expect, it } from 'vitest';
import type { Store } from '../store.ts';
import { by, creditCode, outcome, problemOutcome } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';
import { givenDrawnDraw, givenPreparedDraw, givenResult } from './_scenarios.ts';

/** Entering results: only for drawn targets, one open version at a time, corrections named. */
export function resultsEnterContract(open: () => Promise<Store>): void {
  describe('results.enter', () => {
    const store = useStore(open);

    it('enters a result for a drawn target', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const change = by('clerk');
      const result = await store().results.enter({ drawId: draw.id, targetId: targetIds[0]!, outcome: problemOutcome, corrects: null }, change);
      expect(result).toEqual({
        id: result.id,
        drawId: draw.id,
        targetId: targetIds[0],
        outcome: problemOutcome,
        status: 'entered',
        corrects: null,
        enteredAt: change.at,
        enteredBy: 'clerk',
        updatedAt: change.at,
        reviewedAt: null,
        reviewedBy: null,
        reviewNote: null,
        publishedAt: null,
        publishedBy: null,
      });
      expect(await store().results.get(result.id)).toEqual(result);
      expect(await lastAudit(store())).toMatchObject({ action: 'result.enter', entity: 'result', entityId: String(result.id), before: null, after: result });
    });

    it('answers NOT_FOUND for a draw it does not hold', async () => {
      const error = await refused(store(), () => store().results.enter({ drawId: 404, targetId: creditCode(1), outcome: outcome(), corrects: null }, by('clerk')));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('draw 404');
    });

    it('refuses a result for a draw that is prepared or cancelled', async () => {
      const { draw } = await givenPreparedDraw(store());
      const enter = () => store().results.enter({ drawId: draw.id, targetId: creditCode(1), outcome: outcome(), corrects: null }, by('clerk'));
      expect((await refused(store(), enter)).message).toContain('prepared');
      await store().draws.cancel(draw.id, { reason: '停电' }, by('drawer'));
      expect((await refused(store(), enter)).code).toBe('CONFLICT');
      expect(await store().results.list({ drawId: draw.id })).toEqual([]);
    });

    it('refuses a result for a target the draw did not select', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const notDrawn = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(creditCode).find((id) => !targetIds.includes(id))!;
      const error = await refused(store(), () => store().results.enter({ drawId: draw.id, targetId: notDrawn, outcome: outcome(), corrects: null }, by('clerk')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(notDrawn);
      expect(await store().results.list({ drawId: draw.id })).toEqual([]);
    });

    it('refuses a second unpublished result for the same target, whatever its status', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const targetId = targetIds[0]!;
      const first = await givenResult(store(), { drawId: draw.id, targetId, status: 'entered' });
      const enterAgain = async () => {
        const error = await refused(store(), () => store().results.enter({ drawId: draw.id, targetId, outcome: outcome(), corrects: null }, by('clerk')));
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toContain(`result ${first.id}`);
      };
      await enterAgain();
      await store().results.transition(first.id, { from: 'entered', to: 'returned', note: '补充检查记录' }, by('reviewer'));
      await enterAgain();
      await store().results.update(first.id, outcome(), by('clerk'));
      await store().results.transition(first.id, { from: 'entered', to: 'reviewed' }, by('reviewer'));
      await enterAgain();
      expect(await store().results.list({ drawId: draw.id })).toHaveLength(1);
    });

    it('lets one target of a draw have a result while another target gets its own', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      await givenResult(store(), { drawId: draw.id, targetId: targetIds[0]!, status: 'entered' });
      await givenResult(store(), { drawId: draw.id, targetId: targetIds[1]!, status: 'entered' });
      expect((await store().results.list({ drawId: draw.id })).map((result) => result.targetId)).toEqual(targetIds.slice(0, 2));
    });

    it('refuses to call a first result a correction', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const other = await givenResult(store(), { drawId: draw.id, targetId: targetIds[1]!, status: 'published' });
      const error = await refused(store(), () => store().results.enter({ drawId: draw.id, targetId: targetIds[0]!, outcome: outcome(), corrects: other.id }, by('clerk')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('nothing to correct');
    });

    it('after publication, accepts only a correction that names the latest published result', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const targetId = targetIds[0]!;
      const published = await givenResult(store(), { drawId: draw.id, targetId, status: 'published' });
      const uncorrected = await refused(store(), () => store().results.enter({ drawId: draw.id, targetId, outcome: problemOutcome, corrects: null }, by('clerk')));
      expect(uncorrected.code).toBe('CONFLICT');
      expect(uncorrected.message).toContain(`result ${published.id}`);
      const correction = await givenResult(store(), { drawId: draw.id, targetId, status: 'published', corrects: published.id });
      expect(correction.corrects).toBe(published.id);
      const stale = await refused(store(), () => store().results.enter({ drawId: draw.id, targetId, outcome: outcome(), corrects: published.id }, by('clerk')));
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toContain(`result ${correction.id}`);
      const second = await store().results.enter({ drawId: draw.id, targetId, outcome: outcome(), corrects: correction.id }, by('clerk'));
      expect(second.corrects).toBe(correction.id);
      expect(await store().results.get(published.id)).toEqual(published);
    });

    it('lists the results of a draw, oldest first, and answers undefined for an unknown id', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const a = await givenResult(store(), { drawId: draw.id, targetId: targetIds[2]!, status: 'entered' });
      const b = await givenResult(store(), { drawId: draw.id, targetId: targetIds[0]!, status: 'reviewed' });
      expect(await store().results.list({ drawId: draw.id })).toEqual([a, b]);
      expect(await store().results.list({ drawId: 404 })).toEqual([]);
      expect(await store().results.get(404)).toBeUndefined();
    });
  });
}
