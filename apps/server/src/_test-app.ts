// Builds the app on an in-memory store with one account per role, for route tests. Never exported.
import { readFile } from 'node:fs/promises';
import { createSqliteStore, roles, type Role, type Store } from '@fairdraw/store';
import { demoFiles } from '@fairdraw/demo';
import { createApp } from './app.ts';
import { memoryLogger } from './logger.ts';
import { newToken } from './tokens.ts';
import type { ErrorBody } from './api-error.ts';
import { ephemeralTrust } from './trust/ephemeral-trust.ts';
import type { BeaconRelay } from './trust/beacon-relay.ts';
import type { Trust } from './trust/trust.ts';

export interface RequestOptions {
  readonly as?: Role | { token: string };
  readonly json?: unknown;
  readonly body?: Uint8Array | string;
  readonly headers?: Record<string, string>;
}

export interface TestApp {
  readonly store: Store;
  readonly trust: Trust;
  readonly logger: ReturnType<typeof memoryLogger>;
  readonly tokens: Record<Role, string>;
  /** Sends a request as `as` (a role, or a raw token, or nobody) and returns status and parsed body. */
  request<T = ErrorBody>(method: string, path: string, options?: RequestOptions): Promise<{ status: number; body: T; text: string; headers: Headers }>;
}

export interface TestAppOptions {
  /** The service's clock; default: 2021-03-01T01:00:00Z, a second later at each reading. */
  readonly clock?: () => Date;
  readonly relay?: BeaconRelay;
  /** A database file, for tests that reach around the service into the database; default: in memory. */
  readonly path?: string;
}

export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const store = createSqliteStore({ path: options.path ?? ':memory:' });
  let tick = Date.parse('2021-03-01T01:00:00.000Z');
  const clock = options.clock ?? (() => new Date((tick += 1000)));
  const logger = memoryLogger();
  const trust = ephemeralTrust(options.relay ? { relay: options.relay } : {});
  const app = createApp({ store, clock, logger, trust });
  const tokens = {} as Record<Role, string>;
  for (const role of roles) {
    const change = { actor: 'test', at: clock().toISOString() };
    await store.accounts.create({ id: `${role}-1`, name: `${role} 1`, roles: [role] }, change);
    const { token, id, secretHash } = newToken();
    await store.tokens.create({ id, accountId: `${role}-1`, label: 'test', secretHash }, change);
    tokens[role] = token;
  }
  return {
    store,
    trust,
    logger,
    tokens,
    async request<T>(method: string, path: string, options: RequestOptions = {}) {
      const headers: Record<string, string> = { ...options.headers };
      const as = options.as;
      if (as !== undefined) headers.authorization = `Bearer ${typeof as === 'string' ? tokens[as] : as.token}`;
      let body: Uint8Array | string | undefined = options.body;
      if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      }
      const response = await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      return { status: response.status, body: parsed as T, text, headers: response.headers };
    },
  };
}

/** Imports the demo directories through the API as the planner. */
export async function importDemoDirectories(t: TestApp): Promise<void> {
  for (const pool of ['targets', 'inspectors', 'conflicts'] as const) {
    const response = await t.request('POST', `/api/v1/directories/${pool}/import?filename=${pool}.csv`, { as: 'planner', body: await readFile(demoFiles[pool]) });
    if (response.status !== 201) throw new Error(`import ${pool}: ${response.status} ${response.text}`);
  }
}

/** A published 2021 plan with the demo's joint task, through the API; returns the task id. */
export async function publishedJointTask(t: TestApp, options: { publish?: boolean } = {}): Promise<{ planId: number; taskId: number }> {
  await importDemoDirectories(t);
  const plan = await t.request<{ id: number }>('POST', '/api/v1/plans', {
    as: 'planner',
    json: { year: 2021, title: '2021年度抽查工作计划', bureau: '某区司法局' },
  });
  const task = JSON.parse(await readFile(demoFiles.task, 'utf8')) as unknown;
  const created = await t.request<{ id: number }>('POST', `/api/v1/plans/${plan.body.id}/tasks`, {
    as: 'planner',
    json: { task, window: { start: '2021-09-01', end: '2021-10-31' }, leadDepartment: '律师公证管理科', cooperatingDepartments: ['区市场监督管理局'] },
  });
  if (created.status !== 201) throw new Error(`task: ${created.status} ${created.text}`);
  if (options.publish !== false) await t.request('POST', `/api/v1/plans/${plan.body.id}/publish`, { as: 'planner' });
  return { planId: plan.body.id, taskId: created.body.id };
}

export const SEED = 'ab'.repeat(32);

/** The seed source tests use when the source is not what they test: the operator types the value. */
export const OPERATOR = { type: 'operator' } as const;
