import { sign } from 'node:crypto';
import { parseWith } from '../model/parse.ts';
import { hexToBytes } from './_bytes.ts';
import { ed25519PrivateKey, type KeyInput } from './ed25519-keys.ts';
import { CanonicalObject, GENESIS_PREV_HASH, LedgerEntry, entryHash, type LedgerEntryType } from './ledger-entry.ts';
import { ledgerPayloads } from './ledger-payloads.ts';
import { IsoInstant } from './instant.ts';

export interface NewLedgerEntry {
  readonly type: LedgerEntryType;
  /** When it happened, UTC ISO (the caller's clock). */
  readonly at: string;
  /** Checked against the type's payload schema and stored in its normal form. */
  readonly payload: unknown;
}

/**
 * The entry that follows `previous` (or opens the ledger when it is null): next index,
 * previous hash, hash of its contents, and an Ed25519 signature of that hash. Throws
 * INVALID_INPUT for a payload that does not fit its type, a bad instant or a bad key.
 */
export function appendEntry(previous: LedgerEntry | null, entry: NewLedgerEntry, privateKey: KeyInput): LedgerEntry {
  const key = ed25519PrivateKey(privateKey);
  const at = parseWith(IsoInstant, entry.at, { source: 'ledger entry', path: ['at'] });
  const typed = parseWith(ledgerPayloads[entry.type], entry.payload, { source: `${entry.type} entry`, path: ['payload'] });
  const payload = parseWith(CanonicalObject, typed, { source: `${entry.type} entry`, path: ['payload'] });
  const unsigned = {
    index: previous === null ? 0 : previous.index + 1,
    prevHash: previous === null ? GENESIS_PREV_HASH : previous.hash,
    type: entry.type,
    at,
    payload,
  };
  const hash = entryHash(unsigned);
  const signature = sign(null, hexToBytes(hash), key).toString('hex');
  return LedgerEntry.parse({ ...unsigned, hash, signature });
}
