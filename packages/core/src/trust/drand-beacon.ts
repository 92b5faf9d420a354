import { z } from 'zod';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { Hex32, hexToBytes, sha256Hex } from './_bytes.ts';
import { DRAND_SCHEME, drandChainHash, type DrandChain } from './drand-chain.ts';

/** The hash-to-curve domain of quicknet's signatures (RFC 9380, G1, SHA-256, random oracle). */
export const DRAND_G1_DST = 'BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_';

/**
 * One round of a drand chain as relays serve it at `/<chain hash>/public/<round>`. Other
 * members a relay adds are dropped.
 */
export const DrandBeacon = z.object({
  round: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** SHA-256 of the signature, hex. */
  randomness: Hex32,
  /** The BLS signature: a compressed G1 point, 48 bytes. */
  signature: z.string().regex(/^[0-9a-f]{96}$/, { error: 'must be 96 lower-case hex digits (a compressed G1 point)' }),
});
export type DrandBeacon = z.infer<typeof DrandBeacon>;

export const beaconFailures = ['wrong-chain', 'wrong-round', 'malformed-signature', 'bad-signature', 'randomness-mismatch'] as const;
export type BeaconFailure = (typeof beaconFailures)[number];

export type BeaconVerification =
  | { readonly ok: true; readonly round: number; readonly randomness: string }
  | { readonly ok: false; readonly failure: BeaconFailure; readonly problem: string };

export interface VerifyBeaconOptions {
  /** The round the beacon must be (the round a commitment named). */
  readonly round?: number;
  /** The chain hash the beacon must come from (the chain a commitment named). */
  readonly chainHash?: string;
}

/**
 * Verifies a drand beacon offline against a chain's public key: that the chain is the one
 * expected and its facts give its hash, that the round is the one expected, that the
 * signature is a valid BLS signature of the round, and that the randomness is SHA-256 of
 * the signature. Reports the first failure; never throws for a bad beacon.
 */
export function verifyBeacon(beacon: DrandBeacon, chain: DrandChain, options: VerifyBeaconOptions = {}): BeaconVerification {
  const fail = (failure: BeaconFailure, problem: string) => ({ ok: false, failure, problem }) as const;
  if (options.chainHash !== undefined && options.chainHash !== chain.hash) {
    return fail('wrong-chain', `the beacon must come from chain ${options.chainHash}, not ${chain.hash}`);
  }
  if (chain.scheme !== DRAND_SCHEME) return fail('wrong-chain', `chain ${chain.hash} uses scheme "${String(chain.scheme)}"; fairdraw verifies only ${DRAND_SCHEME}`);
  if (drandChainHash(chain) !== chain.hash) {
    return fail('wrong-chain', `the chain's facts (public key, genesis, period, seed, id) hash to ${drandChainHash(chain)}, not to its hash ${chain.hash}: this is not that chain's public key`);
  }
  if (options.round !== undefined && beacon.round !== options.round) {
    return fail('wrong-round', `the beacon is of round ${beacon.round}, but round ${options.round} was committed`);
  }
  let publicKey;
  try {
    publicKey = bls12_381.G2.Point.fromBytes(hexToBytes(chain.publicKey));
  } catch (error) {
    return fail('wrong-chain', `the public key of chain ${chain.hash} is not a valid G2 point (${(error as Error).message})`);
  }
  let signature;
  try {
    signature = bls12_381.G1.Point.fromBytes(hexToBytes(beacon.signature));
  } catch (error) {
    return fail('malformed-signature', `the signature of round ${beacon.round} is not a point of the signature group (${(error as Error).message})`);
  }
  if (signature.is0()) return fail('malformed-signature', `the signature of round ${beacon.round} is the identity point`);
  const bls = bls12_381.shortSignatures;
  if (!bls.verify(signature, bls.hash(drandMessage(beacon.round), DRAND_G1_DST), publicKey)) {
    return fail('bad-signature', `the signature is not chain ${chain.beaconId}'s signature of round ${beacon.round}`);
  }
  const randomness = sha256Hex(hexToBytes(beacon.signature));
  if (randomness !== beacon.randomness) {
    return fail('randomness-mismatch', `the randomness ${beacon.randomness} is not SHA-256 of the signature (${randomness})`);
  }
  return { ok: true, round: beacon.round, randomness };
}

/** What an unchained drand chain signs for a round: SHA-256 of the round as 8 bytes, big-endian. */
export function drandMessage(round: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(round));
  return hexToBytes(sha256Hex(bytes));
}
