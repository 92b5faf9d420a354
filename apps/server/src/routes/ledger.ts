import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../env.ts';
import { readParam } from '../validation.ts';
import { requireRole } from '../middleware/auth.ts';

const Page = z.object({
  from: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** The ledger's state as the last verification found it. */
function status(c: { var: AppEnv['Variables'] }) {
  const problem = c.var.deps.trust.ledger.problem();
  return problem === null ? { intact: true as const } : { intact: false as const, ...problem };
}

/**
 * The public ledger (trust-spec §7): pages of entries with the head and the bureau's key, and
 * the whole ledger as one export file (`fairdraw-ledger/1`) for `fairdraw ledger verify`.
 */
export const publicLedgerRoutes = new Hono<AppEnv>()
  .get('/ledger', async (c) => {
    const { from, limit } = readParam(Page, c.req.query(), 'query');
    const { store, trust } = c.var.deps;
    const [entries, head] = await Promise.all([store.ledger.list({ from, limit: limit + 1 }), store.ledger.head()]);
    const page = entries.slice(0, limit);
    return c.json({
      publicKey: trust.ledger.publicKey,
      head: head ? { index: head.index, hash: head.hash } : null,
      status: status(c),
      entries: page,
      next: entries.length > limit ? from + limit : null,
    });
  })
  .get('/ledger.json', async (c) => {
    const { store, trust } = c.var.deps;
    c.header('content-disposition', 'attachment; filename="fairdraw-ledger.json"');
    return c.json({ format: 'fairdraw-ledger/1', publicKey: trust.ledger.publicKey, entries: await store.ledger.list() });
  });

/** Staff: verify the whole ledger now (on top of the check at start). Publishing stops while it is broken. */
export const ledgerRoutes = new Hono<AppEnv>().post('/verify', requireRole('auditor'), async (c) => {
  await c.var.deps.trust.ledger.verify(c.var.deps.store, c.var.deps.clock());
  return c.json(status(c));
});
