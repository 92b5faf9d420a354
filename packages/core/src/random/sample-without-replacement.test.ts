import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { PositionSampler, samplePositions } from './sample-without-replacement.ts';
import { openStream } from './stream.ts';
import { chiSquareCritical001 } from '../_statistics.ts';

describe('samplePositions', () => {
  test.prop([fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 200 }), fc.stringMatching(/^[0-9a-f]{64}$/)])(
    'draws k distinct positions in [0, n)',
    (n, wanted, seed) => {
      const k = Math.min(n, wanted);
      const positions = samplePositions(openStream('t', seed, 'x'), n, k);
      expect(positions).toHaveLength(k);
      expect(new Set(positions).size).toBe(k);
      for (const p of positions) expect(p >= 0 && p < n).toBe(true);
    },
  );

  it('draws a permutation when k = n', () => {
    const positions = samplePositions(openStream('t', 'ab'.repeat(32), 'x'), 50, 50);
    expect([...positions].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('reports exhaustion instead of repeating', () => {
    const sampler = new PositionSampler(openStream('t', 'ab'.repeat(32), 'x'), 2);
    sampler.next();
    sampler.next();
    expect(sampler.next()).toBeUndefined();
    expect(sampler.remaining).toBe(0);
  });

  it('makes every ordered pair equally likely (chi-square, 20,000 fixed seeds, α = 0.001)', () => {
    // 5 × 4 = 20 ordered pairs; under uniformity each expects 1,000 hits.
    const counts = new Map<string, number>();
    for (let s = 0; s < 20_000; s++) {
      const [a, b] = samplePositions(openStream('t', s.toString(16).padStart(64, '0'), 'pairs'), 5, 2);
      counts.set(`${a},${b}`, (counts.get(`${a},${b}`) ?? 0) + 1);
    }
    expect(counts.size).toBe(20);
    const chi = [...counts.values()].reduce((sum, observed) => sum + (observed - 1000) ** 2 / 1000, 0);
    expect(chi).toBeLessThan(chiSquareCritical001(19));
  });
});
