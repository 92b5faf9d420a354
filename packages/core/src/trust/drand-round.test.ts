import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { FairdrawError } from '../errors.ts';
import { QUICKNET } from './drand-chain.ts';
import { checkDrandRoundTiming, drandRoundAt, drandRoundTime, earliestDrandRound } from './drand-round.ts';

const GENESIS = '2023-08-23T15:09:27.000Z';

describe('drandRoundTime', () => {
  it('puts round 1 at genesis and each next round 3 s later', () => {
    expect(drandRoundTime(1, QUICKNET)).toBe(GENESIS);
    expect(drandRoundTime(2, QUICKNET)).toBe('2023-08-23T15:09:30.000Z');
    expect(drandRoundTime(123, QUICKNET)).toBe('2023-08-23T15:15:33.000Z');
  });

  it('refuses round 0 and fractions', () => {
    expect(() => drandRoundTime(0, QUICKNET)).toThrow(FairdrawError);
    expect(() => drandRoundTime(1.5, QUICKNET)).toThrow(/whole number/);
  });
});

describe('drandRoundAt', () => {
  it('is 0 before genesis, 1 at genesis, and changes exactly on the period', () => {
    expect(drandRoundAt('2023-08-23T15:09:26.999Z', QUICKNET)).toBe(0);
    expect(drandRoundAt('2023-08-23T15:09:27Z', QUICKNET)).toBe(1);
    expect(drandRoundAt('2023-08-23T15:09:29.999Z', QUICKNET)).toBe(1);
    expect(drandRoundAt('2023-08-23T15:09:30Z', QUICKNET)).toBe(2);
    expect(drandRoundAt('2023-08-23T15:15:33Z', QUICKNET)).toBe(123);
  });

  it('counts across a year end: a round falls due exactly at 2026-01-01T00:00:00Z', () => {
    expect(drandRoundTime(24_807_412, QUICKNET)).toBe('2026-01-01T00:00:00.000Z');
    expect(drandRoundAt('2025-12-31T23:59:59.999Z', QUICKNET)).toBe(24_807_411);
    expect(drandRoundAt('2026-01-01T00:00:00Z', QUICKNET)).toBe(24_807_412);
  });

  it('refuses an instant with an offset or no zone', () => {
    expect(() => drandRoundAt('2025-01-01T08:00:00+08:00', QUICKNET)).toThrow(/UTC instant/);
    expect(() => drandRoundAt('2025-01-01T00:00:00', QUICKNET)).toThrow(FairdrawError);
  });

  test.prop([fc.integer({ min: 1, max: 50_000_000 })])('is the inverse of drandRoundTime', (round) => {
    expect(drandRoundAt(drandRoundTime(round, QUICKNET), QUICKNET)).toBe(round);
  });
});

describe('earliestDrandRound', () => {
  it('is the first round due at least the margin after the commitment', () => {
    expect(earliestDrandRound({ at: GENESIS, marginSeconds: 60, chain: QUICKNET })).toBe(21);
    expect(earliestDrandRound({ at: '2023-08-23T15:09:28Z', marginSeconds: 60, chain: QUICKNET })).toBe(22);
    expect(earliestDrandRound({ at: '2020-01-01T00:00:00Z', marginSeconds: 60, chain: QUICKNET })).toBe(1);
  });

  test.prop([fc.integer({ min: Date.parse(GENESIS), max: Date.parse('2040-01-01T00:00:00Z') }), fc.integer({ min: 0, max: 86_400 })])(
    'names a round that satisfies the rule, and the round before does not',
    (ms, marginSeconds) => {
      const at = new Date(ms).toISOString();
      const round = earliestDrandRound({ at, marginSeconds, chain: QUICKNET });
      expect(checkDrandRoundTiming({ at, round, marginSeconds, chain: QUICKNET }).ok).toBe(true);
      if (round > 1) expect(checkDrandRoundTiming({ at, round: round - 1, marginSeconds, chain: QUICKNET }).ok).toBe(false);
    },
  );
});

describe('checkDrandRoundTiming', () => {
  it('accepts a round due exactly the margin after the commitment', () => {
    expect(checkDrandRoundTiming({ at: GENESIS, round: 21, marginSeconds: 60, chain: QUICKNET })).toEqual({ ok: true, roundTime: '2023-08-23T15:10:27.000Z' });
  });

  it('refuses a round due sooner, and names the first acceptable round', () => {
    const result = checkDrandRoundTiming({ at: GENESIS, round: 20, marginSeconds: 60, chain: QUICKNET });
    expect(result).toEqual({
      ok: false,
      roundTime: '2023-08-23T15:10:24.000Z',
      earliestRound: 21,
      problem: 'round 20 is due at 2023-08-23T15:10:24.000Z, 57 s after the commitment (2023-08-23T15:09:27.000Z); it must be at least 60 s after it, so round 21 or later',
    });
  });

  it('refuses a round already published before the commitment', () => {
    const result = checkDrandRoundTiming({ at: '2024-01-01T00:00:00Z', round: 123, marginSeconds: 0, chain: QUICKNET });
    expect(result.ok).toBe(false);
  });
});
