import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { DrandBeacon, drandMessage, verifyBeacon } from './drand-beacon.ts';
import { QUICKNET, drandChainHash } from './drand-chain.ts';
import { flipBit, quicknetRounds, round123 } from './_vectors.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('verifyBeacon on real quicknet rounds', () => {
  it.each(quicknetRounds.map((beacon) => [beacon.round, beacon] as const))('verifies round %i and returns its randomness', (round, beacon) => {
    expect(verifyBeacon(beacon, QUICKNET, { round, chainHash: QUICKNET.hash })).toEqual({ ok: true, round, randomness: beacon.randomness });
  });

  it('verifies without an expected round or chain, checking the signature alone', () => {
    expect(verifyBeacon(round123, QUICKNET).ok).toBe(true);
  });

  it('signs SHA-256 of the round number as 8 bytes, big-endian', () => {
    const bytes = Buffer.alloc(8);
    bytes.writeBigUInt64BE(20000000n);
    expect(Buffer.from(drandMessage(20000000)).toString('hex')).toBe(sha256(bytes));
  });
});

describe('verifyBeacon refuses', () => {
  it('round 123’s signature claimed for round 124, as a bad signature', () => {
    const result = verifyBeacon({ ...round123, round: 124 }, QUICKNET);
    expect(result).toMatchObject({ ok: false, failure: 'bad-signature' });
    expect(!result.ok && result.problem).toBe('the signature is not chain quicknet\'s signature of round 124');
  });

  it('a beacon of another round than the one committed, as the wrong round', () => {
    expect(verifyBeacon(quicknetRounds[1]!, QUICKNET, { round: 123 })).toMatchObject({ ok: false, failure: 'wrong-round', problem: 'the beacon is of round 657413, but round 123 was committed' });
  });

  it('the signature of another round with its own randomness, as a bad signature', () => {
    const other = quicknetRounds[2]!;
    expect(verifyBeacon({ round: 123, signature: other.signature, randomness: other.randomness }, QUICKNET)).toMatchObject({ ok: false, failure: 'bad-signature' });
  });

  it.each([0, 20, 95])('a signature with one bit flipped at hex digit %i, even with randomness recomputed', (at) => {
    const signature = flipBit(round123.signature, at);
    const result = verifyBeacon({ round: 123, signature, randomness: sha256(Buffer.from(signature, 'hex')) }, QUICKNET);
    expect(result.ok).toBe(false);
    expect(!result.ok && ['bad-signature', 'malformed-signature']).toContain(!result.ok && result.failure);
  });

  it('a randomness that is not SHA-256 of the signature', () => {
    const result = verifyBeacon({ ...round123, randomness: flipBit(round123.randomness, 63) }, QUICKNET);
    expect(result).toMatchObject({ ok: false, failure: 'randomness-mismatch' });
  });

  it('round 1000000’s signature plus a torsion point of G1 (not in the prime-order subgroup)', () => {
    const forged = 'b2fcf4f7d2b5bbabc7bc8bab08d4fadbb341292f830beca085bc05a28e8403c46d20c1665628d579c30f6c3a2ce5495f';
    const result = verifyBeacon({ round: 1000000, signature: forged, randomness: sha256(Buffer.from(forged, 'hex')) }, QUICKNET);
    expect(result).toMatchObject({ ok: false, failure: 'malformed-signature' });
    expect(!result.ok && result.problem).toMatch(/not in prime-order subgroup/);
  });

  it('the identity point as a signature', () => {
    const identity = 'c0' + '00'.repeat(47);
    expect(verifyBeacon({ round: 123, signature: identity, randomness: sha256(Buffer.from(identity, 'hex')) }, QUICKNET)).toMatchObject({ ok: false, failure: 'malformed-signature' });
  });

  it('a chain whose public key was swapped but whose hash was kept, as the wrong chain', () => {
    const otherKey = Buffer.from(bls12_381.G2.Point.BASE.toBytes()).toString('hex');
    const result = verifyBeacon(round123, { ...QUICKNET, publicKey: otherKey });
    expect(result).toMatchObject({ ok: false, failure: 'wrong-chain' });
    expect(!result.ok && result.problem).toMatch(/not that chain's public key/);
  });

  it('a consistent chain with another public key, as a bad signature', () => {
    const publicKey = Buffer.from(bls12_381.G2.Point.BASE.toBytes()).toString('hex');
    const other = { ...QUICKNET, publicKey, hash: drandChainHash({ ...QUICKNET, publicKey }) };
    expect(verifyBeacon(round123, other)).toMatchObject({ ok: false, failure: 'bad-signature' });
    expect(verifyBeacon(round123, other, { chainHash: QUICKNET.hash })).toMatchObject({ ok: false, failure: 'wrong-chain' });
  });

  it('a chain public key with one bit flipped', () => {
    const publicKey = flipBit(QUICKNET.publicKey, 30);
    const result = verifyBeacon(round123, { ...QUICKNET, publicKey, hash: drandChainHash({ ...QUICKNET, publicKey }) });
    expect(result).toMatchObject({ ok: false, failure: 'wrong-chain' });
  });
});

describe('DrandBeacon', () => {
  it('reads the JSON a relay serves and drops members it does not use', () => {
    const relayJson = { ...round123, previous_signature: undefined, extra: 1 };
    expect(DrandBeacon.parse(relayJson)).toEqual(round123);
  });

  it('refuses upper-case hex, a short signature and round 0', () => {
    expect(DrandBeacon.safeParse({ ...round123, signature: round123.signature.toUpperCase() }).success).toBe(false);
    expect(DrandBeacon.safeParse({ ...round123, signature: round123.signature.slice(2) }).success).toBe(false);
    expect(DrandBeacon.safeParse({ ...round123, round: 0 }).success).toBe(false);
  });
});
