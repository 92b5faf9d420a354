import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { ed25519PrivateKey } from '@fairdraw/core';

/**
 * The bureau's Ed25519 signing key, kept as a PKCS#8 PEM file readable by its owner only. It is
 * made on the first start, before the ledger has entries; afterwards a missing key is an error,
 * since a new key could not sign entries the published key verifies.
 */
export function loadLedgerKey(path: string, options: { ledgerHasEntries: boolean }): { key: KeyObject; created: boolean } {
  if (existsSync(path)) return { key: ed25519PrivateKey(readFileSync(path, 'utf8')), created: false };
  if (options.ledgerHasEntries) {
    throw new Error(
      `the ledger signing key ${path} is missing but the ledger already has entries: restore the key from its backup ` +
        '(a new key would not match the public key the bureau published)',
    );
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  // 'wx': never overwrite a key another process wrote meanwhile.
  writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  return { key: privateKey, created: true };
}
