import { KeyObject } from 'node:crypto';
import {
  appendEntry,
  canonicalJson,
  commitmentDigest,
  ed25519PublicKeyHex,
  recordDigest,
  verifyLedger,
  type Commitment,
  type LedgerEntry,
  type LedgerEntryType,
} from '@fairdraw/core';
import type { DrawEntry, LedgerAppend, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';

/** What broke, as verification found it: the entry (or draw) and the reason. */
export interface LedgerProblem {
  readonly index: number | null;
  readonly problem: string;
  readonly checkedAt: string;
}

/**
 * The service's hold on the ledger: it signs new entries with the bureau's key and refuses to
 * sign while the stored chain is known to be broken, so that nothing is published on top of a
 * rewritten history (trust-spec §7). Verification runs on start and on demand.
 */
export interface LedgerKeeper {
  /** The bureau's public key, raw 32 bytes in hex: the form the portal and notices publish. */
  readonly publicKey: string;
  /** The last verification's finding, or null while the chain holds. */
  problem(): LedgerProblem | null;
  /** The store append that signs this entry on top of the ledger's head; 503 LEDGER_BROKEN while broken. */
  entry(type: LedgerEntryType, at: string, payload: unknown): LedgerAppend;
  /** Verifies the whole chain and every committed draw against it, and remembers the outcome. */
  verify(store: Store, now: Date): Promise<LedgerProblem | null>;
}

export function ledgerKeeper(privateKey: KeyObject): LedgerKeeper {
  const publicKey = ed25519PublicKeyHex(privateKey);
  let broken: LedgerProblem | null = null;
  return {
    publicKey,
    problem: () => broken,
    entry(type, at, payload) {
      if (broken) throw brokenError(broken);
      return (head) => {
        // The head is what the new entry vouches for: re-check it, so an edit made since start still stops here.
        if (head) {
          const checked = verifyLedger([head], publicKey, { excerpt: true });
          if (!checked.ok) {
            broken = { index: head.index, problem: checked.problem, checkedAt: at };
            throw brokenError(broken);
          }
        }
        return appendEntry(head, { type, at, payload }, privateKey);
      };
    },
    async verify(store, now) {
      broken = await findProblem(store, publicKey, now.toISOString());
      return broken;
    },
  };
}

function brokenError(problem: LedgerProblem): ApiError {
  return new ApiError(
    503,
    'LEDGER_BROKEN',
    `the ledger failed verification (${problem.problem}); nothing more is published until the stored ledger is restored from a backup and verifies again`,
  );
}

async function findProblem(store: Store, publicKey: string, checkedAt: string): Promise<LedgerProblem | null> {
  const entries = await store.ledger.list();
  const chain = verifyLedger(entries, publicKey);
  if (!chain.ok) return { index: chain.index ?? null, problem: chain.problem, checkedAt };
  // The chain holds; now the draws must be what it recorded (an edit of the draws table shows here).
  const byDigest = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const digest = entry.payload.commitmentDigest;
    if (typeof digest === 'string') byDigest.set(digest, [...(byDigest.get(digest) ?? []), entry]);
  }
  for (const draw of await store.draws.list()) {
    const { commitment, commitmentDigest: digest } = draw;
    if (commitment === null || digest === null) continue;
    const problem = drawProblem(draw.id, { ...draw, commitment, commitmentDigest: digest }, byDigest.get(digest) ?? []);
    if (problem) return { index: null, problem, checkedAt };
  }
  return null;
}

function drawProblem(
  id: number,
  draw: DrawEntry & { commitment: Commitment; commitmentDigest: string },
  entries: readonly LedgerEntry[],
): string | null {
  if (commitmentDigest(draw.commitment) !== draw.commitmentDigest) return `draw ${id}'s stored commitment no longer has its digest ${draw.commitmentDigest}`;
  const committed = entries.find((entry) => entry.type === 'commitment');
  if (!committed) return `draw ${id}'s commitment ${draw.commitmentDigest} is not in the ledger`;
  if (canonicalJson(committed.payload.commitment) !== canonicalJson(draw.commitment)) return `draw ${id}'s stored commitment differs from the one ledger entry #${committed.index} published`;
  if (draw.record === null) return null;
  const drawn = entries.find((entry) => entry.type === 'draw');
  if (!drawn) return `draw ${id} is drawn but its draw is not in the ledger`;
  const digest = recordDigest(draw.record);
  if (digest !== draw.recordDigest || drawn.payload.recordDigest !== digest || drawn.payload.seed !== draw.seed) {
    return `draw ${id}'s stored record or seed differs from what ledger entry #${drawn.index} recorded`;
  }
  return null;
}
