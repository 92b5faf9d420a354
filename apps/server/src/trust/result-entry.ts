import { createHash } from 'node:crypto';
import { canonicalJson, type Outcome } from '@fairdraw/core';
import type { ResultEntry } from '@fairdraw/store';

/** "sha256:" + hex(SHA-256(canonical JSON of an outcome as stored)): binds a published result without publishing its internal fields. */
export function outcomeDigest(outcome: Outcome): string {
  return `sha256:${createHash('sha256').update(canonicalJson(outcome), 'utf8').digest('hex')}`;
}

/** The payload of the ledger entry that records a result's publication (trust-spec §7.6). */
export function resultPayload(draw: { recordDigest: string; commitmentDigest: string }, result: ResultEntry) {
  return {
    recordDigest: draw.recordDigest,
    commitmentDigest: draw.commitmentDigest,
    resultId: result.id,
    targetId: result.targetId,
    corrects: result.corrects,
    outcomeDigest: outcomeDigest(result.outcome),
  };
}
