import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { parseWith } from '@fairdraw/core';

/** Settings from the environment, checked once at start. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  FAIRDRAW_DATA_DIR: z.string().min(1).default('./data'),
  /** "1" starts an empty store without the demo bureau. */
  FAIRDRAW_EMPTY: z.enum(['0', '1']).default('0'),
  /** The bureau's Ed25519 ledger key (PKCS#8 PEM); made on first start. Default: ledger-key.pem in the data directory. */
  FAIRDRAW_LEDGER_KEY: z.string().min(1).optional(),
  /** drand HTTP relays, comma-separated, tried in order; "none" for a service without network (staff paste beacons). */
  FAIRDRAW_DRAND_RELAYS: z.string().default('https://api.drand.sh,https://drand.cloudflare.com'),
  /** How long after a commitment its drand round must be due (trust-spec §4.1); at least 60 s. */
  FAIRDRAW_DRAND_MARGIN_SECONDS: z.coerce.number().int().min(60).max(86_400).default(60),
  /** How often (seconds) the service draws prepared draws whose drand round is out; 0 turns it off. */
  FAIRDRAW_AUTO_DRAW_SECONDS: z.coerce.number().int().min(0).max(86_400).default(15),
});

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]) {
  const config = parseWith(ServerConfig, env, { source: 'environment' });
  const ledgerKeyFile = resolve(config.FAIRDRAW_LEDGER_KEY ?? join(config.FAIRDRAW_DATA_DIR, 'ledger-key.pem'));
  return {
    port: config.PORT,
    host: config.HOST,
    dataDir: resolve(config.FAIRDRAW_DATA_DIR),
    demo: config.FAIRDRAW_EMPTY === '0' && !argv.includes('--empty'),
    ledgerKeyFile,
    // The last ledger head the service saw, kept beside the key rather than in the database.
    ledgerHeadFile: join(dirname(ledgerKeyFile), 'ledger-head.json'),
    drandRelays: config.FAIRDRAW_DRAND_RELAYS.trim() === 'none' ? [] : config.FAIRDRAW_DRAND_RELAYS.split(',').map((url) => url.trim()).filter((url) => url !== ''),
    drandMarginSeconds: config.FAIRDRAW_DRAND_MARGIN_SECONDS,
    autoDrawSeconds: config.FAIRDRAW_AUTO_DRAW_SECONDS,
  };
}
