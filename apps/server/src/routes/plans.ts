import { Hono } from 'hono';
import { AnnualPlan, PlannedTask } from '@fairdraw/core';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { Id, readJson, readParam } from '../validation.ts';

/** Staff routes for annual plans (年度抽查工作计划) and their tasks (抽查任务). */
export const plans = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ plans: await c.var.deps.store.plans.list() }))
  .post('/', requireRole('planner'), async (c) => c.json(await c.var.deps.store.plans.create(await readJson(c, AnnualPlan), changeOf(c)), 201))
  .get('/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const plan = await c.var.deps.store.plans.get(id);
    if (!plan) throw new ApiError(404, 'NOT_FOUND', `plan ${id} does not exist`);
    return c.json({ ...plan, tasks: await c.var.deps.store.tasks.list({ planId: id }) });
  })
  .put('/:id', requireRole('planner'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const current = await c.var.deps.store.plans.get(id);
    if (!current) throw new ApiError(404, 'NOT_FOUND', `plan ${id} does not exist`);
    // What the public has read must not change under it; add tasks instead, which are public too.
    if (current.publishedAt) throw new ApiError(409, 'CONFLICT', `plan ${id} was published on ${current.publishedAt} and can no longer be edited`);
    return c.json(await c.var.deps.store.plans.update(id, await readJson(c, AnnualPlan), changeOf(c)));
  })
  .post('/:id/publish', requireRole('planner'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    return c.json(await c.var.deps.store.plans.publish(id, changeOf(c)));
  })
  .post('/:id/tasks', requireRole('planner'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    return c.json(await c.var.deps.store.tasks.create(id, await readJson(c, PlannedTask), changeOf(c)), 201);
  });

export const tasks = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ tasks: await c.var.deps.store.tasks.list() }))
  .get('/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const task = await c.var.deps.store.tasks.get(id);
    if (!task) throw new ApiError(404, 'NOT_FOUND', `task ${id} does not exist`);
    return c.json({ ...task, draws: await c.var.deps.store.draws.list({ taskId: id }) });
  })
  .put('/:id', requireRole('planner'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    return c.json(await c.var.deps.store.tasks.update(id, await readJson(c, PlannedTask), changeOf(c)));
  });
