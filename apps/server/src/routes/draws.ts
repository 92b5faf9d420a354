import { Hono } from 'hono';
import { z } from 'zod';
import { Outcome } from '@fairdraw/core';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { Id, Reason, readJson, readParam } from '../validation.ts';
import { performDraw, prepareDraw } from '../services/draws.ts';

/** Staff routes for the life of a draw: prepare → draw → (cancel); results per drawn target. */
export const draws = new Hono<AppEnv>()
  .get('/', async (c) => {
    const taskId = c.req.query('taskId');
    return c.json({ draws: await c.var.deps.store.draws.list(taskId === undefined ? {} : { taskId: readParam(Id, taskId, 'taskId') }) });
  })
  .post('/', requireRole('drawer'), async (c) => {
    const body = await readJson(c, z.strictObject({ taskId: z.number().int().min(1), replaces: z.number().int().min(1).nullable().default(null) }));
    return c.json(await prepareDraw(c.var.deps.store, body, changeOf(c)), 201);
  })
  .get('/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const entry = await c.var.deps.store.draws.get(id);
    if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${id} does not exist`);
    return c.json(entry);
  })
  .post('/:id/draw', requireRole('drawer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(c, z.strictObject({ seed: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits (256 bits)' }) }));
    return c.json(await performDraw(c.var.deps.store, { drawId: id, seed: body.seed }, changeOf(c)));
  })
  .post('/:id/cancel', requireRole('drawer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(c, z.strictObject({ reason: Reason }));
    return c.json(await c.var.deps.store.draws.cancel(id, { reason: body.reason }, changeOf(c)));
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
