import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { Conflict, Inspector, Target, poolNames, type PoolName, type PoolRecordTypes } from '@fairdraw/core';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { errorResponse } from '../middleware/error-handler.ts';

const IMPORT_BYTES = 64 * 1024 * 1024;
import { Reason, readJson, readParam } from '../validation.ts';
import { identity, importDirectory, putRecord, removeRecord } from '../services/directories.ts';

const Pool = z.enum(poolNames);
const recordSchemas = { targets: Target, inspectors: Inspector, conflicts: Conflict } as const;
const Version = z.coerce.number().int().min(1);
const Page = z.object({ offset: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(1000).default(100) });

/** Staff routes for the three directories: every change makes a new immutable version. */
export const directories = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { store } = c.var.deps;
    const entries = await Promise.all(poolNames.map(async (pool) => [pool, (await store.directories.list(pool)).at(-1) ?? null] as const));
    return c.json({ latest: Object.fromEntries(entries) });
  })
  .post(
    '/:pool/import',
    requireRole('planner'),
    bodyLimit({
      maxSize: IMPORT_BYTES,
      onError: (c) => errorResponse(new ApiError(413, 'PAYLOAD_TOO_LARGE', `a directory file may be at most ${IMPORT_BYTES} bytes`), c),
    }),
    async (c) => {
    const pool = readParam(Pool, c.req.param('pool'), 'pool');
    const query = readParam(
      z.object({ filename: z.string().trim().min(1).max(200).optional(), goodRowsOnly: z.enum(['true', 'false']).default('false'), reason: z.string().trim().max(1000).optional() }),
      c.req.query(),
      'query',
    );
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) throw new ApiError(422, 'INVALID_INPUT', 'send the directory file as the request body (CSV, JSON or XLSX)');
    const filename = query.filename ?? `${pool}.${c.req.header('content-type')?.includes('json') ? 'json' : 'csv'}`;
    const result = await importDirectory(
      c.var.deps.store,
      { pool, bytes, filename, goodRowsOnly: query.goodRowsOnly === 'true', reason: query.reason ?? null },
      changeOf(c),
    );
    return c.json(result, 201);
  },
  )
  .get('/:pool/versions', async (c) => {
    const pool = readParam(Pool, c.req.param('pool'), 'pool');
    guardConflicts(c, pool);
    return c.json({ versions: await c.var.deps.store.directories.list(pool) });
  })
  .get('/:pool/versions/:version', async (c) => {
    const pool = readParam(Pool, c.req.param('pool'), 'pool');
    guardConflicts(c, pool);
    const number = readParam(Version, c.req.param('version'), 'version');
    const meta = (await c.var.deps.store.directories.list(pool)).find((v) => v.version === number);
    const version = meta && (await c.var.deps.store.directories.get(meta.id));
    if (!version) throw new ApiError(404, 'NOT_FOUND', `the ${pool} directory has no version ${number}`);
    const page = readParam(Page, c.req.query(), 'query');
    const { records, ...rest } = version;
    return c.json({ ...rest, offset: page.offset, records: records.slice(page.offset, page.offset + page.limit) });
  })
  .put('/:pool/records', requireRole('planner'), async (c) => {
    const pool = readParam(Pool, c.req.param('pool'), 'pool');
    const body = await readJson(c, z.strictObject({ record: recordSchemas[pool] as z.ZodType<PoolRecordTypes[PoolName]>, reason: Reason }));
    const change = changeOf(c);
    const version = await putRecord(c.var.deps.store, pool, body.record, body.reason, change);
    return c.json({ version, key: identity(pool, body.record) }, 201);
  })
  .delete('/:pool/records/:key', requireRole('planner'), async (c) => {
    const pool = readParam(Pool, c.req.param('pool'), 'pool');
    const reason = readParam(Reason, c.req.query('reason'), 'reason');
    const change = changeOf(c);
    const version = await removeRecord(c.var.deps.store, pool, c.req.param('key'), reason, change);
    return c.json({ version });
  });

/** 回避 pairs and their reasons are internal even among staff: clerks and reviewers do not need them. */
function guardConflicts(c: { var: AppEnv['Variables'] }, pool: PoolName): void {
  const roles = c.var.account?.roles ?? [];
  if (pool === 'conflicts' && !roles.some((role) => role === 'admin' || role === 'planner' || role === 'drawer' || role === 'auditor')) {
    throw new ApiError(403, 'FORBIDDEN', '回避 pairs are visible to admins, planners, drawers and auditors only');
  }
}
