import { Hono } from 'hono';
import { z } from 'zod';
import { CreditCode, formatRecord, poolNames, poolSnapshotText, type PoolName, type PoolRecordTypes } from '@fairdraw/core';
import type { DrawEntry, Store } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../api-error.ts';
import { Id, readParam } from '../validation.ts';
import { publicDraw, publicResult } from '../public-views.ts';
import { publicDraws } from '../services/public-draws.ts';
import { drawBundle } from '../services/bundles.ts';
import { overview } from '../portal/overview.ts';

const Pool = z.enum(poolNames);

/** Published plans only: a draft plan, its tasks and their draws are not public yet. */
async function publishedTask(store: Store, taskId: number) {
  const task = await store.tasks.get(taskId);
  const plan = task && (await store.plans.get(task.planId));
  if (!task || !plan?.publishedAt) throw new ApiError(404, 'NOT_FOUND', `no published task ${taskId}`);
  return task;
}

async function publishedDraw(store: Store, drawId: number): Promise<DrawEntry> {
  const entry = await store.draws.get(drawId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `no draw ${drawId}`);
  await publishedTask(store, entry.taskId);
  return entry;
}

/** For each draw, the draw that replaced it: one pass, not a search per draw. */
function replacements(all: readonly DrawEntry[]): (id: number) => number | null {
  const by = new Map(all.flatMap((draw) => (draw.replaces === null ? [] : [[draw.replaces, draw.id] as const])));
  return (id) => by.get(id) ?? null;
}

const ResultQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2999).optional(),
  taskId: z.coerce.number().int().min(1).optional(),
  kind: z.string().trim().min(1).optional(),
  category: z.string().trim().min(1).optional(),
  department: z.string().trim().min(1).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The public JSON API (一公开): no token, nothing internal. */
export const publicApi = new Hono<AppEnv>()
  .get('/overview', async (c) => c.json(await overview(c.var.deps.store, c.var.deps.clock())))
  .get('/items', async (c) => c.json({ items: (await c.var.deps.store.items.list()).map((entry) => entry.item) }))
  .get('/plans', async (c) => {
    const plans = await c.var.deps.store.plans.list({ publishedOnly: true });
    return c.json({ plans: plans.map(({ id, plan, publishedAt }) => ({ id, ...plan, publishedAt })) });
  })
  .get('/plans/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const { store } = c.var.deps;
    const plan = await store.plans.get(id);
    if (!plan?.publishedAt) throw new ApiError(404, 'NOT_FOUND', `no published plan ${id}`);
    const tasks = await store.tasks.list({ planId: id });
    const draws = await store.draws.list();
    return c.json({
      id,
      ...plan.plan,
      publishedAt: plan.publishedAt,
      tasks: tasks.map((task) => ({ id: task.id, ...task.planned, draws: draws.filter((d) => d.taskId === task.id).map((d) => ({ id: d.id, status: d.status })) })),
    });
  })
  .get('/tasks/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const { store } = c.var.deps;
    const task = await publishedTask(store, id);
    const draws = await store.draws.list({ taskId: id });
    const replacedBy = replacements(draws);
    return c.json({ id, planId: task.planId, ...task.planned, draws: draws.map((d) => publicDraw(d, replacedBy(d.id), c.var.deps.clock())) });
  })
  .get('/draws', async (c) => {
    const draws = (await publicDraws(c.var.deps.store)).map(({ draw }) => draw);
    const replacedBy = replacements(draws);
    return c.json({ draws: draws.map((d) => publicDraw(d, replacedBy(d.id), c.var.deps.clock())) });
  })
  .get('/draws/:id', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const { store } = c.var.deps;
    const entry = await publishedDraw(store, id);
    const ledger = entry.commitmentDigest === null ? [] : await store.ledger.about(entry.commitmentDigest);
    return c.json({
      ...publicDraw(entry, replacements(await store.draws.list({ taskId: entry.taskId }))(id), c.var.deps.clock()),
      ledger: ledger.map(({ index, type, at, hash }) => ({ index, type, at, hash })),
    });
  })
  .get('/draws/:id/bundle.json', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const { store, trust } = c.var.deps;
    await publishedDraw(store, id);
    c.header('Content-Disposition', `attachment; filename="draw-${id}-bundle.json"`);
    return c.json(await drawBundle(store, trust, id, { auditor: false }));
  })
  .get('/draws/:id/record.json', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const entry = await publishedDraw(c.var.deps.store, id);
    if (!entry.record || !entry.recordDigest) throw new ApiError(404, 'NOT_FOUND', `draw ${id} has not been drawn (it is ${entry.status})`);
    c.header('Content-Disposition', `attachment; filename="draw-${id}-record.json"`);
    // A drawn record never changes: its digest is a perfect ETag, and its bytes can be cached.
    c.header('ETag', `"${entry.recordDigest}"`);
    c.header('Cache-Control', 'public, max-age=3600');
    if (c.req.header('if-none-match') === `"${entry.recordDigest}"`) return c.body(null, 304);
    return c.body(formattedRecord(entry.recordDigest, entry.record), 200, { 'Content-Type': 'application/json; charset=utf-8' });
  })
  .get('/draws/:id/task.json', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const { store } = c.var.deps;
    const entry = await publishedDraw(store, id);
    // The task as the plan publishes it (frozen once drawn): verify --task checks the record against it.
    const task = await store.tasks.get(entry.taskId);
    if (!task) throw new ApiError(404, 'NOT_FOUND', `task ${entry.taskId} is missing`);
    c.header('Content-Disposition', `attachment; filename="draw-${id}-task.json"`);
    return c.body(JSON.stringify(task.planned.task, null, 2) + '\n', 200, { 'Content-Type': 'application/json; charset=utf-8' });
  })
  .get('/draws/:id/directories/:pool', async (c) => {
    const id = readParam(Id, c.req.param('id'), 'id');
    const pool = readParam(Pool, c.req.param('pool'), 'pool');
    const { store } = c.var.deps;
    const entry = await publishedDraw(store, id);
    if (pool === 'conflicts' && entry.commitment !== null) {
      // Committed draws bind the 回避 list by a salted digest (trust-spec §3.3); only auditors hold it.
      throw new ApiError(403, 'FORBIDDEN', `the 回避 list of draw ${id} is internal: the public bundle verifies its targets, and auditors verify its teams with the auditor bundle`);
    }
    const version = await store.directories.get(entry.versions[pool]);
    if (!version) throw new ApiError(404, 'NOT_FOUND', `directory version ${entry.versions[pool]} is missing`);
    // The snapshot holds only the fields the draw binds: no extra columns, no 回避 reasons.
    const text = poolSnapshotText(pool, version.records as readonly PoolRecordTypes[PoolName][]);
    c.header('Content-Disposition', `attachment; filename="draw-${id}-${pool}.jsonl"`);
    return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
  })
  .get('/results', async (c) => {
    const query = readParam(ResultQuery, c.req.query(), 'query');
    const { q, kind, ...rest } = query;
    const { store } = c.var.deps;
    const page = await store.results.listPublished({ ...rest, ...(q ? { query: q } : {}), ...(kind ? { targetKind: kind } : {}) });
    const targets = await drawnTargets(store, page.results.map((r) => r.drawId));
    return c.json({ total: page.total, offset: query.offset, limit: query.limit, results: page.results.map((r) => publicResult(r, targets.get(`${r.drawId}:${r.targetId}`))) });
  })
  .get('/targets/:id', async (c) => {
    const targetId = readParam(CreditCode, c.req.param('id'), 'id');
    const { store } = c.var.deps;
    const draws = (await publicDraws(store)).map(({ draw }) => draw).filter((d) => d.record?.selected.some((s) => s.target.id === targetId));
    const { results } = await store.results.listPublished({ targetId, limit: 500 });
    const name = draws.flatMap((d) => d.record?.selected ?? []).find((s) => s.target.id === targetId)?.target.name ?? null;
    return c.json({
      id: targetId,
      name,
      inspections: draws.map((d) => ({
        drawId: d.id,
        taskId: d.taskId,
        taskNumber: d.task.number,
        taskName: d.task.name,
        status: d.status,
        drawnAt: d.drawnAt,
        team: d.record?.selected.find((s) => s.target.id === targetId)?.team ?? [],
        results: results.filter((r) => r.drawId === d.id).map((r) => publicResult(r, { name: name ?? '', kind: '' })),
      })),
    });
  });

const formatted = new Map<string, Uint8Array<ArrayBuffer>>();

/** The record file's bytes, formatted once per digest (a few, bounded by the draws a bureau makes). */
function formattedRecord(digest: string, record: Parameters<typeof formatRecord>[0]): Uint8Array<ArrayBuffer> {
  let bytes = formatted.get(digest);
  if (!bytes) {
    if (formatted.size >= 256) formatted.delete(formatted.keys().next().value!);
    formatted.set(digest, (bytes = new TextEncoder().encode(formatRecord(record))));
  }
  return bytes;
}

/** Names and kinds of the drawn targets of some draws, by "drawId:targetId". */
async function drawnTargets(store: Store, drawIds: readonly number[]) {
  const map = new Map<string, { name: string; kind: string }>();
  for (const drawId of new Set(drawIds)) {
    const entry = await store.draws.get(drawId);
    for (const selected of entry?.record?.selected ?? []) map.set(`${drawId}:${selected.target.id}`, { name: selected.target.name, kind: selected.target.kind });
  }
  return map;
}
