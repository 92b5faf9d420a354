import { verify as verifySignature } from 'node:crypto';
import { formatIssue } from '../errors.ts';
import { toIssues } from '../model/parse.ts';
import { hexToBytes } from './_bytes.ts';
import { ed25519PublicKey, type KeyInput } from './ed25519-keys.ts';
import { GENESIS_PREV_HASH, LedgerEntry, entryHash } from './ledger-entry.ts';

export const ledgerFailures = ['malformed', 'index-gap', 'reordered', 'hash-mismatch', 'chain-break', 'bad-signature', 'truncated'] as const;
export type LedgerFailure = (typeof ledgerFailures)[number];

export type LedgerVerification =
  | { readonly ok: true; readonly count: number; readonly head: { readonly index: number; readonly hash: string } | null }
  | {
      readonly ok: false;
      /** Position in the list given of the first broken entry. */
      readonly position: number;
      /** Its index as written, when it could be read. */
      readonly index?: number;
      readonly failure: LedgerFailure;
      /** What broke, in words. */
      readonly problem: string;
    };

export interface VerifyLedgerOptions {
  /**
   * An excerpt (e.g. the entries of one draw) need not start at entry 0 nor be contiguous:
   * indices must only increase, and links are checked between consecutive indices.
   */
  readonly excerpt?: boolean;
  /** The head the bureau published: the last entry must be this one, so a cut-off tail shows. */
  readonly head?: { readonly index: number; readonly hash: string };
}

/**
 * Checks a ledger (or an excerpt of one): every entry well-formed, indices in sequence,
 * each hash that of its contents, each entry linked to the one before, each signature the
 * bureau's. Reports the first broken entry and what broke; never throws for a bad ledger.
 * Throws INVALID_INPUT only for a public key that is not Ed25519.
 */
export function verifyLedger(entries: readonly unknown[], publicKey: KeyInput, options: VerifyLedgerOptions = {}): LedgerVerification {
  const key = ed25519PublicKey(publicKey);
  const parsed: LedgerEntry[] = [];
  for (const [position, raw] of entries.entries()) {
    const fail = (failure: LedgerFailure, problem: string, index?: number) => ({ ok: false, position, failure, problem, ...(index === undefined ? {} : { index }) }) as const;
    const result = LedgerEntry.safeParse(raw);
    if (!result.success) {
      const issues = toIssues(result.error, { source: `entry at position ${position}` }).map(formatIssue);
      return fail('malformed', `the entry at position ${position} is not a ledger entry: ${issues.slice(0, 3).join('; ')}`);
    }
    const entry = result.data;
    const before = parsed.at(-1);
    const expected = before === undefined ? (options.excerpt ? undefined : 0) : before.index + 1;
    const name = `entry #${entry.index}`;
    if (expected !== undefined && entry.index !== expected) {
      const later = entries.slice(position + 1).some((other) => LedgerEntry.safeParse(other).data?.index === expected);
      if (entry.index < expected || later) {
        return fail('reordered', `${name} is out of order: it comes after entry #${before?.index ?? 'none'}${later ? `, and entry #${expected} comes after it` : ''}`, entry.index);
      }
      if (!options.excerpt) {
        const missing = entry.index - expected === 1 ? `entry #${expected} is missing` : `entries #${expected} to #${entry.index - 1} are missing`;
        return fail('index-gap', `${before === undefined ? `the ledger starts at ${name}` : `${name} follows entry #${before.index}`}: ${missing}`, entry.index);
      }
    }
    const hash = entryHash(entry);
    if (hash !== entry.hash) {
      return fail('hash-mismatch', `${name} was changed after it was written: its contents hash to ${hash}, but it carries ${entry.hash}`, entry.index);
    }
    const linked = before !== undefined && before.index + 1 === entry.index ? before.hash : entry.index === 0 ? GENESIS_PREV_HASH : undefined;
    if (linked !== undefined && entry.prevHash !== linked) {
      return fail('chain-break', `${name} does not follow ${entry.index === 0 ? 'nothing (the first entry links to 64 zeros)' : `entry #${entry.index - 1}`}: it names ${entry.prevHash} as the previous hash, but that entry's hash is ${linked}`, entry.index);
    }
    if (!verifySignature(null, hexToBytes(entry.hash), key, hexToBytes(entry.signature))) {
      return fail('bad-signature', `${name} is not signed by the bureau's key: its signature does not verify`, entry.index);
    }
    parsed.push(entry);
  }
  const last = parsed.at(-1);
  const head = last === undefined ? null : { index: last.index, hash: last.hash };
  if (options.head !== undefined && (head === null || head.index !== options.head.index || head.hash !== options.head.hash)) {
    return {
      ok: false,
      position: parsed.length,
      failure: 'truncated',
      problem: `the ledger ends at ${head === null ? 'nothing' : `entry #${head.index} (${head.hash})`}, but the published head is entry #${options.head.index} (${options.head.hash})`,
    };
  }
  return { ok: true, count: parsed.length, head };
}
