import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { thrown } from '../load/_fixtures.ts';
import { deriveSeed } from './derive-seed.ts';
import { revealSeed, seedSourceValue } from './reveal-seed.ts';
import { QUICKNET } from './drand-chain.ts';
import { flipBit, round123 } from './_vectors.ts';
import { witnessReveals } from './_fixtures.ts';
import { witnessHash } from './witness-ceremony.ts';

const DIGEST = `sha256:${'0'.repeat(63)}1`;

describe('deriveSeed', () => {
  it('hashes "fairdraw-seed/1", the commitment digest and the source value, one per line (known answer)', () => {
    const expected = createHash('sha256').update(`fairdraw-seed/1\n${DIGEST}\n${round123.randomness}`, 'utf8').digest('hex');
    expect(deriveSeed(DIGEST, round123.randomness)).toBe(expected);
    expect(expected).toBe('23d447a45e87960ca05f4df37ad19f060259ef94b5b69522a4bda45d2072d7de');
  });

  it('gives another seed for another commitment with the same source value', () => {
    expect(deriveSeed(`sha256:${'0'.repeat(63)}2`, round123.randomness)).not.toBe(deriveSeed(DIGEST, round123.randomness));
  });

  it('refuses a malformed commitment digest and an empty value', () => {
    expect(thrown(() => deriveSeed('0'.repeat(64), 'x')).code).toBe('INVALID_INPUT');
    expect(thrown(() => deriveSeed(DIGEST, '')).message).toBe('the seed source value is empty');
  });
});

describe('seedSourceValue and revealSeed', () => {
  const drand = { type: 'drand', chain: QUICKNET.hash, round: 123 } as const;

  it('takes a verified beacon’s randomness', () => {
    expect(seedSourceValue(drand, { type: 'drand', beacon: round123 })).toBe(round123.randomness);
    expect(revealSeed({ commitmentDigest: DIGEST, seedSource: drand, evidence: { type: 'drand', beacon: round123 } })).toEqual({
      seed: deriveSeed(DIGEST, round123.randomness),
      sourceValue: round123.randomness,
    });
  });

  it('refuses a beacon of another round or with a bad signature', () => {
    expect(thrown(() => seedSourceValue({ ...drand, round: 124 }, { type: 'drand', beacon: round123 })).message).toMatch(/\(wrong-round\)/);
    expect(thrown(() => seedSourceValue(drand, { type: 'drand', beacon: { ...round123, signature: flipBit(round123.signature, 40) } })).code).toBe('MISMATCH');
  });

  it('mixes the witnesses’ reveals, and takes the operator’s value as typed', () => {
    const commitments = witnessReveals.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) }));
    expect(seedSourceValue({ type: 'witnesses', commitments }, { type: 'witnesses', reveals: witnessReveals })).toMatch(/^[0-9a-f]{64}$/);
    expect(seedSourceValue({ type: 'operator' }, { type: 'operator', value: '今天 lucky 7' })).toBe('今天 lucky 7');
  });

  it('refuses evidence of another kind than the committed source', () => {
    const error = thrown(() => seedSourceValue(drand, { type: 'operator', value: 'x' }));
    expect(error.code).toBe('MISMATCH');
    expect(error.message).toBe('the commitment fixed a drand seed source, but the evidence is of operator');
  });
});
