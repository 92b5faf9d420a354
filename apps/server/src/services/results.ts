import type { Change, ResultEntry, ResultStatus, Store } from '@fairdraw/store';
import { ApiError } from '../api-error.ts';
import type { Trust } from '../trust/trust.ts';
import { resultPayload } from '../trust/result-entry.ts';

/**
 * Moves a result along its workflow. Publishing a result of a committed draw enters the ledger
 * with what was published (trust-spec §7.6): the record's digest, the result's id and target,
 * the result it corrects, and the digest of its outcome, which the service's ledger check
 * compares with the stored outcome.
 */
export async function moveResult(
  store: Store,
  trust: Trust,
  input: { resultId: number; from: ResultStatus; to: ResultStatus; note: string | null },
  change: Change,
): Promise<ResultEntry> {
  const { resultId: id, from, to, note } = input;
  if (to !== 'published') return store.results.transition(id, { from, to, note }, change);
  trust.ledger.assertIntact();
  const result = await store.results.get(id);
  if (!result) throw new ApiError(404, 'NOT_FOUND', `result ${id} does not exist`);
  const draw = await store.draws.get(result.drawId);
  const { commitmentDigest, recordDigest } = draw ?? {};
  if (!commitmentDigest || !recordDigest) return store.results.transition(id, { from, to, note }, change);
  const ledger = trust.ledger.entry('result', change.at, resultPayload({ recordDigest, commitmentDigest }, result));
  return trust.ledger.recorded(store, () => store.results.transition(id, { from, to, note, ledger }, change));
}
