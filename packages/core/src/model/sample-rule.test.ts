import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Percent, SampleRule, percentToPpm, requestedSampleSize } from './sample-rule.ts';

const rule = (input: unknown) => SampleRule.parse(input);

describe('requestedSampleSize', () => {
  it('rounds a share up by default (进一法): 10% of 17 firms is 2', () => {
    expect(requestedSampleSize(rule({ percent: 10 }), 17)).toBe(2);
  });

  it('rounds down and half up when told', () => {
    expect(requestedSampleSize(rule({ percent: 10, rounding: 'down' }), 17)).toBe(1);
    expect(requestedSampleSize(rule({ percent: 10, rounding: 'half_up' }), 15)).toBe(2);
    expect(requestedSampleSize(rule({ percent: 10, rounding: 'half_up' }), 14)).toBe(1);
  });

  it('has no floating-point error where 0.07 × 100 is not 7 in binary', () => {
    expect(requestedSampleSize(rule({ percent: 7 }), 100)).toBe(7);
    expect(requestedSampleSize(rule({ percent: '0.07' }), 10_000)).toBe(7);
  });

  it('applies "at least" after rounding and "at most" last', () => {
    expect(requestedSampleSize(rule({ percent: 10, minimum: 2 }), 5)).toBe(2);
    expect(requestedSampleSize(rule({ percent: 80, maximum: 3 }), 10)).toBe(3);
  });

  it('takes a count as it is (the draw caps it by what the stratum holds)', () => {
    expect(requestedSampleSize(rule({ count: 4 }), 3)).toBe(4);
  });

  test.prop([fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 })])(
    'agrees with exact rational arithmetic for every rounding',
    (n, ppm) => {
      const percent = `${Math.floor(ppm / 10_000)}.${String(ppm % 10_000).padStart(4, '0')}`;
      const exact = BigInt(n) * BigInt(ppm);
      const million = 1_000_000n;
      expect(requestedSampleSize(rule({ percent, rounding: 'down' }), n)).toBe(Number(exact / million));
      expect(requestedSampleSize(rule({ percent, rounding: 'up' }), n)).toBe(Number((exact + million - 1n) / million));
      expect(requestedSampleSize(rule({ percent, rounding: 'half_up' }), n)).toBe(Number((exact + million / 2n) / million));
    },
  );
});

describe('Percent', () => {
  it('keeps a canonical decimal string', () => {
    expect(Percent.parse(12.5)).toBe('12.5');
    expect(Percent.parse('012.5000')).toBe('12.5');
    expect(Percent.parse(100)).toBe('100');
    expect(percentToPpm('12.5')).toBe(125_000);
  });

  it.each([[-1], [100.5], ['1e2'], [0.00001], ['abc'], [Number.NaN]])('refuses %j', (value) => {
    expect(Percent.safeParse(value).success).toBe(false);
  });

  it('refuses a maximum below the minimum, naming the field', () => {
    const result = SampleRule.safeParse({ percent: 10, minimum: 3, maximum: 2 });
    expect(result.success).toBe(false);
  });
});
