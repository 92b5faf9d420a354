// Byte and digest helpers of the trust module. Never re-exported.
import { createHash } from 'node:crypto';
import { z } from 'zod';

/** 32 bytes as 64 lower-case hex digits. */
export const Hex32 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits (32 bytes)' });

/** A digest as fairdraw cites it: "sha256:" and 64 lower-case hex digits. */
export const Sha256Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be "sha256:" and 64 lower-case hex digits' });

/** Lower-case hex of SHA-256 over the given parts (strings as UTF-8), fed in order. */
export function sha256Hex(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** The bytes of an even-length hex string (callers validate the string first). */
export function hexToBytes(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** A 4-byte big-endian length prefix. */
export function u32be(length: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, length);
  return bytes;
}

/** A shortened digest for sentences people read: "sha256:ab12cd34…". */
export const short = (digest: string) => (digest.length > 20 ? `${digest.slice(0, digest.startsWith('sha256:') ? 19 : 12)}…` : digest);
