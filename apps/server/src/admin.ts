import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { RecordId } from '@fairdraw/core';
import { createSqliteStore } from '@fairdraw/store';
import { readConfig } from './config.ts';
import { newToken } from './tokens.ts';

const usage = `usage: pnpm admin create-admin --id <account id> --name <name>
  Creates an admin account and prints its first API token (shown once). Refuses if an
  account with that id exists. Uses FAIRDRAW_DATA_DIR (default ./data) like the server.`;

/** The only way to get a first admin: on the machine that holds the data, not over HTTP. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'create-admin') {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { id: { type: 'string' }, name: { type: 'string' } }, strict: true });
  const id = RecordId.safeParse(values.id);
  if (!id.success || !values.name?.trim()) {
    process.stderr.write(`--id (letters, digits, . _ : / -) and --name are required\n${usage}\n`);
    return 2;
  }
  const config = readConfig(process.env, []);
  mkdirSync(config.dataDir, { recursive: true });
  const store = createSqliteStore({ path: join(config.dataDir, 'fairdraw.sqlite') });
  try {
    const change = { actor: 'admin-cli', at: new Date().toISOString() };
    if (await store.accounts.get(id.data)) {
      process.stderr.write(`an account "${id.data}" already exists; nothing changed\n`);
      return 1;
    }
    await store.accounts.create({ id: id.data, name: values.name.trim(), roles: ['admin'] }, change);
    const { token, id: tokenId, secretHash } = newToken();
    await store.tokens.create({ id: tokenId, accountId: id.data, label: 'created by admin CLI', secretHash }, change);
    process.stdout.write(`admin account "${id.data}" created.\nAPI token (shown once, keep it safe):\n${token}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`admin: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
