import { Hono } from 'hono';
import { z } from 'zod';
import { RecordId } from '@fairdraw/core';
import { roles } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { changeOf, requireRole } from '../middleware/auth.ts';
import { ApiError } from '../api-error.ts';
import { readJson, readParam } from '../validation.ts';
import { newToken } from '../tokens.ts';

const Roles = z.array(z.enum(roles)).min(1, { error: 'give at least one role' });

/** Admin routes for accounts and their API tokens; every change is audited. */
export const accounts = new Hono<AppEnv>()
  .get('/', requireRole('auditor'), async (c) => c.json({ accounts: await c.var.deps.store.accounts.list() }))
  .post('/', async (c) => {
    requireAdmin(c);
    const body = await readJson(c, z.strictObject({ id: RecordId, name: z.string().trim().min(1).max(100), roles: Roles }));
    return c.json(await c.var.deps.store.accounts.create(body, changeOf(c)), 201);
  })
  .patch('/:id', async (c) => {
    requireAdmin(c);
    const body = await readJson(c, z.strictObject({ name: z.string().trim().min(1).max(100).optional(), roles: Roles.optional(), disabled: z.boolean().optional() }));
    return c.json(await c.var.deps.store.accounts.update(c.req.param('id'), body, changeOf(c)));
  })
  .get('/:id/tokens', async (c) => {
    requireSelfOrAdmin(c, c.req.param('id'));
    const tokens = await c.var.deps.store.tokens.list({ accountId: c.req.param('id') });
    return c.json({ tokens: tokens.map(({ secretHash: _hash, ...token }) => token) });
  })
  .post('/:id/tokens', async (c) => {
    requireAdmin(c);
    const accountId = readParam(RecordId, c.req.param('id'), 'id');
    const body = await readJson(c, z.strictObject({ label: z.string().trim().min(1).max(100) }));
    const { token, id, secretHash } = newToken();
    const entry = await c.var.deps.store.tokens.create({ id, accountId, label: body.label, secretHash }, changeOf(c));
    const { secretHash: _hash, ...shown } = entry;
    // The token itself is shown this once; only its hash is kept.
    return c.json({ ...shown, token }, 201);
  })
  .post('/:id/tokens/:tokenId/revoke', async (c) => {
    requireSelfOrAdmin(c, c.req.param('id'));
    const token = await c.var.deps.store.tokens.get(c.req.param('tokenId'));
    if (!token || token.accountId !== c.req.param('id')) throw new ApiError(404, 'NOT_FOUND', `account ${c.req.param('id')} has no token ${c.req.param('tokenId')}`);
    const { secretHash: _hash, ...revoked } = await c.var.deps.store.tokens.revoke(token.id, changeOf(c));
    return c.json(revoked);
  });

function requireAdmin(c: { var: AppEnv['Variables'] }): void {
  if (!c.var.account?.roles.includes('admin')) throw new ApiError(403, 'FORBIDDEN', 'only an admin manages accounts and tokens');
}

function requireSelfOrAdmin(c: { var: AppEnv['Variables'] }, accountId: string): void {
  if (c.var.account?.id !== accountId) requireAdmin(c);
}

/** Read-only: who did what, with before and after. */
export const audit = new Hono<AppEnv>().get('/', requireRole('auditor'), async (c) => {
  const query = readParam(
    z.object({ entity: z.string().optional(), entityId: z.string().optional(), limit: z.coerce.number().int().min(1).max(500).default(100), beforeId: z.coerce.number().int().min(1).optional() }),
    c.req.query(),
    'query',
  );
  return c.json({ entries: await c.var.deps.store.audit.list(query) });
});
