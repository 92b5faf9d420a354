import { QUICKNET, drandRoundTime, type SeedSource } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';

/**
 * Where a draw's seed comes from, for people: the source, when a drand round is due, whether
 * anyone can verify it, whether the draw is overdue (its seed is public, yet it was not drawn:
 * trust-spec §3.5 keeps such commitments visible), and whether it was cancelled after its seed
 * could be known — the pattern seed shopping would leave, so the portal points at it.
 */
export function seedFacts(entry: DrawEntry, now: Date) {
  const source: SeedSource | null = entry.commitment?.seedSource ?? null;
  const due = source?.type === 'drand' && source.chain === QUICKNET.hash ? drandRoundTime(source.round, QUICKNET) : null;
  return {
    source,
    /** The drand round's time, when the source is drand. */
    due,
    /** A committed drand or witness seed: anyone can check it. Operator seeds, and draws made before commitments, cannot be. */
    verifiable: source !== null && source.type !== 'operator',
    overdue: entry.status === 'prepared' && due !== null && now.getTime() >= Date.parse(due),
    cancelledAfterSeed:
      entry.status === 'cancelled' && (entry.drawnAt !== null || (due !== null && entry.cancelledAt !== null && Date.parse(entry.cancelledAt) >= Date.parse(due))),
  };
}
