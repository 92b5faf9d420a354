import { z } from 'zod';
import { Task } from '../model/task.ts';
import { text } from '../model/primitives.ts';
import { PoolDigest } from '../record/draw-record.ts';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { Sha256Digest, sha256Hex } from './_bytes.ts';
import { IsoInstant } from './instant.ts';
import { SeedSource } from './seed-source.ts';

export const COMMITMENT_FORMAT = 'fairdraw-commitment/1';

/** An internal directory as a commitment binds it: its size and its salted digest. */
export const SaltedPoolDigest = z.strictObject({
  count: z.number().int().min(0),
  saltedDigest: Sha256Digest,
});

/**
 * What a draw commits to before its seed can be known: the algorithm, the task, every
 * directory version (public ones by digest, the 回避 list by salted digest), the seed
 * source, the commitment it replaces, and when it was made. Published whole; its digest
 * is its id.
 */
export const Commitment = z.strictObject({
  format: z.literal(COMMITMENT_FORMAT),
  /** The draw algorithm, e.g. "fairdraw-draw/1". */
  algorithm: z.string().min(1),
  /** The task in normal form, exactly as the draw record will hold it. */
  task: Task,
  directories: z.strictObject({
    public: z.strictObject({ targets: PoolDigest, inspectors: PoolDigest }),
    internal: z.strictObject({ conflicts: SaltedPoolDigest }),
  }),
  seedSource: SeedSource,
  /** The commitment this one replaces (its digest) and why, or null for a first draw. */
  replaces: z.strictObject({ commitment: Sha256Digest, reason: text(500) }).nullable(),
  /** When the commitment was made, as the service's clock says. */
  at: IsoInstant,
});
export type Commitment = z.infer<typeof Commitment>;
export type CommitmentInput = z.input<typeof Commitment>;

/** A commitment's id: "sha256:" + hex(SHA-256(UTF-8 canonical JSON of the commitment)). */
export function commitmentDigest(commitment: Commitment): string {
  return `sha256:${sha256Hex(canonicalJson(commitment))}`;
}
