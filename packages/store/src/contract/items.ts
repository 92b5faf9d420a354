import { describe, expect, it } from 'vitest';
import { InspectionItem } from '@fairdraw/core';
import type { Store } from '../store.ts';
import { by, item } from './_fixtures.ts';
import { lastAudit, useStore } from './_expect.ts';

/** The inspection-item list: upsert by code, audited with before and after. */
export function itemsContract(open: () => Promise<Store>): void {
  describe('items', () => {
    const store = useStore(open);

    it('creates an item and finds it by code', async () => {
      const change = by('planner');
      const entry = await store().items.put(item, change);
      expect(entry).toEqual({ item, updatedAt: change.at });
      expect(await store().items.get(item.code)).toEqual(entry);
      expect(await lastAudit(store())).toMatchObject({ action: 'item.put', entity: 'item', entityId: item.code, actor: 'planner', at: change.at, before: null, after: entry });
    });

    it('replaces the item with the same code, auditing what it was', async () => {
      const first = await store().items.put(item, by('planner'));
      const revised = InspectionItem.parse({ ...item, ratio: '15%' });
      const second = await store().items.put(revised, by('planner'));
      expect(await store().items.get(item.code)).toEqual(second);
      expect(await store().items.list()).toHaveLength(1);
      expect(await lastAudit(store())).toMatchObject({ action: 'item.put', before: first, after: second });
    });

    it('lists items by code and answers undefined for an unknown code', async () => {
      await store().items.put(InspectionItem.parse({ ...item, code: 'SF-GZ-01', name: '公证机构执业活动检查' }), by('planner'));
      await store().items.put(item, by('planner'));
      expect((await store().items.list()).map((entry) => entry.item.code)).toEqual(['SF-GZ-01', 'SF-LS-01']);
      expect(await store().items.get('SF-XX-99')).toBeUndefined();
    });
  });
}
