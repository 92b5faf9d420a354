import { describe, expect, it } from 'vitest';
import type { ResultEntry } from '../entities.ts';
import type { Store } from '../store.ts';
import { by, outcome, problemOutcome } from './_fixtures.ts';
import { useStore } from './_expect.ts';
import { givenDrawnDraw, givenResult } from './_scenarios.ts';

/** The public listing: published results only, newest first, filtered and paged. */
export function resultsPublishedContract(open: () => Promise<Store>): void {
  describe('results.listPublished', () => {
    const store = useStore(open);

    /**
     * Task 1 (plan 2021, joint teams) and task 2 (plan 2022, teams of 律师公证管理科 only);
     * published: three targets of task 1 (one with a problem found) and two of task 2;
     * unpublished: one entered and one reviewed result of task 1.
     */
    async function givenPublications() {
      const first = await givenDrawnDraw(store(), { n: 1, year: 2021 });
      const second = await givenDrawnDraw(store(), { n: 2, year: 2022, frozen: first.frozen });
      const publish = async (drawId: number, targetId: string, result = outcome()) => {
        const entered = await store().results.enter({ drawId, targetId, outcome: result, corrects: null }, by('clerk'));
        await store().results.transition(entered.id, { from: 'entered', to: 'reviewed' }, by('reviewer'));
        return store().results.transition(entered.id, { from: 'reviewed', to: 'published' }, by('reviewer'));
      };
      const [a, b, c, d, e] = first.targetIds;
      const published = [
        await publish(first.draw.id, a!),
        await publish(first.draw.id, b!, problemOutcome),
        await publish(second.draw.id, a!),
        await publish(first.draw.id, c!),
        await publish(second.draw.id, d!),
      ];
      await givenResult(store(), { drawId: first.draw.id, targetId: d!, status: 'entered' });
      await givenResult(store(), { drawId: first.draw.id, targetId: e!, status: 'reviewed' });
      const newestFirst = [...published].reverse();
      return { first, second, published, newestFirst };
    }

    const ids = (results: readonly ResultEntry[]) => results.map((result) => result.id);

    it('lists only published results, newest publication first, with the total', async () => {
      const { newestFirst } = await givenPublications();
      const listed = await store().results.listPublished({});
      expect(listed.total).toBe(5);
      expect(ids(listed.results)).toEqual(ids(newestFirst));
      expect(listed.results.every((result) => result.status === 'published')).toBe(true);
      expect(listed.results[0]).toEqual(newestFirst[0]);
    });

    it('pages with limit and offset, the total counting every match', async () => {
      const { newestFirst } = await givenPublications();
      const page = await store().results.listPublished({ limit: 2, offset: 2 });
      expect(page.total).toBe(5);
      expect(ids(page.results)).toEqual(ids(newestFirst.slice(2, 4)));
      expect((await store().results.listPublished({ limit: 2, offset: 4 })).results).toHaveLength(1);
      expect(await store().results.listPublished({ offset: 10 })).toEqual({ total: 5, results: [] });
    });

    it('filters by the plan’s year and by task', async () => {
      const { first, second, published } = await givenPublications();
      const in2022 = await store().results.listPublished({ year: 2022 });
      expect(ids(in2022.results).sort()).toEqual(ids(published.filter((result) => result.drawId === second.draw.id)).sort());
      expect((await store().results.listPublished({ taskId: first.task.id })).total).toBe(3);
      expect((await store().results.listPublished({ year: 2020 })).total).toBe(0);
    });

    it('follows a change of the plan’s year', async () => {
      const { second } = await givenPublications();
      await store().plans.update(second.plan.id, { ...second.plan.plan, year: 2023 }, by('planner'));
      expect((await store().results.listPublished({ year: 2022 })).total).toBe(0);
      expect((await store().results.listPublished({ year: 2023 })).total).toBe(2);
    });

    it('filters by target kind, by result category and by department of the team', async () => {
      const { first, published } = await givenPublications();
      const kindOf = new Map(first.selected.map((entry) => [entry.target.id, entry.target.kind]));
      const notaries = published.filter((result) => kindOf.get(result.targetId) === 'notary_office');
      expect(notaries.length).toBeGreaterThan(0);
      expect(ids((await store().results.listPublished({ targetKind: 'notary_office' })).results).sort()).toEqual(ids(notaries).sort());
      const pending = await store().results.listPublished({ category: 'pending' });
      expect(ids(pending.results)).toEqual([published[1]!.id]);
      // Only task 1's joint teams include the market-regulation bureau.
      expect((await store().results.listPublished({ department: '区市场监督管理局' })).total).toBe(3);
      expect((await store().results.listPublished({ department: '律师公证管理科' })).total).toBe(5);
    });

    it('finds targets by a part of the name or the start of the credit code', async () => {
      const { first, published } = await givenPublications();
      const target = first.selected[0]!.target;
      const byName = await store().results.listPublished({ query: target.name.slice(2, 6) });
      expect(byName.results.map((result) => result.targetId)).toContain(target.id);
      expect(byName.results.every((result) => first.selected.find((entry) => entry.target.id === result.targetId)?.target.name.includes(target.name.slice(2, 6)))).toBe(true);
      const byCode = await store().results.listPublished({ query: target.id.slice(0, 17) });
      expect(ids(byCode.results).sort()).toEqual(ids(published.filter((result) => result.targetId === target.id)).sort());
      expect((await store().results.listPublished({ query: target.id.slice(5, 17) })).total).toBe(0);
      expect((await store().results.listPublished({ query: '不存在的律师事务所' })).total).toBe(0);
    });

    it('filters by target and combines filters', async () => {
      const { first, published } = await givenPublications();
      const targetId = first.targetIds[0]!;
      expect((await store().results.listPublished({ targetId })).total).toBe(2);
      const both = await store().results.listPublished({ targetId, year: 2021 });
      expect(ids(both.results)).toEqual([published[0]!.id]);
    });
  });
}
