import { resolve } from 'node:path';
import { z } from 'zod';
import { parseWith } from '@fairdraw/core';

/** Settings from the environment, checked once at start. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  FAIRDRAW_DATA_DIR: z.string().min(1).default('./data'),
  /** "1" starts an empty store without the demo bureau. */
  FAIRDRAW_EMPTY: z.enum(['0', '1']).default('0'),
});

export function readConfig(env: NodeJS.ProcessEnv, argv: readonly string[]) {
  const config = parseWith(ServerConfig, env, { source: 'environment' });
  return {
    port: config.PORT,
    host: config.HOST,
    dataDir: resolve(config.FAIRDRAW_DATA_DIR),
    demo: config.FAIRDRAW_EMPTY === '0' && !argv.includes('--empty'),
  };
}
