import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { FairdrawError } from '../errors.ts';

/** A seed: 256 bits written as 64 lower-case hex digits. */
export const SEED_PATTERN = /^[0-9a-f]{64}$/;

/** A source of uniform 32-bit words, one independent stream per purpose. */
export interface RandomStream {
  /** The next 32-bit unsigned word. */
  nextWord(): number;
}

/**
 * The key of a purpose's stream: SHA-256 of "<algorithm>\n<seed>\n<label>" in hex. Each
 * stratum and each team has its own label, so a change in one never shifts another.
 */
export function streamKey(algorithm: string, seed: string, label: string): string {
  return createHash('sha256').update(`${algorithm}\n${seed}\n${label}`, 'utf8').digest('hex');
}

/**
 * Opens the stream for `label`: seedrandom's ARC4 (RC4-drop[256]) keyed by the stream key,
 * read four bytes at a time, big-endian. Throws INVALID_INPUT for a malformed seed.
 */
export function openStream(algorithm: string, seed: string, label: string): RandomStream {
  assertSeed(seed);
  const prng = seedrandom(streamKey(algorithm, seed, label));
  return { nextWord: () => prng.int32() >>> 0 };
}

/** Throws INVALID_INPUT unless `seed` is 64 lower-case hex digits. */
export function assertSeed(seed: string): void {
  if (!SEED_PATTERN.test(seed)) {
    throw new FairdrawError('INVALID_INPUT', `a seed is 64 lower-case hex digits (256 bits); got "${seed.slice(0, 80)}"`, {
      issues: [{ path: ['seed'], message: 'must be 64 lower-case hex digits' }],
    });
  }
}

const TWO_32 = 0x1_0000_0000;

/**
 * A uniform integer in [0, n) by rejection: words at or above the largest multiple of n
 * below 2^32 are drawn again, so no value is favoured. Throws for n outside [1, 2^32].
 */
export function uniformInt(stream: RandomStream, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > TWO_32) {
    throw new FairdrawError('INVALID_INPUT', `cannot draw uniformly from ${n} values`);
  }
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const word = stream.nextWord();
    if (word < limit) return word % n;
  }
}
