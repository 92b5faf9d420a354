import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, defaultArrangements, scheduleDigest, scheduleInspections } from '@fairdraw/core';
import type { DrawEntry } from '../entities.ts';
import type { Store } from '../store.ts';
import { by } from './_fixtures.ts';
import { givenDrawnDraw, givenPreparedDraw } from './_scenarios.ts';
import { lastAudit, refused, useStore } from './_expect.ts';

const calendar = createWorkingCalendar(defaultArrangements);

function scheduleOf(draw: DrawEntry) {
  const record = scheduleInspections({ draw: draw.record!, calendar, window: { start: '2026-09-01', end: '2026-10-30' } });
  return { drawId: draw.id, record, digest: scheduleDigest(record) };
}

/** Schedules: one per drawn draw, dates moved only with a reason and from the date in force. */
export function schedulesContract(open: () => Promise<Store>): void {
  describe('schedules', () => {
    const store = useStore(open);

    it('stores the schedule of a drawn draw once, audited', async () => {
      const { draw } = await givenDrawnDraw(store());
      const input = scheduleOf(draw);
      const entry = await store().schedules.create(input, by('drawer'));
      expect(entry).toMatchObject({ drawId: draw.id, record: input.record, digest: input.digest, createdBy: 'drawer', moves: [] });
      expect(await store().schedules.get(draw.id)).toEqual(entry);
      expect(await lastAudit(store())).toMatchObject({ action: 'schedule.create', entityId: String(draw.id) });
      expect((await refused(store(), () => store().schedules.create(input, by('drawer')))).code).toBe('CONFLICT');
    });

    it('refuses to schedule a draw that is not drawn', async () => {
      const { draw } = await givenPreparedDraw(store());
      const drawn = await givenDrawnDraw(store(), { n: 2 });
      const error = await refused(store(), () => store().schedules.create({ ...scheduleOf(drawn.draw), drawId: draw.id }, by('drawer')));
      expect(error.code).toBe('CONFLICT');
    });

    it('records a moved date with its reason, and refuses a move from a date no longer in force', async () => {
      const { draw } = await givenDrawnDraw(store());
      const created = await store().schedules.create(scheduleOf(draw), by('drawer'));
      const first = created.record.scheduled[0]!;
      const moved = await store().schedules.move({ drawId: draw.id, targetId: first.target.id, from: first.date, to: '2026-10-30', reason: '检查组成员出差' }, by('drawer'));
      expect(moved.moves).toEqual([expect.objectContaining({ targetId: first.target.id, from: first.date, to: '2026-10-30', reason: '检查组成员出差', by: 'drawer' })]);
      const stale = await refused(store(), () => store().schedules.move({ drawId: draw.id, targetId: first.target.id, from: first.date, to: '2026-10-29', reason: 'x' }, by('drawer')));
      expect(stale.message).toMatch(/now on 2026-10-30/);
      expect((await refused(store(), () => store().schedules.move({ drawId: draw.id, targetId: 'NOPE', from: 'x', to: 'y', reason: 'x' }, by('drawer')))).code).toBe('NOT_FOUND');
    });
  });
}
