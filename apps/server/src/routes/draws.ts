import { Hono } from 'hono';
import { z } from 'zod';
import { Outcome } from '@fairdraw/core';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { CancelReason, Id, readJson, readParam } from '../validation.ts';
import { EvidenceGiven, SeedSourceChoice, cancelDraw, performDraw, prepareDraw } from '../services/draws.ts';
import { drawBundle } from '../services/bundles.ts';

/** Staff routes for the life of a draw: prepare → draw → (cancel); results per drawn target. */
export const draws = new Hono<AppEnv>()
  .get('/', async (c) => {
    const taskId = c.req.query('taskId');
    return c.json({ draws: await c.var.deps.store.draws.list(taskId === undefined ? {} : { taskId: readParam(Id, taskId, 'taskId') }) });
  })
  .post('/', requireRole('drawer'), async (c) => {
    const body = await readJson(
      c,
      z.strictObject({ taskId: z.number().int().min(1), replaces: z.number().int().min(1).nullable().default(null), seedSource: SeedSourceChoice.default({ type: 'drand' }) }),
    );
    return c.json(await prepareDraw(c.var.deps.store, c.var.deps.trust, body, changeOf(c)), 201);
  })
  .get('/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const entry = await c.var.deps.store.draws.get(id);
    if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${id} does not exist`);
    return c.json(entry);
  })
  .post('/:id/draw', requireRole('drawer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const evidence = await readJson(c, EvidenceGiven);
    return c.json(await performDraw(c.var.deps.store, c.var.deps.trust, { drawId: id, evidence }, changeOf(c)));
  })
  .post('/:id/cancel', requireRole('drawer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(c, z.strictObject({ reason: CancelReason }));
    return c.json(await cancelDraw(c.var.deps.store, c.var.deps.trust, { drawId: id, reason: body.reason }, changeOf(c)));
  })
  .get('/:id/bundle.json', requireRole('auditor'), async (c) => {
    // The auditor bundle: with the 回避 list and its salt, so that the teams can be replayed too.
    const id = readParam(Id, c.req.param('id'), 'id');
    c.header('content-disposition', `attachment; filename="draw-${id}-auditor-bundle.json"`);
    c.header('cache-control', 'no-store');
    return c.json(await drawBundle(c.var.deps.store, c.var.deps.trust, id, { auditor: true }));
  })
  .get('/:id/results', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    return c.json({ results: await c.var.deps.store.results.list({ drawId: id }) });
  })
  .post('/:id/results', requireRole('clerk'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(
      c,
      z.strictObject({ targetId: z.string().trim().toUpperCase(), outcome: Outcome, corrects: z.number().int().min(1).nullable().default(null) }),
    );
    return c.json(await c.var.deps.store.results.enter({ drawId: id, ...body }, changeOf(c)), 201);
  });
