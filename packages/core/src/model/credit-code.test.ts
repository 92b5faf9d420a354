import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, creditCodeProblem } from './credit-code.ts';

// Widely cited valid codes, used as known answers independent of our own check function.
const REAL = ['91350100M000100Y43', '91110108551385082Q'];

describe('creditCodeProblem', () => {
  it.each(REAL)('accepts the published code %s', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
  });

  it('names the length when a code is short', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toMatch(/18 characters.*has 17/);
  });

  it('names the position of a character outside the alphabet', () => {
    expect(creditCodeProblem('91350100M0001O0Y43')).toMatch(/character 14 "O"/);
  });

  it('says the check character is wrong and what it should be', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toMatch(/is "4" but .* give "3"/);
  });

  test.prop([fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 17, maxLength: 17 })])(
    'accepts any 17 characters completed with their check character',
    (chars) => {
      const first = chars.join('');
      expect(creditCodeProblem(first + creditCodeCheckChar(first))).toBeUndefined();
    },
  );

  test.prop([
    fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 17, maxLength: 17 }),
    fc.integer({ min: 0, max: 16 }),
    fc.integer({ min: 1, max: 30 }),
  ])('detects any single substituted character', (chars, position, shift) => {
    const first = chars.join('');
    const code = first + creditCodeCheckChar(first);
    const replaced = CREDIT_CODE_ALPHABET.charAt((CREDIT_CODE_ALPHABET.indexOf(code.charAt(position)) + shift) % 31);
    const typo = code.slice(0, position) + replaced + code.slice(position + 1);
    expect(creditCodeProblem(typo)).toMatch(/check character/);
  });
});
