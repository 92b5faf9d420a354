// Real quicknet rounds, recorded from the drand relays and verified offline. Test-only; never re-exported.
import type { DrandBeacon } from './drand-beacon.ts';

/**
 * Round 123: from the fairdraw issue (and drand-verify's tests). Rounds 657413, 1000000 and
 * 20000000: published in python-drand-verify's README and in a project's recorded vectors
 * (api.drand.sh, api2, api3 and drand.cloudflare.com agreeing). Each was checked here
 * before being kept; the randomness is SHA-256 of the signature.
 */
export const quicknetRounds: readonly DrandBeacon[] = [
  {
    round: 123,
    randomness: 'fb8f7bc29bf24db51871ec8c79f3a1e4bd0557bc0dfcee9ed1d924e69d1c60dc',
    signature: 'b75c69d0b72a5d906e854e808ba7e2accb1542ac355ae486d591aa9d43765482e26cd02df835d3546d23c4b13e0dfc92',
  },
  {
    round: 657413,
    randomness: 'fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587',
    signature: 'b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b',
  },
  {
    round: 1000000,
    randomness: 'b22aad4794f7451896f7a371aa46106fd84d919f3f569acd5b2fddf1d1440af3',
    signature: '83ad29e4c409f9470fc2ef02f90214df49e02b441a1a241a82d622d9f608ef98fd8b11a029f1bee9d9e83b45088abe72',
  },
  {
    round: 20000000,
    randomness: 'f39c98df5525968e6622e0c63edb3d1f9c5607cf780db78abdded36e4b3dba95',
    signature: '96892582a33552a7b67ba44ef09c3ccd535bbebe760c93ecf45be8958d0c0f06390c6d19d7bf492eb806af7eef6b125c',
  },
];

export const round123 = quicknetRounds[0]!;

/** Flips one bit of a hex string at a hex-digit position (0 = first digit). */
export function flipBit(hex: string, at: number, bit = 1): string {
  const digit = (parseInt(hex[at]!, 16) ^ bit).toString(16);
  return hex.slice(0, at) + digit + hex.slice(at + 1);
}
