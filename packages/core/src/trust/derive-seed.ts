import { FairdrawError } from '../errors.ts';
import { sha256Hex } from './_bytes.ts';

/** The label that opens every seed derivation. */
export const SEED_DERIVATION = 'fairdraw-seed/1';

/**
 * The seed of a committed draw: hex(SHA-256(UTF-8("fairdraw-seed/1\n" + commitment digest
 * + "\n" + source value))). Tied to the commitment, a seed serves no other inputs.
 * Throws INVALID_INPUT for a malformed commitment digest or an empty source value.
 */
export function deriveSeed(commitmentDigest: string, sourceValue: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(commitmentDigest)) {
    throw new FairdrawError('INVALID_INPUT', `a commitment digest is "sha256:" and 64 lower-case hex digits; got "${commitmentDigest.slice(0, 80)}"`);
  }
  if (sourceValue.length === 0) throw new FairdrawError('INVALID_INPUT', 'the seed source value is empty');
  return sha256Hex(`${SEED_DERIVATION}\n${commitmentDigest}\n${sourceValue}`);
}
