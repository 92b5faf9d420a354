import { describe, expect, it } from 'vitest';
import { YearArrangement, defaultArrangements } from '@fairdraw/core';
import type { Store } from '../store.ts';
import { by } from './_fixtures.ts';
import { lastAudit, useStore } from './_expect.ts';

const shipped2026 = YearArrangement.parse(defaultArrangements.find(({ year }) => year === 2026));
const shipped2025 = YearArrangement.parse(defaultArrangements.find(({ year }) => year === 2025));

/** Working-day arrangements: upsert by year, audited with before and after. */
export function calendarContract(open: () => Promise<Store>): void {
  describe('calendar', () => {
    const store = useStore(open);

    it('adds a year and lists the years by year', async () => {
      const change = by('planner');
      const entry = await store().calendar.put(shipped2026, change);
      expect(entry).toEqual({ year: 2026, arrangement: shipped2026, updatedAt: change.at });
      await store().calendar.put(shipped2025, by('planner'));
      expect((await store().calendar.list()).map((e) => e.year)).toEqual([2025, 2026]);
      expect(await lastAudit(store())).toMatchObject({ action: 'calendar.put', entity: 'calendar', entityId: '2025', before: null });
    });

    it('replaces a year, auditing what it was', async () => {
      const first = await store().calendar.put(shipped2026, by('planner'));
      const corrected = YearArrangement.parse({ ...shipped2026, source: { ...shipped2026.source, title: `${shipped2026.source.title}（更正）` } });
      const second = await store().calendar.put(corrected, by('planner'));
      expect(await store().calendar.list()).toEqual([second]);
      expect(await lastAudit(store())).toMatchObject({ action: 'calendar.put', before: first, after: second });
    });
  });
}
