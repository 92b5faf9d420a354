import { Hono } from 'hono';
import { z } from 'zod';
import { Outcome } from '@fairdraw/core';
import type { ResultStatus } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { actorOf, changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { Id, Reason, readJson, readParam } from '../validation.ts';
import { moveResult } from '../services/results.ts';

/** A review step: which status it leaves, which it reaches, and whether it needs a note. */
const steps: Record<string, { from: ResultStatus; to: ResultStatus; note: boolean }> = {
  approve: { from: 'entered', to: 'reviewed', note: false },
  return: { from: 'entered', to: 'returned', note: true },
  publish: { from: 'reviewed', to: 'published', note: false },
  reopen: { from: 'reviewed', to: 'returned', note: true },
};

/** Staff routes for one result: the clerk's edits and the reviewer's 审核 and 公示. */
export const results = new Hono<AppEnv>()
  .get('/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const result = await c.var.deps.store.results.get(id);
    if (!result) throw new ApiError(404, 'NOT_FOUND', `result ${id} does not exist`);
    return c.json(result);
  })
  .put('/:id', requireRole('clerk'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const body = await readJson(c, z.strictObject({ outcome: Outcome }));
    return c.json(await c.var.deps.store.results.update(id, body.outcome, changeOf(c)));
  })
  .post('/:id/:step{approve|return|publish|reopen}', requireRole('reviewer'), async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const step = steps[c.req.param('step')]!;
    const body = step.note ? await readJson(c, z.strictObject({ note: Reason })) : { note: null };
    const result = await c.var.deps.store.results.get(id);
    // 录入 and 审核 are two people's work: whoever entered a result does not approve or publish it.
    if (result && result.enteredBy === actorOf(c) && step.to !== 'returned') {
      throw new ApiError(403, 'FORBIDDEN', `result ${id} was entered by you; another reviewer must ${c.req.param('step')} it`);
    }
    return c.json(await moveResult(c.var.deps.store, c.var.deps.trust, { resultId: id, from: step.from, to: step.to, note: body.note }, changeOf(c)));
  });
