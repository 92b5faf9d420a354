import { createMiddleware } from 'hono/factory';
import type { Role } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../api-error.ts';
import { parseToken, secretMatches } from '../tokens.ts';

/**
 * Requires a valid, unrevoked bearer token of an enabled account, and sets `account`.
 * Every failure answers the same 401, so a caller learns nothing about which part failed.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const presented = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const parsed = presented === undefined ? undefined : parseToken(presented);
  const { store } = c.var.deps;
  const token = parsed === undefined ? undefined : await store.tokens.get(parsed.id);
  const valid = parsed !== undefined && token !== undefined && token.revokedAt === null && secretMatches(parsed.secret, token.secretHash);
  const account = valid ? await store.accounts.get(token.accountId) : undefined;
  if (!account || account.disabled) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'a valid API token is required: send "Authorization: Bearer fd_…"');
  }
  c.set('account', account);
  await next();
});

/** Allows the request if the caller has one of `roles`; admins may do everything. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const account = c.var.account;
    if (!account) throw new ApiError(401, 'UNAUTHENTICATED', 'a valid API token is required');
    if (!account.roles.includes('admin') && !roles.some((role) => account.roles.includes(role))) {
      throw new ApiError(403, 'FORBIDDEN', `this needs the role ${roles.join(' or ')}; your account has ${account.roles.join(', ') || 'no role'}`);
    }
    await next();
  });
}

/** Who changes what and when: the caller, at the service clock's now. Every write is stamped with it. */
export function changeOf(c: { var: AppEnv['Variables'] }): { actor: string; at: string } {
  return { actor: actorOf(c), at: c.var.deps.clock().toISOString() };
}

/** The caller's account id, for stamping changes. */
export function actorOf(c: { var: AppEnv['Variables'] }): string {
  const account = c.var.account;
  if (!account) throw new ApiError(401, 'UNAUTHENTICATED', 'a valid API token is required');
  return account.id;
}
