import { Hono } from 'hono';
import { InspectionItem } from '@fairdraw/core';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { readJson } from '../validation.ts';

/** Staff routes for the inspection-item list (抽查事项清单). */
export const items = new Hono<AppEnv>()
  .get('/', async (c) => c.json({ items: await c.var.deps.store.items.list() }))
  .put('/:code', requireRole('planner'), async (c) => {
    const item = await readJson(c, InspectionItem);
    if (item.code !== c.req.param('code')) {
      throw new ApiError(422, 'INVALID_INPUT', `the item's code "${item.code}" differs from the code in the path "${c.req.param('code')}"`, [
        { source: 'request body', path: ['code'], message: 'must equal the code in the path' },
      ]);
    }
    const entry = await c.var.deps.store.items.put(item, changeOf(c));
    return c.json(entry);
  });
