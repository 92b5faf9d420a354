import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { canonicalJson } from './canonical-json.ts';
import { FairdrawError } from '../errors.ts';

const { value: integerJson } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string(),
    fc.array(tie('value')),
    fc.dictionary(fc.string(), tie('value')),
  ),
}));

describe('canonicalJson', () => {
  it('sorts keys and drops white space', () => {
    expect(canonicalJson({ b: 1, a: [true, null, '律所'], c: { z: 'x', y: -2 } })).toBe(
      '{"a":[true,null,"律所"],"b":1,"c":{"y":-2,"z":"x"}}',
    );
  });

  it('escapes strings as JSON.stringify does (control characters, quotes, lone surrogates)', () => {
    expect(canonicalJson('a"\\\n\u0001\ud800')).toBe('"a\\"\\\\\\n\\u0001\\ud800"');
  });

  it('refuses fractions and non-finite numbers rather than guess their form', () => {
    expect(() => canonicalJson({ ratio: 0.1 })).toThrow(FairdrawError);
    expect(() => canonicalJson([Number.NaN])).toThrow(/\$\[0\]/);
  });

  test.prop([integerJson])(
    'parses back to the same value, whatever the key order',
    (value) => {
      const text = canonicalJson(value);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      expect(canonicalJson(JSON.parse(text))).toBe(text);
    },
  );
});
