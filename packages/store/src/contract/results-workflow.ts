import { describe, expect, it } from 'vitest';
import type { ResultStatus } from '../entities.ts';
import type { Store } from '../store.ts';
import { by, outcome, problemOutcome } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';
import { givenDrawnDraw, givenResult } from './_scenarios.ts';

/** Editing and moving results: 录入 → 审核 (or back to the clerk) → 公示. */
export function resultsWorkflowContract(open: () => Promise<Store>): void {
  describe('results.update and results.transition', () => {
    const store = useStore(open);
    const givenOne = async (status: 'entered' | 'reviewed' | 'published') => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      return givenResult(store(), { drawId: draw.id, targetId: targetIds[0]!, status });
    };

    it('freezes the results of a cancelled draw', async () => {
      const { draw, targetIds } = await givenDrawnDraw(store());
      const result = await givenResult(store(), { drawId: draw.id, targetId: targetIds[0]!, status: 'entered' });
      await store().draws.cancel(draw.id, { reason: '抽取程序违规' }, by('drawer'));
      expect((await refused(store(), () => store().results.transition(result.id, { from: 'entered', to: 'reviewed' }, by('reviewer')))).message).toMatch(/cancelled/);
      expect((await refused(store(), () => store().results.update(result.id, problemOutcome, by('clerk')))).code).toBe('CONFLICT');
      expect(await store().results.get(result.id)).toEqual(result);
    });

    it('lets the clerk edit an entered result', async () => {
      const before = await givenOne('entered');
      const change = by('clerk');
      const after = await store().results.update(before.id, problemOutcome, change);
      expect(after).toEqual({ ...before, outcome: problemOutcome, updatedAt: change.at });
      expect(await lastAudit(store())).toMatchObject({ action: 'result.update', entityId: String(before.id), before, after });
    });

    it('approves an entered result, with an optional note', async () => {
      const before = await givenOne('entered');
      const change = by('reviewer');
      const after = await store().results.transition(before.id, { from: 'entered', to: 'reviewed', note: '材料齐全' }, change);
      expect(after).toEqual({ ...before, status: 'reviewed', reviewedAt: change.at, reviewedBy: 'reviewer', reviewNote: '材料齐全', updatedAt: change.at });
      expect(await lastAudit(store())).toMatchObject({ action: 'result.review', before, after });
    });

    it('returns a result to the clerk with a note, and an edit makes it entered again', async () => {
      const entered = await givenOne('entered');
      const change = by('reviewer');
      const returned = await store().results.transition(entered.id, { from: 'entered', to: 'returned', note: '请补充检查记录' }, change);
      expect(returned).toMatchObject({ status: 'returned', reviewNote: '请补充检查记录', reviewedBy: 'reviewer', reviewedAt: change.at });
      expect(await lastAudit(store())).toMatchObject({ action: 'result.return', before: entered, after: returned });
      const edited = await store().results.update(entered.id, problemOutcome, by('clerk'));
      expect(edited.status).toBe('entered');
      const reviewed = await store().results.transition(entered.id, { from: 'entered', to: 'reviewed' }, by('reviewer'));
      const returnedAgain = await store().results.transition(entered.id, { from: 'reviewed', to: 'returned', note: '结论与记录不符' }, by('reviewer'));
      expect(returnedAgain.status).toBe('returned');
      expect(reviewed.status).toBe('reviewed');
    });

    it('refuses to return a result without a note', async () => {
      const before = await givenOne('entered');
      for (const note of [undefined, null, '  ']) {
        const error = await refused(store(), () => store().results.transition(before.id, { from: 'entered', to: 'returned', note }, by('reviewer')));
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toContain('note');
      }
      expect(await store().results.get(before.id)).toEqual(before);
    });

    it('publishes a reviewed result', async () => {
      const before = await givenOne('reviewed');
      const change = by('reviewer');
      const after = await store().results.transition(before.id, { from: 'reviewed', to: 'published' }, change);
      expect(after).toEqual({ ...before, status: 'published', publishedAt: change.at, publishedBy: 'reviewer', updatedAt: change.at });
      expect(await lastAudit(store())).toMatchObject({ action: 'result.publish', before, after });
    });

    it('refuses a move from a status the result is not in, naming the one it is in', async () => {
      const before = await givenOne('reviewed');
      const error = await refused(store(), () => store().results.transition(before.id, { from: 'entered', to: 'reviewed' }, by('reviewer')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('is reviewed');
      expect(await store().results.get(before.id)).toEqual(before);
    });

    const forbidden: [ResultStatus, ResultStatus][] = [
      ['entered', 'published'],
      ['entered', 'entered'],
      ['reviewed', 'entered'],
      ['reviewed', 'reviewed'],
    ];
    it.each(forbidden)('refuses to move a result from %s to %s', async (from, to) => {
      const before = await givenOne(from === 'entered' ? 'entered' : 'reviewed');
      const error = await refused(store(), () => store().results.transition(before.id, { from, to, note: '说明' }, by('reviewer')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(from);
      expect(await store().results.get(before.id)).toEqual(before);
    });

    it('never moves or edits a published result', async () => {
      const before = await givenOne('published');
      for (const to of ['entered', 'reviewed', 'returned'] as const) {
        const error = await refused(store(), () => store().results.transition(before.id, { from: 'published', to, note: '撤回' }, by('reviewer')));
        expect(error.code).toBe('CONFLICT');
      }
      const edit = await refused(store(), () => store().results.update(before.id, problemOutcome, by('clerk')));
      expect(edit.code).toBe('CONFLICT');
      expect(edit.message).toContain('correction');
      expect(await store().results.get(before.id)).toEqual(before);
    });

    it('refuses to edit a result under review', async () => {
      const before = await givenOne('reviewed');
      const error = await refused(store(), () => store().results.update(before.id, outcome(), by('clerk')));
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('reviewed');
    });

    it('answers NOT_FOUND for a result it does not hold', async () => {
      expect((await refused(store(), () => store().results.update(404, outcome(), by('clerk')))).code).toBe('NOT_FOUND');
      const error = await refused(store(), () => store().results.transition(404, { from: 'entered', to: 'reviewed' }, by('reviewer')));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toContain('result 404');
    });
  });
}
