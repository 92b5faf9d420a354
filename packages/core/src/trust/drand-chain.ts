import { z } from 'zod';
import { Hex32, hexToBytes, sha256Hex } from './_bytes.ts';

/** The one drand scheme fairdraw verifies: BLS signatures on G1, keys on G2, RFC 9380 hashing. */
export const DRAND_SCHEME = 'bls-unchained-g1-rfc9380';

/** The public facts of a drand chain, as its relays serve them at `/<chain hash>/info`. */
export const DrandChain = z.strictObject({
  /** The chain hash: SHA-256 of the facts below (drandChainHash). */
  hash: Hex32,
  /** The group public key: a compressed G2 point, 96 bytes. */
  publicKey: z.string().regex(/^[0-9a-f]{192}$/, { error: 'must be 192 lower-case hex digits (a compressed G2 point)' }),
  /** Unix seconds of round 1. */
  genesisTime: z.number().int().min(0),
  /** Seconds between rounds. */
  period: z.number().int().min(1),
  genesisSeed: Hex32,
  beaconId: z.string().min(1),
  scheme: z.literal(DRAND_SCHEME),
});
export type DrandChain = z.infer<typeof DrandChain>;

/** drand quicknet (League of Entropy mainnet, 3-second rounds since 2023-08-23), pinned. */
export const QUICKNET: DrandChain = Object.freeze({
  hash: '52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971',
  publicKey:
    '83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a',
  genesisTime: 1692803367,
  period: 3,
  genesisSeed: 'f477d5c89f21a17c863a7f937c6a6d15859414d2be09cd448d4279af331c5d3e',
  beaconId: 'quicknet',
  scheme: DRAND_SCHEME,
});

/** The chains a commitment may name, by chain hash. */
export const knownDrandChains: readonly DrandChain[] = [QUICKNET];

/** The pinned chain with this hash, or undefined when fairdraw does not know it. */
export function findDrandChain(hash: string): DrandChain | undefined {
  return knownDrandChains.find((chain) => chain.hash === hash);
}

/**
 * Recomputes a chain hash from its facts as drand does: SHA-256 of the period (4 bytes,
 * big-endian), the genesis time (8 bytes, big-endian), the public key, the genesis seed
 * and, unless the beacon id is "default" or empty, the beacon id in UTF-8.
 */
export function drandChainHash(chain: Omit<DrandChain, 'hash'>): string {
  const header = new Uint8Array(12);
  const view = new DataView(header.buffer);
  view.setUint32(0, chain.period);
  view.setBigInt64(4, BigInt(chain.genesisTime));
  const id = chain.beaconId === 'default' || chain.beaconId === '' ? '' : chain.beaconId;
  return sha256Hex(header, hexToBytes(chain.publicKey), hexToBytes(chain.genesisSeed), id);
}
