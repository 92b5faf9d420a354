import { readFile } from 'node:fs/promises';
import { FairdrawError, ed25519PublicKeyHex, isFairdrawError } from '@fairdraw/core';

/** A ledger key the reader obtained apart from the file being checked, e.g. from the bureau's site. */
export interface GivenKey {
  /** Raw 32 bytes, lower-case hex: the form the bureau publishes. */
  readonly hex: string;
  /** Where it came from, for the report: the file name, or "the command line". */
  readonly from: string;
}

/**
 * The --public-key option: 64 hex digits, or a file holding them or an Ed25519 public key in
 * PEM. Throws INVALID_INPUT naming the option when it is neither, or not an Ed25519 key.
 */
export async function readGivenKey(value: string): Promise<GivenKey> {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return { hex: toHex(trimmed.toLowerCase(), 'the command line'), from: 'the command line' };
  let text: string;
  try {
    text = (await readFile(trimmed, 'utf8')).trim();
  } catch (error) {
    throw new FairdrawError('INVALID_INPUT', `--public-key "${value}" is neither 64 hex digits nor a key file that can be read`, { cause: error });
  }
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? text.toLowerCase() : text;
  return { hex: toHex(key, trimmed), from: trimmed };
}

function toHex(key: string, from: string): string {
  try {
    return ed25519PublicKeyHex(key);
  } catch (error) {
    if (!isFairdrawError(error)) throw error;
    throw new FairdrawError('INVALID_INPUT', `--public-key (${from}): ${error.message}`, { cause: error });
  }
}
