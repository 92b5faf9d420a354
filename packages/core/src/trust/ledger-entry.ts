import { z } from 'zod';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { Hex32, sha256Hex } from './_bytes.ts';
import { IsoInstant } from './instant.ts';

/** What the ledger records: a commitment made, a draw done, a commitment cancelled, results published. */
export const ledgerEntryTypes = ['commitment', 'draw', 'cancellation', 'result'] as const;
export type LedgerEntryType = (typeof ledgerEntryTypes)[number];

/** The previous hash of the first entry: 64 zeros. */
export const GENESIS_PREV_HASH = '0'.repeat(64);

/** A JSON object canonical JSON can hold (integers only). */
export const CanonicalObject = z.record(z.string(), z.json()).refine(
  (value) => {
    try {
      canonicalJson(value);
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must hold only strings, integers, booleans, null, arrays and objects' },
);

/** One link of the ledger's hash chain, signed by the bureau. */
export const LedgerEntry = z.strictObject({
  /** Position in the ledger, from 0. */
  index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** The hash of the entry before, or 64 zeros for the first. */
  prevHash: Hex32,
  type: z.enum(ledgerEntryTypes),
  at: IsoInstant,
  payload: CanonicalObject,
  /** hex(SHA-256(canonical JSON of {index, prevHash, type, at, payload})). */
  hash: Hex32,
  /** Ed25519 over the 32 bytes of `hash`, hex (64 bytes). */
  signature: z.string().regex(/^[0-9a-f]{128}$/, { error: 'must be 128 lower-case hex digits (an Ed25519 signature)' }),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** The hash an entry must carry: SHA-256 of the canonical JSON of the entry without hash and signature. */
export function entryHash(entry: Pick<LedgerEntry, 'index' | 'prevHash' | 'type' | 'at' | 'payload'>): string {
  return sha256Hex(canonicalJson({ index: entry.index, prevHash: entry.prevHash, type: entry.type, at: entry.at, payload: entry.payload }));
}
