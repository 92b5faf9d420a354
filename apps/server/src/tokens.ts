import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// A token reads fd_<id>_<secret>: the id finds the stored hash, the secret proves possession.
const TOKEN_PATTERN = /^fd_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** A new random token (shown once) and what is stored of it. */
export function newToken(): { token: string; id: string; secretHash: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { token: `fd_${id}_${secret}`, id, secretHash: hashSecret(secret) };
}

/** Splits a presented token into id and secret, or undefined when it is not one of ours. */
export function parseToken(token: string): { id: string; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a secret with a stored hash in constant time. */
export function secretMatches(secret: string, secretHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
