import { FairdrawError } from '../errors.ts';
import { hexToBytes, sha256Hex } from './_bytes.ts';

/**
 * The digest by which a commitment binds an internal directory without disclosing it:
 * "sha256:" + hex(SHA-256(salt ‖ UTF-8 snapshot)), the salt being 32 random bytes the
 * service chose and reveals only to auditors. Throws INVALID_INPUT for a malformed salt.
 */
export function saltedDigest(salt: string, snapshotText: string): string {
  if (!/^[0-9a-f]{64}$/.test(salt)) {
    throw new FairdrawError('INVALID_INPUT', 'a salt is 32 bytes written as 64 lower-case hex digits', { issues: [{ path: ['salt'], message: 'must be 64 lower-case hex digits' }] });
  }
  return `sha256:${sha256Hex(hexToBytes(salt), snapshotText)}`;
}
