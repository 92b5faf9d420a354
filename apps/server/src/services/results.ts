import { createHash } from 'node:crypto';
import { canonicalJson } from '@fairdraw/core';
import type { Change, ResultEntry, ResultStatus, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';
import type { Trust } from '../trust/trust.ts';

/**
 * Moves a result along its workflow. Publishing a result of a committed draw enters the ledger
 * with what was published (trust-spec §7.2): the record's digest, the result's id and target,
 * the result it corrects, and the digest of its outcome — so a published result cannot be
 * quietly rewritten afterwards either.
 */
export async function moveResult(
  store: Store,
  trust: Trust,
  input: { resultId: number; from: ResultStatus; to: ResultStatus; note: string | null },
  change: Change,
): Promise<ResultEntry> {
  const { resultId: id, from, to, note } = input;
  if (to !== 'published') return store.results.transition(id, { from, to, note }, change);
  const result = await store.results.get(id);
  if (!result) throw new ApiError(404, 'NOT_FOUND', `result ${id} does not exist`);
  const draw = await store.draws.get(result.drawId);
  if (!draw?.commitmentDigest || !draw.recordDigest) return store.results.transition(id, { from, to, note }, change);
  const ledger = trust.ledger.entry('result', change.at, {
    recordDigest: draw.recordDigest,
    commitmentDigest: draw.commitmentDigest,
    resultId: result.id,
    targetId: result.targetId,
    corrects: result.corrects,
    outcomeDigest: `sha256:${createHash('sha256').update(canonicalJson(result.outcome), 'utf8').digest('hex')}`,
  });
  return store.results.transition(id, { from, to, note, ledger }, change);
}
