import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ed25519PublicKeyHex } from '@fairdraw/core';
import { loadLedgerKey } from './ledger-key.ts';

describe('the ledger signing key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairdraw-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, readable by its owner only, and read back as the same key', () => {
    const path = join(dir, 'ledger-key.pem');
    const made = loadLedgerKey(path, { ledgerHasEntries: false });
    expect(made.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = loadLedgerKey(path, { ledgerHasEntries: true });
    expect(again.created).toBe(false);
    expect(ed25519PublicKeyHex(again.key)).toBe(ed25519PublicKeyHex(made.key));
  });

  it('is never replaced by a new one once the ledger has entries', () => {
    expect(() => loadLedgerKey(join(dir, 'lost.pem'), { ledgerHasEntries: true })).toThrow(/missing but the ledger already has entries: restore the key/);
  });

  it('refuses a file that is not an Ed25519 private key', () => {
    const path = join(dir, 'wrong.pem');
    writeFileSync(path, 'not a key');
    expect(() => loadLedgerKey(path, { ledgerHasEntries: false })).toThrow(/not an Ed25519 private key/);
  });
});
