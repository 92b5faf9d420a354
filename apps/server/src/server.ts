import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createSqliteStore } from '@fairdraw/store';
import { formatIssue, isFairdrawError } from '@fairdraw/core';
import { createApp } from './app.ts';
import { jsonLogger } from './logger.ts';
import { readConfig } from './config.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { startAutoDraw } from './services/auto-draw.ts';
import { loadLedgerKey } from './trust/ledger-key.ts';
import { ledgerKeeper } from './trust/ledger-keeper.ts';
import { httpBeaconRelay } from './trust/beacon-relay.ts';
import { randomSalt, type Trust } from './trust/trust.ts';
import { fileHead } from './trust/ledger-head.ts';

const logger = jsonLogger();
try {
  const config = readConfig(process.env, process.argv.slice(2));
  mkdirSync(config.dataDir, { recursive: true });
  const store = createSqliteStore({ path: join(config.dataDir, 'fairdraw.sqlite') });
  const clock = () => new Date();
  const { key, created } = loadLedgerKey(config.ledgerKeyFile, { ledgerHasEntries: (await store.ledger.head()) !== undefined });
  const trust: Trust = {
    ledger: ledgerKeeper(key, fileHead(config.ledgerHeadFile)),
    relay: httpBeaconRelay(config.drandRelays),
    drandMarginSeconds: config.drandMarginSeconds,
    newSalt: randomSalt,
  };
  if (created) logger.info('ledger key created', { file: config.ledgerKeyFile, publicKey: trust.ledger.publicKey });
  // The chain is checked before anything is added to it; while it is broken nothing is published.
  const problem = await trust.ledger.verify(store, clock());
  if (problem) logger.error('ledger broken: publishing is refused until it is restored', { ...problem });
  else logger.info('ledger verified', { entries: ((await store.ledger.head())?.index ?? -1) + 1, publicKey: trust.ledger.publicKey });
  if (config.demo && (await store.plans.list()).length === 0 && (await store.directories.list('targets')).length === 0) {
    await seedDemo(store, trust);
    logger.info('demo bureau loaded', { dataDir: config.dataDir });
  }
  const app = createApp({ store, clock, logger, trust });
  const autoDraw = config.autoDrawSeconds > 0 ? startAutoDraw({ store, clock, logger, trust }, config.autoDrawSeconds * 1000) : null;
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { url: `http://${config.host}:${info.port}`, dataDir: config.dataDir, demo: config.demo });
  });
  const stop = (signal: string) => {
    logger.info('stopping', { signal });
    autoDraw?.stop();
    server.close(() => void store.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const detail = isFairdrawError(error) ? error.issues.map(formatIssue) : [];
  logger.error('cannot start', { error: error instanceof Error ? error.message : String(error), detail });
  process.exitCode = 1;
}
