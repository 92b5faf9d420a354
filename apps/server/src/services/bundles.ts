import { assembleBundle, type Bundle, type LedgerEntry } from '@fairdraw/core';
import type { Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';
import type { Trust } from '../trust/trust.ts';
import { poolsOfDraw } from './draws.ts';

/**
 * The offline verification bundle of a drawn draw (trust-spec §8): the commitment, the seed's
 * evidence, the record, the public directory snapshots and the draw's ledger entries. The
 * auditor bundle adds the 回避 list and the salt that binds it to the commitment.
 */
export async function drawBundle(store: Store, trust: Trust, drawId: number, options: { auditor: boolean }): Promise<Bundle> {
  const entry = await store.draws.get(drawId);
  if (!entry) throw new ApiError(404, 'NOT_FOUND', `draw ${drawId} does not exist`);
  const { commitment, commitmentDigest, evidence, record } = entry;
  if (commitment === null || commitmentDigest === null) {
    throw new ApiError(404, 'NOT_FOUND', `draw ${drawId} was made before fairdraw made commitments: it has no bundle; verify its record with its directory snapshots`);
  }
  if (record === null || evidence === null) throw new ApiError(404, 'NOT_FOUND', `draw ${drawId} has not been drawn: its bundle exists once it is`);
  const pools = await poolsOfDraw(store, entry);
  const entries = await ledgerExcerpt(store, commitmentDigest, commitment.replaces?.commitment ?? null);
  const salt = options.auditor ? await store.draws.conflictsSalt(drawId) : undefined;
  if (options.auditor && salt === undefined) throw new ApiError(500, 'INTERNAL', `the salt of draw ${drawId}'s 回避 digest is missing`);
  return assembleBundle({
    commitment,
    evidence,
    record,
    pools,
    ledger: { publicKey: trust.ledger.publicKey, entries },
    ...(salt === undefined ? {} : { auditor: { salt } }),
  });
}

/** A commitment's ledger entries, with those of the commitment it replaces, in ledger order. */
async function ledgerExcerpt(store: Store, commitmentDigest: string, replaced: string | null): Promise<LedgerEntry[]> {
  const own = await store.ledger.about(commitmentDigest);
  const before = replaced === null ? [] : await store.ledger.about(replaced);
  return [...before, ...own].sort((a, b) => a.index - b.index);
}
