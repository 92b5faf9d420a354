import { z } from 'zod';
import { FairdrawError, type Issue } from '../errors.ts';
import { compareCodePoints, text } from '../model/primitives.ts';
import { Hex32, sha256Hex, u32be } from './_bytes.ts';

/** The label that opens the bytes a witness ceremony's reveals are mixed in. */
export const WITNESS_MIX = 'fairdraw-witnesses/1';

/** Who a witness is, as the ceremony's minutes name them (e.g. "人大代表 张三"). */
export const WitnessId = text(100);

/**
 * A witness's secret exactly as revealed: 1–1000 characters, one line, no white space at
 * either end (so a stray newline or space can never make an honest reveal fail).
 */
export const WitnessSecret = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(1000, { error: 'must be at most 1000 characters' })
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'must be one line without control characters' })
  .refine((value) => value.trim() === value, { error: 'must not begin or end with white space' });

/** What a witness hands in before the commitment: the SHA-256 of their secret. */
export const WitnessCommitment = z.strictObject({ witness: WitnessId, hash: Hex32 });
export type WitnessCommitment = z.infer<typeof WitnessCommitment>;

/** What a witness hands in after the commitment: the secret itself. */
export const WitnessReveal = z.strictObject({ witness: WitnessId, secret: WitnessSecret });
export type WitnessReveal = z.infer<typeof WitnessReveal>;

/** The hash a witness commits to: hex(SHA-256(UTF-8 secret)), e.g. `printf '%s' "$secret" | sha256sum`. */
export function witnessHash(secret: string): string {
  return sha256Hex(secret);
}

/**
 * Checks every reveal against its witness's commitment and mixes the secrets into the
 * seed source value: hex(SHA-256("fairdraw-witnesses/1\n" ‖ for each witness in code-point
 * order of id: u32(len id) ‖ id ‖ u32(len secret) ‖ secret)), lengths in UTF-8 bytes.
 * Any one unpredictable secret makes the value unpredictable. Throws INVALID_INPUT naming
 * the witnesses who did not reveal, MISMATCH naming those whose secret does not match,
 * UNKNOWN_REFERENCE for a reveal by someone who did not commit, DUPLICATE_ID for two reveals.
 */
export function witnessSeedValue(commitments: readonly WitnessCommitment[], reveals: readonly WitnessReveal[]): string {
  const committed = new Map(commitments.map((commitment) => [commitment.witness, commitment.hash]));
  const revealed = new Map<string, string>();
  const fail = (code: 'UNKNOWN_REFERENCE' | 'DUPLICATE_ID' | 'INVALID_INPUT' | 'MISMATCH', issues: Issue[], summary: string) => {
    throw new FairdrawError(code, `${summary}: ${issues.map((issue) => issue.message).join('; ')}`, { issues });
  };
  for (const reveal of reveals) {
    if (!committed.has(reveal.witness)) {
      fail('UNKNOWN_REFERENCE', [{ path: ['reveals', reveal.witness], message: `"${reveal.witness}" revealed a secret but did not commit to one` }], 'a reveal comes from no committed witness');
    }
    if (revealed.has(reveal.witness)) {
      fail('DUPLICATE_ID', [{ path: ['reveals', reveal.witness], message: `"${reveal.witness}" revealed twice` }], 'a witness revealed twice');
    }
    revealed.set(reveal.witness, reveal.secret);
  }
  const missing = commitments.filter((commitment) => !revealed.has(commitment.witness));
  if (missing.length > 0) {
    fail(
      'INVALID_INPUT',
      missing.map((commitment) => ({ path: ['reveals', commitment.witness], message: `"${commitment.witness}" has not revealed their secret` })),
      `${missing.length} of ${commitments.length} witnesses have not revealed; every witness must reveal`,
    );
  }
  const wrong = commitments.filter((commitment) => witnessHash(revealed.get(commitment.witness)!) !== commitment.hash);
  if (wrong.length > 0) {
    fail('MISMATCH', wrong.map((commitment) => ({ path: ['reveals', commitment.witness], message: mismatchMessage(commitment, revealed.get(commitment.witness)!) })), 'a reveal does not match its commitment');
  }
  const ordered = [...revealed.entries()].sort(([a], [b]) => compareCodePoints(a, b));
  const parts: (string | Uint8Array)[] = [`${WITNESS_MIX}\n`];
  for (const [witness, secret] of ordered) parts.push(...lengthPrefixed(witness), ...lengthPrefixed(secret));
  return sha256Hex(...parts);
}

function lengthPrefixed(value: string): [Uint8Array, Uint8Array] {
  const bytes = new TextEncoder().encode(value);
  return [u32be(bytes.length), bytes];
}

function mismatchMessage(commitment: WitnessCommitment, secret: string): string {
  const base = `the secret "${commitment.witness}" revealed hashes to ${witnessHash(secret)}, not to the committed ${commitment.hash}`;
  // `echo secret | sha256sum` hashes a trailing newline: say so rather than leave a witness puzzled.
  return witnessHash(`${secret}\n`) === commitment.hash ? `${base} (the commitment is the hash of the secret followed by a newline: it was made with echo instead of printf '%s')` : base;
}
