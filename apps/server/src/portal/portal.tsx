/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '@fairdraw/store';
import type { AppEnv } from '../env.ts';
import { toApiError } from '../middleware/error-handler.ts';
import { renderer, type PortalEnv, type Site } from './layout.tsx';
import { PageNotFound, errorPage, notFoundPage } from './not-found.tsx';
import { home } from './pages/home.tsx';
import { items } from './pages/items.tsx';
import { plans } from './pages/plans.tsx';
import { tasks } from './pages/tasks.tsx';
import { draws } from './pages/draws.tsx';
import { results } from './pages/results.tsx';
import { targets } from './pages/targets.tsx';
import { feed } from './feed.ts';
import { deadlinePages } from './pages/deadlines.tsx';
import { ledgerPage } from './pages/ledger.tsx';

const stylesheet = readFileSync(new URL('../assets/portal.css', import.meta.url), 'utf8');
const icon = readFileSync(new URL('../assets/favicon.svg', import.meta.url), 'utf8');

/**
 * No script at all, styles and images from this origin only, no framing, forms post back
 * here: a page can show a firm's name but never run anything it contains.
 */
const portalHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});

const FALLBACK_SITE: Site = { name: '“双随机、一公开”抽查公示平台' };

async function siteOf(store: Store): Promise<Site> {
  const [latest] = (await store.plans.list({ publishedOnly: true })).sort((a, b) => b.plan.year - a.plan.year || b.id - a.id);
  return latest === undefined ? FALLBACK_SITE : { name: latest.plan.bureau };
}

const app = new Hono<PortalEnv>();
app.use(portalHeaders);
app.use(async (c, next) => {
  c.set('site', await siteOf(c.var.deps.store));
  await next();
});
app.use(renderer);
app.get('/assets/portal.css', (c) => c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
app.get('/assets/favicon.svg', (c) => c.body(icon, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' }));
for (const pages of [home, items, plans, tasks, draws, results, targets, deadlinePages, ledgerPage, feed]) app.route('/', pages);
app.onError((error, c) => {
  const site = c.var.site ?? FALLBACK_SITE;
  if (error instanceof PageNotFound) return notFoundPage(c, error.what, site);
  const known = toApiError(error);
  if (known !== undefined && known.status < 500) return notFoundPage(c, null, site);
  c.var.deps.logger.error('unhandled error', { requestId: c.var.requestId, error: error.message, stack: error.stack });
  return errorPage(c, site);
});

/** The public portal: server-rendered pages in Chinese, their CSV/XLSX exports, the Atom feed and the stylesheet. */
export const portal = app;

/** True when a request for an unknown address comes from a browser rather than an API client. */
export function wantsPage(c: Context): boolean {
  return !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');
}

/** The Chinese 404 page for an address no route knows. */
export async function portalNotFound(c: Context<AppEnv>): Promise<Response> {
  const context = c as unknown as Context<PortalEnv>;
  return notFoundPage(context, null, context.var.site ?? (await siteOf(c.var.deps.store)));
}
