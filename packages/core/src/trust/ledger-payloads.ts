import { z } from 'zod';
import { text } from '../model/primitives.ts';
import { Hex32, Sha256Digest } from './_bytes.ts';
import { Commitment } from './commitment.ts';
import type { LedgerEntryType } from './ledger-entry.ts';

/** A commitment made: the document and its digest. */
export const CommitmentPayload = z.strictObject({ commitmentDigest: Sha256Digest, commitment: Commitment });

/** A draw done under a commitment: the seed and the digest of the record. */
export const DrawPayload = z.strictObject({ commitmentDigest: Sha256Digest, seed: Hex32, recordDigest: Sha256Digest });

/** A commitment given up before or after its draw, and why. */
export const CancellationPayload = z.strictObject({ commitmentDigest: Sha256Digest, reason: text(500) });

/** Results published for a draw; the summary's members are the service's to define. */
export const ResultPayload = z.looseObject({ recordDigest: Sha256Digest });

/** The payload schema of each entry type. */
export const ledgerPayloads = {
  commitment: CommitmentPayload,
  draw: DrawPayload,
  cancellation: CancellationPayload,
  result: ResultPayload,
} as const satisfies Record<LedgerEntryType, z.ZodType>;
