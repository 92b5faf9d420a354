import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { openStream, streamKey, uniformInt, type RandomStream } from './stream.ts';
import { FairdrawError } from '../errors.ts';

const SEED = '0'.repeat(63) + '1';

describe('openStream', () => {
  it('matches the known answer computed from the spec by an independent ARC4 (Python)', () => {
    expect(streamKey('fairdraw-draw/1', SEED, 'targets:all')).toBe('e3ac9f91171d2346f1295db9d09d502cf0bf98bd6da62251ef76271e1ce82878');
    const stream = openStream('fairdraw-draw/1', SEED, 'targets:all');
    expect([1, 2, 3, 4, 5].map(() => stream.nextWord())).toEqual([2741536603, 3173094050, 933494689, 1653335960, 3510873359]);
  });

  it('gives each label its own stream', () => {
    const a = openStream('fairdraw-draw/1', SEED, 'targets:A');
    const b = openStream('fairdraw-draw/1', SEED, 'targets:B');
    expect(a.nextWord()).not.toBe(b.nextWord());
  });

  it.each(['', 'A'.repeat(64), '0'.repeat(63), 'g'.repeat(64), ' '.repeat(64)])('refuses the malformed seed %j', (seed) => {
    expect(() => openStream('fairdraw-draw/1', seed, 'x')).toThrow(FairdrawError);
  });
});

function fixedWords(words: number[]): RandomStream {
  let i = 0;
  return { nextWord: () => words[i++]! };
}

describe('uniformInt', () => {
  it('redraws words in the biased tail instead of folding them with a modulo', () => {
    // For n = 3, 2^32 mod 3 = 1, so only the word 2^32 - 1 is rejected.
    expect(uniformInt(fixedWords([0xffffffff, 7]), 3)).toBe(1);
    expect(uniformInt(fixedWords([0xfffffffe]), 3)).toBe(0xfffffffe % 3);
  });

  it('matches the known answer of spec §6.1, where most words are rejected', () => {
    const stream = openStream('fairdraw-draw/1', SEED, 'targets:all');
    expect([1, 2, 3].map(() => uniformInt(stream, 2 ** 31 + 1))).toEqual([933494689, 1653335960, 1060168307]);
  });

  it('accepts every word when n divides 2^32', () => {
    expect(uniformInt(fixedWords([0xffffffff]), 256)).toBe(255);
  });

  test.prop([fc.integer({ min: 1, max: 2 ** 32 }), fc.stringMatching(/^[0-9a-f]{64}$/)])('stays in [0, n)', (n, seed) => {
    const value = uniformInt(openStream('t', seed, 'x'), n);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(n);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1])('refuses to draw from %d values', (n) => {
    expect(() => uniformInt(fixedWords([1]), n)).toThrow(FairdrawError);
  });
});
