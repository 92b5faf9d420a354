import { Hono } from 'hono';
import { z } from 'zod';
import { YearArrangement, defaultArrangements, withArrangement } from '@fairdraw/core';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { readJson, readParam } from '../validation.ts';
import { chinaToday, workingCalendarOf } from '../services/calendar.ts';
import { deadlines } from '../services/deadlines.ts';

const Year = z.coerce.number().int().min(2008).max(2999);

/** The years the service's working-day calendar covers, and where each came from. */
async function coverage(c: { var: AppEnv['Variables'] }) {
  const stored = await c.var.deps.store.calendar.list();
  const calendar = await workingCalendarOf(c.var.deps.store);
  return {
    years: calendar.arrangements.map((arrangement) => {
      const added = stored.find((entry) => entry.year === arrangement.year);
      return { year: arrangement.year, source: arrangement.source, origin: added ? 'added' : 'shipped', updatedAt: added?.updatedAt ?? null };
    }),
  };
}

/** Staff: read the calendar; add next year's arrangement or correct one (audited). */
export const calendarRoutes = new Hono<AppEnv>()
  .get('/', async (c) => c.json(await coverage(c)))
  .get('/:year', async (c) => {
    const year = readParam(Year, c.req.param('year'), 'year');
    const arrangement = (await workingCalendarOf(c.var.deps.store)).arrangements.find((a) => a.year === year);
    if (!arrangement) throw new ApiError(404, 'NOT_FOUND', `the working-day calendar does not cover ${year} yet`);
    return c.json(arrangement);
  })
  .put('/:year', requireRole('planner'), async (c) => {
    const year = readParam(Year, c.req.param('year'), 'year');
    const arrangement = await readJson(c, YearArrangement);
    if (arrangement.year !== year) {
      throw new ApiError(422, 'INVALID_INPUT', `the arrangement is for ${arrangement.year}, not ${year}`, [{ source: 'request body', path: ['year'], message: 'must equal the year in the path' }]);
    }
    // Checked against its neighbours (late-December days shared between notices) before it is kept.
    withArrangement(await workingCalendarOf(c.var.deps.store), arrangement);
    const entry = await c.var.deps.store.calendar.put(arrangement, changeOf(c));
    return c.json({ ...entry, shipped: defaultArrangements.some((a) => a.year === year) });
  });

const DeadlineQuery = z.object({ taskId: z.coerce.number().int().min(1).optional(), department: z.string().trim().min(1).optional() });

/** Public: the calendar's coverage, and every drawn target against its publication deadline. */
export const publicCalendarRoutes = new Hono<AppEnv>()
  .get('/calendar', async (c) => c.json(await coverage(c)))
  .get('/deadlines', async (c) => {
    const query = readParam(DeadlineQuery, c.req.query(), 'query');
    return c.json(await deadlines(c.var.deps.store, chinaToday(c.var.deps.clock), query));
  });
