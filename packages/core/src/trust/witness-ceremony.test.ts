import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { thrown } from '../load/_fixtures.ts';
import { WitnessReveal, WitnessSecret, witnessHash, witnessSeedValue, type WitnessCommitment } from './witness-ceremony.ts';

const reveals: WitnessReveal[] = [
  { witness: '人大代表 张三', secret: 'apple orchard 7 blue' },
  { witness: '律师协会 李四', secret: '4 1 3 6 2 5 5 1 3 6 6 2 4 1 3 5 2 6 1 4' },
  { witness: 'Notary Wang', secret: '31622776601683793319988935444327' },
];
const commitments: WitnessCommitment[] = reveals.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) }));

describe('witnessHash', () => {
  it('is hex SHA-256 of the UTF-8 secret, as `printf %s secret | sha256sum` gives', () => {
    expect(witnessHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('witnessSeedValue', () => {
  it('mixes the reveals exactly as the spec says (known answer)', () => {
    // Sorted by witness id in code-point order: "Notary Wang" < "人大代表 张三" < "律师协会 李四".
    const parts = [Buffer.from('fairdraw-witnesses/1\n')];
    for (const { witness, secret } of [reveals[2]!, reveals[0]!, reveals[1]!]) {
      for (const value of [witness, secret]) {
        const bytes = Buffer.from(value, 'utf8');
        const length = Buffer.alloc(4);
        length.writeUInt32BE(bytes.length);
        parts.push(length, bytes);
      }
    }
    const expected = createHash('sha256').update(Buffer.concat(parts)).digest('hex');
    expect(witnessSeedValue(commitments, reveals)).toBe(expected);
    expect(expected).toBe('f0189f2a532d5c824801c3c359d0ab4a41c19d2c4eed1b24bdbd23f71a2cae7b');
  });

  it('does not depend on the order the reveals arrive in', () => {
    expect(witnessSeedValue(commitments, [...reveals].reverse())).toBe(witnessSeedValue(commitments, reveals));
  });

  test.prop([fc.string({ minLength: 1, maxLength: 40 }).filter((s) => WitnessSecret.safeParse(s).success)])('changes whenever one honest secret changes', (secret) => {
    fc.pre(secret !== reveals[0]!.secret);
    const changed = [{ ...reveals[0]!, secret }, reveals[1]!, reveals[2]!];
    const recommitted = changed.map(({ witness, secret: s }) => ({ witness, hash: witnessHash(s) }));
    expect(witnessSeedValue(recommitted, changed)).not.toBe(witnessSeedValue(commitments, reveals));
  });

  it('keeps the parts apart: moving characters between id and secret changes the value', () => {
    const a = [{ witness: 'ab', secret: 'c' }];
    const b = [{ witness: 'a', secret: 'bc' }];
    const commit = (rs: WitnessReveal[]) => rs.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) }));
    expect(witnessSeedValue(commit(a), a)).not.toBe(witnessSeedValue(commit(b), b));
  });

  it('names every witness who has not revealed', () => {
    const error = thrown(() => witnessSeedValue(commitments, [reveals[1]!]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('2 of 3 witnesses have not revealed; every witness must reveal: "人大代表 张三" has not revealed their secret; "Notary Wang" has not revealed their secret');
    expect(error.issues.map((issue) => issue.path)).toEqual([['reveals', '人大代表 张三'], ['reveals', 'Notary Wang']]);
  });

  it('names the witness whose reveal does not match the commitment', () => {
    const error = thrown(() => witnessSeedValue(commitments, [reveals[0]!, { ...reveals[1]!, secret: '4 1 3 6 2 5' }, reveals[2]!]));
    expect(error.code).toBe('MISMATCH');
    expect(error.message).toMatch(/^a reveal does not match its commitment: the secret "律师协会 李四" revealed hashes to [0-9a-f]{64}, not to the committed [0-9a-f]{64}$/);
  });

  it('explains a commitment made with echo (the secret followed by a newline)', () => {
    const withNewline = [{ witness: 'A', hash: witnessHash('dice 1 2 3\n') }];
    expect(thrown(() => witnessSeedValue(withNewline, [{ witness: 'A', secret: 'dice 1 2 3' }])).message).toMatch(/made with echo instead of printf '%s'/);
  });

  it('refuses a reveal from someone who did not commit, and a second reveal', () => {
    expect(thrown(() => witnessSeedValue(commitments, [...reveals, { witness: 'Stranger', secret: 'x' }])).code).toBe('UNKNOWN_REFERENCE');
    expect(thrown(() => witnessSeedValue(commitments, [...reveals, reveals[0]!])).code).toBe('DUPLICATE_ID');
  });

  it('treats dice digits as an ordinary secret', () => {
    const dice = [{ witness: '公证员', secret: '41362551366241352614' }];
    const value = witnessSeedValue([{ witness: '公证员', hash: witnessHash('41362551366241352614') }], dice);
    expect(value).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('WitnessSecret', () => {
  it('refuses white space at either end, line breaks and the empty secret', () => {
    for (const secret of [' x', 'x ', 'a\nb', '']) expect(WitnessSecret.safeParse(secret).success).toBe(false);
    expect(WitnessSecret.safeParse('a b').success).toBe(true);
  });

  it('is checked where reveals are read', () => {
    expect(WitnessReveal.safeParse({ witness: 'A', secret: 'x\n' }).success).toBe(false);
  });
});
