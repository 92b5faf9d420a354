/**
 * What the service costs at a city's size: importing a directory through the staff API, preparing
 * and drawing a joint task, then serving the published draw to many readers at once.
 *
 *   pnpm bench:server                          100,000 targets, 2,000 inspectors, 2,000 回避 pairs
 *   BENCH_TARGETS=10000 BENCH_SECONDS=2 pnpm bench:server    a quick run
 *
 * Also BENCH_INSPECTORS, BENCH_CONFLICTS, BENCH_CONCURRENCY (a comma list, 1,8,32), and per load
 * run BENCH_SECONDS (5) and BENCH_REQUESTS (2000): a run stops at whichever comes first.
 * Everything runs on loopback in a temporary data directory, removed at the end. The load comes
 * from a child process (load-client.ts), so the server's event loop serves requests only.
 * Prints figures; fails only when a request fails, never on timing.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { poolNames } from '@fairdraw/core';
import { createSqliteStore, type DrawEntry, type Store } from '@fairdraw/store';
import { ephemeralTrust } from '../src/trust/ephemeral-trust.ts';
import { createApp } from '../src/app.ts';
import { newToken } from '../src/tokens.ts';
import { countingLogger } from './_counting-logger.ts';
import { staffClient } from './_staff-client.ts';
import { envCount, envCounts } from './_env.ts';
import { close, listen } from './_loopback-server.ts';
import { startLoadRunner, type MeasuredRun } from './_load-runner.ts';
import { benchPlan, benchPlannedTask } from './_bench-task.ts';
import { generateDirectory } from './generate-directory.ts';
import { formatTable, hundredth, size, tenth, whole } from '../../../packages/core/bench/_table.ts';

const SEED = createHash('sha256').update('fairdraw serve bench', 'utf8').digest('hex');
const WARMUP_REQUESTS = 50;

const config = {
  targets: envCount('BENCH_TARGETS', 100_000),
  inspectors: envCount('BENCH_INSPECTORS', 2_000, 2),
  conflicts: envCount('BENCH_CONFLICTS', 2_000, 0),
  seconds: envCount('BENCH_SECONDS', 5),
  requests: envCount('BENCH_REQUESTS', 2_000),
  concurrency: envCounts('BENCH_CONCURRENCY', [1, 8, 32]),
};

async function createAdminToken(store: Store): Promise<string> {
  const change = { actor: 'bench', at: new Date().toISOString() };
  await store.accounts.create({ id: 'bench-admin', name: '基准测试管理员', roles: ['admin'] }, change);
  const { token, id, secretHash } = newToken();
  await store.tokens.create({ id, accountId: 'bench-admin', label: 'serve bench', secretHash }, change);
  return token;
}

async function directorySize(dir: string): Promise<number> {
  const names = await readdir(dir);
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).size));
  return sizes.reduce((sum, bytes) => sum + bytes, 0);
}

const ms = (value: number) => (value < 10 ? hundredth(value) : tenth(value));

function loadRow(endpoint: string, run: MeasuredRun & { concurrency: number; handlerMs: number }): string[] {
  const done = Math.max(run.requests, 1);
  return [
    endpoint,
    String(run.concurrency),
    whole(run.requests),
    whole(run.errors),
    tenth((run.requests / run.wallMs) * 1000),
    ms(run.latency.p50),
    ms(run.latency.p90),
    ms(run.latency.p99),
    ms(run.latency.max),
    size(run.responseBytes),
    ms(run.serverCpuMs / done),
    ms(run.handlerMs / done),
    `${Math.round(run.loopBusy * 100)}%`,
  ];
}

async function main(): Promise<void> {
  console.log(
    `fairdraw serve bench: Node ${process.version}, ${process.platform} ${process.arch}, ${availableParallelism()} CPUs, ` +
      `load average ${hundredth(loadavg()[0]!)} at start (other processes share the CPUs: compare runs only when it is low)`,
  );
  console.log(
    `directory: ${whole(config.targets)} targets, ${whole(config.inspectors)} inspectors in 2 departments, ${whole(config.conflicts)} 回避 pairs (generated, deterministic)`,
  );
  const generateStart = performance.now();
  const files = generateDirectory(config);
  console.log(`generated the CSV files in ${whole(performance.now() - generateStart)} ms (not counted)\n`);

  const dir = await mkdtemp(join(tmpdir(), 'fairdraw-serve-bench-'));
  const store = createSqliteStore({ path: join(dir, 'fairdraw.sqlite') });
  const logger = countingLogger();
  const app = createApp({ store, clock: () => new Date(), logger, trust: ephemeralTrust() });
  const { server, baseUrl } = await listen(app.fetch);
  const load = startLoadRunner();
  let failed = false;
  try {
    const call = staffClient(baseUrl, await createAdminToken(store));

    const importRows: string[][] = [];
    for (const pool of poolNames) {
      const bytes = files[pool];
      const response = await call<{ imported: number }>({ method: 'POST', path: `/api/v1/directories/${pool}/import?filename=${pool}.csv`, body: bytes, expect: 201 });
      importRows.push([pool, whole(response.body.imported), size(bytes.length), whole(response.ms), whole((response.body.imported / response.ms) * 1000)]);
    }
    console.log('import through POST /api/v1/directories/{pool}/import (UTF-8 CSV, Chinese headers), one after another:');
    console.log(formatTable(['pool', 'rows', 'request', 'ms', 'rows/s'], importRows, ['left', 'right', 'right', 'right', 'right']) + '\n');

    const plan = await call<{ id: number }>({ method: 'POST', path: '/api/v1/plans', json: benchPlan, expect: 201 });
    const task = await call<{ id: number }>({ method: 'POST', path: `/api/v1/plans/${plan.body.id}/tasks`, json: benchPlannedTask, expect: 201 });
    const publish = await call({ method: 'POST', path: `/api/v1/plans/${plan.body.id}/publish`, expect: 200 });
    const prepared = await call<DrawEntry>({ method: 'POST', path: '/api/v1/draws', json: { taskId: task.body.id, replaces: null, seedSource: { type: 'operator' } }, expect: 201 });
    const drawn = await call<DrawEntry>({ method: 'POST', path: `/api/v1/draws/${prepared.body.id}/draw`, json: { value: SEED }, expect: 200 });
    const record = drawn.body.record!;
    const steps: [string, number][] = [
      ['POST /plans', plan.ms],
      ['POST /plans/:id/tasks', task.ms],
      ['POST /plans/:id/publish', publish.ms],
      ['POST /draws (prepare)', prepared.ms],
      ['POST /draws/:id/draw', drawn.ms],
    ];
    console.log(`plan, joint task (1% of each risk stratum, teams of 1 + 1 from 2 departments), prepare and draw:`);
    console.log(formatTable(['step', 'ms'], steps.map(([step, value]) => [step, ms(value)]), ['left', 'right']));
    console.log(
      `eligible ${whole(record.eligibility.eligible)} of ${whole(record.eligibility.pool)}; drawn ${whole(record.selected.length)} targets ` +
        `(${record.strata.map((s) => `${s.stratum} ${s.size}`).join(', ')}), ${whole(record.selected.reduce((sum, s) => sum + s.team.length, 0))} team places; ` +
        `${drawn.body.recordDigest}\n`,
    );

    const drawUrl = `${baseUrl}/api/v1/public/draws/${drawn.body.id}`;
    const endpoints = [
      ['GET /public/draws/:id', drawUrl],
      ['GET /public/draws/:id/record.json', `${drawUrl}/record.json`],
    ] as const;
    const loadRows: string[][] = [];
    const errors: string[] = [];
    let clientRssKb = 0;
    for (const [endpoint, url] of endpoints) {
      // Warm-up, not counted: the first requests compile the handlers.
      await load.run({ url, concurrency: Math.min(8, Math.max(...config.concurrency)), maxRequests: WARMUP_REQUESTS, seconds: config.seconds });
      for (const concurrency of config.concurrency) {
        logger.takeRequests();
        const run = await load.run({ url, concurrency, maxRequests: config.requests, seconds: config.seconds });
        const handled = logger.takeRequests();
        loadRows.push(loadRow(endpoint, { ...run, concurrency, handlerMs: handled.ms }));
        if (run.errors > 0) errors.push(`${endpoint} at concurrency ${concurrency}: ${run.errors} errors, first: ${run.firstError}`);
        clientRssKb = Math.max(clientRssKb, run.maxRssKb);
      }
    }
    console.log(
      `serving the published draw on loopback: keep-alive GETs from a child process, each run stops after ` +
        `${whole(config.requests)} requests or ${config.seconds} s, after ${WARMUP_REQUESTS} warm-up requests per endpoint:`,
    );
    console.log(
      formatTable(
        ['endpoint', 'conc', 'requests', 'errors', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'response', 'srv CPU ms/req', 'handler ms/req', 'loop busy'],
        loadRows,
        ['left', ...Array<'right'>(12).fill('right')],
      ),
    );
    console.log(
      'latency: client side, request sent to last byte read. srv CPU: the serving process\'s CPU time (GC threads included) per request.\n' +
        'handler: time inside the Hono app per request, from the request log (excludes writing to the socket and queueing).\n' +
        'loop busy: share of the run the server\'s event loop was busy (100% = one core saturated).\n',
    );
    for (const error of errors) console.log(`ERROR ${error}`);
    if (logger.counts.error > 0) console.log(`the server logged ${logger.counts.error} error(s), first: ${logger.firstError()}`);
    failed = errors.length > 0 || logger.counts.error > 0;

    console.log(
      `peak memory (max RSS): serving process ${whole(process.resourceUsage().maxRSS / 1024)} MiB (it also generated the files and sent the imports), ` +
        `load generator ${whole(clientRssKb / 1024)} MiB`,
    );
    console.log(`data directory: ${size(await directorySize(dir))} on disk; ${whole(logger.counts.info)} log lines discarded; load average ${hundredth(loadavg()[0]!)} at the end`);
  } finally {
    await load.close();
    await close(server);
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

await main();
