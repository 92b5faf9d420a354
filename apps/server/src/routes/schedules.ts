import { Hono } from 'hono';
import { z } from 'zod';
import { CreditCode, IsoDate, InspectorAvailability, RecordId, TargetBlackout } from '@fairdraw/core';
import type { ScheduleEntry, Store } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { Id, Reason, readJson, readParam } from '../validation.ts';
import { createSchedule, datesInForce, moveInspection } from '../services/schedules.ts';
import { icalendar, type AllDayEvent } from '../ical.ts';
import { publicDraws } from '../services/public-draws.ts';

/** The schedule as published: the replayable record, every move, and the dates in force. */
export function scheduleView(entry: ScheduleEntry) {
  const current = datesInForce(entry);
  return {
    drawId: entry.drawId,
    digest: entry.digest,
    createdAt: entry.createdAt,
    record: entry.record,
    moves: entry.moves.map(({ by: _by, ...move }) => move),
    inspections: entry.record.scheduled.map((scheduled) => ({
      order: scheduled.order,
      target: scheduled.target,
      team: scheduled.team,
      scheduledDate: scheduled.date,
      date: current[scheduled.target.id]!,
      moved: current[scheduled.target.id] !== scheduled.date,
    })),
  };
}

/** Staff: schedule a drawn draw; move one inspection with a reason. */
export const scheduleRoutes = new Hono<AppEnv>()
  .get('/:id/schedule', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const entry = await c.var.deps.store.schedules.get(id);
    if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${id} has no schedule yet`);
    return c.json({ ...scheduleView(entry), moves: entry.moves });
  })
  .post('/:id/schedule', requireRole('drawer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(
      c,
      z.strictObject({
        dailyLimit: z.number().int().min(1).max(5).optional(),
        inspectors: z.array(InspectorAvailability).default([]),
        blackouts: z.array(TargetBlackout).default([]),
      }),
    );
    return c.json(scheduleView(await createSchedule(c.var.deps.store, { drawId: id, ...body }, changeOf(c))), 201);
  })
  .post('/:id/schedule/moves', requireRole('drawer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(c, z.strictObject({ targetId: CreditCode, date: IsoDate, reason: Reason }));
    return c.json(scheduleView(await moveInspection(c.var.deps.store, { drawId: id, ...body }, changeOf(c))), 201);
  });

/** Standing schedules of published tasks, with the task for each. */
async function publishedSchedules(store: Store) {
  const draws = new Map((await publicDraws(store)).map((item) => [item.draw.id, item]));
  return (await store.schedules.list()).flatMap((entry) => {
    const item = draws.get(entry.drawId);
    return item && item.draw.status === 'drawn' ? [{ entry, ...item }] : [];
  });
}

function events(items: Awaited<ReturnType<typeof publishedSchedules>>, keep: (inspectorIds: readonly string[]) => boolean): AllDayEvent[] {
  return items.flatMap(({ entry, task }) =>
    scheduleView(entry)
      .inspections.filter((inspection) => keep(inspection.team.map((member) => member.id)))
      .map((inspection) => ({
        uid: `draw-${entry.drawId}-${inspection.target.id}@fairdraw`,
        date: inspection.date,
        summary: `${task.planned.task.number} 检查 ${inspection.target.name}`,
        description: `检查组：${inspection.team.map((m) => `${m.name}（${m.department}）`).join('、')}${inspection.moved ? `。原定${inspection.scheduledDate}，已调整。` : ''}`,
        url: `/draws/${entry.drawId}`,
      })),
  );
}

/** Public: schedules and iCalendar exports, per task and per inspector. */
export const publicScheduleRoutes = new Hono<AppEnv>()
  .get('/draws/:id/schedule', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const found = (await publishedSchedules(c.var.deps.store)).find(({ entry }) => entry.drawId === id);
    if (!found) throw new ApiError(404, 'NOT_FOUND', `no published schedule for draw ${id}`);
    return c.json(scheduleView(found.entry));
  })
  .get('/tasks/:id/calendar.ics', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const items = (await publishedSchedules(c.var.deps.store)).filter(({ task }) => task.id === id);
    if (items.length === 0) throw new ApiError(404, 'NOT_FOUND', `task ${id} has no published schedule`);
    const body = icalendar({ name: `${items[0]!.task.planned.task.number} 检查日程`, stamp: c.var.deps.clock(), events: events(items, () => true) });
    c.header('Content-Disposition', `attachment; filename="task-${id}.ics"`);
    return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  })
  .get('/inspectors/:id/calendar.ics', async (c) => {
    const id = readParam(RecordId, c.req.param('id'), 'id');
    const items = await publishedSchedules(c.var.deps.store);
    const mine = events(items, (ids) => ids.includes(id));
    const body = icalendar({ name: `检查人员 ${id} 的检查日程`, stamp: c.var.deps.clock(), events: mine });
    c.header('Content-Disposition', `attachment; filename="inspector-${id}.ics"`);
    return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
