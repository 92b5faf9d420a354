import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './env.ts';
import { ApiError } from './api-error.ts';
import { authenticate } from './middleware/auth.ts';
import { errorResponse, handleError } from './middleware/error-handler.ts';
import { requestLog } from './middleware/request-log.ts';
import { directories } from './routes/directories.ts';
import { items } from './routes/items.ts';
import { plans, tasks } from './routes/plans.ts';
import { draws } from './routes/draws.ts';
import { results } from './routes/results.ts';
import { accounts, audit } from './routes/accounts.ts';
import { publicApi } from './routes/public.ts';
import { portal, portalNotFound, wantsPage } from './portal/portal.tsx';
import { loggedStore } from './logged-store.ts';
import { calendarRoutes, publicCalendarRoutes } from './routes/calendar.ts';
import { publicScheduleRoutes, scheduleRoutes } from './routes/schedules.ts';
import { ledgerRoutes, publicLedgerRoutes } from './routes/ledger.ts';

export type { AppDeps, AppEnv } from './env.ts';

/** The staff API: every route needs a token; roles are checked per route. */
const staffRoutes = {
  '/directories': directories,
  '/items': items,
  '/plans': plans,
  '/tasks': tasks,
  '/draws': draws,
  '/results': results,
  '/accounts': accounts,
  '/audit': audit,
  '/calendar': calendarRoutes,
  '/ledger': ledgerRoutes,
} as const;

function staffApi() {
  const api = new Hono<AppEnv>();
  // Authentication is attached to the staff prefixes only, so that public routes and
  // unknown paths are never answered with a demand for a token.
  api.use('/me', authenticate);
  api.get('/me', (c) => c.json(c.var.account));
  for (const [prefix, routes] of Object.entries(staffRoutes)) {
    api.use(prefix, authenticate);
    api.use(`${prefix}/*`, authenticate);
    api.route(prefix, routes);
  }
  // A drawn draw's schedule lives under its draw (authenticated with the other /draws routes).
  api.route('/draws', scheduleRoutes);
  return api;
}

const SMALL_BODY_BYTES = 1024 * 1024;
const IMPORT_PATH = /^\/api\/v1\/directories\/[a-z]+\/import$/;

/** Builds the whole service from its dependencies; server.ts only serves it. */
export function createApp(options: AppDeps) {
  const deps: AppDeps = { ...options, store: loggedStore(options.store, options.logger) };
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(requestLog);
  app.use(secureHeaders());
  // Only directory imports may be large, and they are limited after authentication (in their
  // route); every other body, from anyone, is small.
  const smallBodies = bodyLimit({
    maxSize: SMALL_BODY_BYTES,
    onError: (c) => errorResponse(new ApiError(413, 'PAYLOAD_TOO_LARGE', `the request body is larger than ${SMALL_BODY_BYTES} bytes`), c),
  });
  app.use((c, next) => (IMPORT_PATH.test(c.req.path) ? next() : smallBodies(c, next)));
  app.get('/healthz', async (c) => {
    // A read that touches the store: healthy means able to answer, not only running.
    await deps.store.accounts.count();
    return c.json({ status: 'ok' });
  });
  app.route('/api/v1/public', publicApi);
  app.route('/api/v1/public', publicCalendarRoutes);
  app.route('/api/v1/public', publicScheduleRoutes);
  app.route('/api/v1/public', publicLedgerRoutes);
  app.route('/api/v1', staffApi());
  // The portal last, so that its pages never shadow an API route.
  app.route('/', portal);
  // Browsers get the portal's Chinese 404 page; API clients get the JSON error.
  app.notFound((c) => (wantsPage(c) ? portalNotFound(c) : errorResponse(new ApiError(404, 'NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), c)));
  app.onError(handleError);
  return app;
}
