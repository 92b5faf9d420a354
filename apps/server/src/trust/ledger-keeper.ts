import { KeyObject } from 'node:crypto';
import { appendEntry, ed25519PublicKeyHex, verifyLedger, type LedgerEntry, type LedgerEntryType } from '@fairdraw/core';
import type { LedgerAppend, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';
import type { HeadRecord, LedgerHead } from './ledger-head.ts';
import { storeProblem, truncated, type Problem } from './ledger-checks.ts';

/** What broke, as verification found it, and when. */
export interface LedgerProblem extends Problem {
  readonly checkedAt: string;
}

/**
 * The service's hold on the ledger: it signs new entries with the bureau's key and refuses to
 * sign while the stored chain is known to be broken, so that nothing is published on top of a
 * rewritten history (trust-spec §7). It remembers the last head it saw committed outside the
 * database, so that deleting the newest entries shows too. Verification runs on start and on demand.
 */
export interface LedgerKeeper {
  /** The bureau's public key, raw 32 bytes in hex: the form the portal and notices publish. */
  readonly publicKey: string;
  /** The last verification's finding, or null while the chain holds. */
  problem(): LedgerProblem | null;
  /** Throws 503 LEDGER_BROKEN while the ledger is known to be broken: call before publishing anything. */
  assertIntact(): void;
  /** The store append that signs this entry on top of the ledger's head; 503 LEDGER_BROKEN while broken. */
  entry(type: LedgerEntryType, at: string, payload: unknown): LedgerAppend;
  /** Runs a store write that appends to the ledger, then records the ledger's new head. */
  recorded<T>(store: Store, write: () => Promise<T>): Promise<T>;
  /** Verifies the whole chain, the recorded head, and every committed draw and result against the chain; remembers the outcome. */
  verify(store: Store, now: Date): Promise<LedgerProblem | null>;
}

export function ledgerKeeper(privateKey: KeyObject, heads: HeadRecord): LedgerKeeper {
  const publicKey = ed25519PublicKeyHex(privateKey);
  let broken: LedgerProblem | null = null;
  const fail = (problem: LedgerProblem): ApiError => {
    broken = problem;
    return brokenError(problem);
  };
  const keeper: LedgerKeeper = {
    publicKey,
    problem: () => broken,
    assertIntact() {
      if (broken) throw brokenError(broken);
    },
    entry(type, at, payload) {
      keeper.assertIntact();
      return (head) => {
        // The head is what the new entry vouches for: re-check it, and that no newer entry we saw is gone.
        const problem = headProblem(head, heads.read(), publicKey);
        if (problem) throw fail({ ...problem, checkedAt: at });
        // The ledger's order is its evidence of what came first: its times never run backwards.
        if (head && Date.parse(at) < Date.parse(head.at)) {
          throw new ApiError(409, 'CONFLICT', `the service clock (${at}) is behind the ledger's last entry (#${head.index}, ${head.at}): set the clock right before publishing`);
        }
        return appendEntry(head, { type, at, payload }, privateKey);
      };
    },
    async recorded(store, write) {
      const result = await write();
      const head = await store.ledger.head();
      const known = heads.read();
      // Only forward: a head another request recorded meanwhile is never replaced by an older one.
      if (head && (known === null || head.index > known.index)) heads.write({ index: head.index, hash: head.hash });
      return result;
    },
    async verify(store, now) {
      const checkedAt = now.toISOString();
      try {
        const problem = await storeProblem(store, publicKey, heads.read());
        broken = problem === null ? null : { ...problem, checkedAt };
        if (broken === null) {
          const head = await store.ledger.head();
          if (head) heads.write({ index: head.index, hash: head.hash });
        }
      } catch (error) {
        // Whatever stops verification (an unreadable row, a missing record) is a broken ledger, not a crash.
        broken = { index: null, problem: `the ledger could not be verified: ${error instanceof Error ? error.message : String(error)}`, checkedAt };
      }
      return broken;
    },
  };
  return keeper;
}

function headProblem(head: LedgerEntry | null, known: LedgerHead | null, publicKey: string): Problem | null {
  if (head) {
    const checked = verifyLedger([head], publicKey, { excerpt: true });
    if (!checked.ok) return { index: head.index, problem: checked.problem };
  }
  if (known && (head === null || head.index < known.index || (head.index === known.index && head.hash !== known.hash))) return truncated(head, known);
  return null;
}

function brokenError(problem: LedgerProblem): ApiError {
  return new ApiError(
    503,
    'LEDGER_BROKEN',
    `the ledger failed verification (${problem.problem}); nothing more is published until the stored ledger is restored from a backup and verifies again`,
  );
}
