import { canonicalJson, commitmentDigest, recordDigest, revealSeed, verifyLedger, type LedgerEntry } from '@fairdraw/core';
import type { DrawEntry, ResultEntry, Store } from '@fairdraw/store';
import type { LedgerHead } from './ledger-head.ts';
import { outcomeDigest } from './result-entry.ts';

/** What is wrong: the first broken entry's index (when the problem is an entry's) and the reason. */
export interface Problem {
  readonly index: number | null;
  readonly problem: string;
}

/**
 * The first thing wrong with the stored ledger and what it records, or null: the chain itself
 * (trust-spec §7.4), the head recorded outside the database, then every committed draw and
 * published result against its entries — so that a row edited, deleted or added around the
 * service, in the ledger or in the records it vouches for, shows.
 */
export async function storeProblem(store: Store, publicKey: string, known: LedgerHead | null): Promise<Problem | null> {
  const entries = await store.ledger.list();
  const chain = verifyLedger(entries, publicKey);
  if (!chain.ok) return { index: chain.index ?? null, problem: chain.problem };
  if (known && entries[known.index]?.hash !== known.hash) return truncated(entries.at(-1) ?? null, known);
  const about = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const digest = entry.payload.commitmentDigest;
    if (typeof digest === 'string') about.set(digest, [...(about.get(digest) ?? []), entry]);
  }
  const draws = new Map((await store.draws.list()).flatMap((draw) => (draw.commitmentDigest === null ? [] : [[draw.commitmentDigest, draw] as const])));
  for (const [digest, list] of about) {
    if (!draws.has(digest)) return { index: list[0]!.index, problem: `entry #${list[0]!.index} records commitment ${digest}, but no stored draw holds it` };
  }
  for (const draw of draws.values()) {
    const results = draw.record === null ? [] : await store.results.list({ drawId: draw.id });
    const problem = drawProblem(draw, about.get(draw.commitmentDigest!) ?? [], results);
    if (problem) return problem;
  }
  return null;
}

/** The ledger no longer holds the head recorded outside the database: its newest entries were deleted or replaced. */
export function truncated(last: { index: number } | null, known: LedgerHead): Problem {
  return {
    index: known.index,
    problem: `the ledger ends at ${last ? `entry #${last.index}` : 'nothing'}, but entry #${known.index} (${known.hash}) was recorded: entries were deleted or replaced (truncated)`,
  };
}

function drawProblem(draw: DrawEntry, entries: readonly LedgerEntry[], results: readonly ResultEntry[]): Problem | null {
  const of = (type: LedgerEntry['type']) => entries.filter((entry) => entry.type === type);
  const name = `draw ${draw.id}`;
  const commitment = draw.commitment!;
  if (commitmentDigest(commitment) !== draw.commitmentDigest) return { index: null, problem: `${name}'s stored commitment no longer has its digest ${draw.commitmentDigest}` };
  const [committed, ...again] = of('commitment');
  if (!committed) return { index: null, problem: `${name}'s commitment ${draw.commitmentDigest} is not in the ledger` };
  if (again.length > 0) return { index: again[0]!.index, problem: `entry #${again[0]!.index} records ${name}'s commitment a second time` };
  if (canonicalJson(committed.payload.commitment) !== canonicalJson(commitment)) return { index: committed.index, problem: `${name}'s stored commitment differs from the one entry #${committed.index} published` };

  const drawnEntries = of('draw');
  if (drawnEntries.length > 1) return { index: drawnEntries[1]!.index, problem: `entry #${drawnEntries[1]!.index} records a second draw of ${name}'s commitment: a commitment is drawn once` };
  const drawn = drawnEntries[0];
  if (draw.record === null) {
    if (drawn) return { index: drawn.index, problem: `entry #${drawn.index} records ${name} as drawn, but the stored draw has no record` };
  } else {
    if (!drawn) return { index: null, problem: `${name} is drawn but its draw is not in the ledger` };
    const digest = recordDigest(draw.record);
    if (digest !== draw.recordDigest || drawn.payload.recordDigest !== digest || drawn.payload.seed !== draw.seed) {
      return { index: drawn.index, problem: `${name}'s stored record or seed differs from what entry #${drawn.index} recorded` };
    }
    if (draw.evidence === null || revealSeed({ commitmentDigest: draw.commitmentDigest!, seedSource: commitment.seedSource, evidence: draw.evidence }).seed !== draw.seed) {
      return { index: drawn.index, problem: `${name}'s stored seed evidence does not give its seed` };
    }
  }

  const cancellations = of('cancellation');
  if (draw.status === 'cancelled' && !cancellations.some((entry) => entry.payload.reason === draw.cancelReason)) {
    return { index: null, problem: `${name} is cancelled, but the ledger records no cancellation with its reason` };
  }
  if (draw.status !== 'cancelled' && cancellations.length > 0) return { index: cancellations[0]!.index, problem: `entry #${cancellations[0]!.index} records ${name} as cancelled, but the stored draw is ${draw.status}` };

  const published = new Map(results.filter((result) => result.status === 'published').map((result) => [result.id, result]));
  const recorded = of('result');
  for (const entry of recorded) {
    const result = published.get(Number(entry.payload.resultId));
    if (!result) return { index: entry.index, problem: `entry #${entry.index} records result ${String(entry.payload.resultId)} of ${name} as published, but it is not` };
    if (entry.payload.outcomeDigest !== outcomeDigest(result.outcome) || entry.payload.targetId !== result.targetId) {
      return { index: entry.index, problem: `published result ${result.id} of ${name} differs from what entry #${entry.index} recorded` };
    }
  }
  for (const result of published.values()) {
    if (!recorded.some((entry) => entry.payload.resultId === result.id)) return { index: null, problem: `result ${result.id} of ${name} is published, but its publication is not in the ledger` };
  }
  return null;
}
