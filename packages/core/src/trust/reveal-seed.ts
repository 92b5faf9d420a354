import { FairdrawError } from '../errors.ts';
import { findDrandChain } from './drand-chain.ts';
import { verifyBeacon } from './drand-beacon.ts';
import { deriveSeed } from './derive-seed.ts';
import type { SeedEvidence, SeedSource } from './seed-source.ts';
import { witnessSeedValue } from './witness-ceremony.ts';

/**
 * The value of a committed seed source, once the evidence is in: a drand round's
 * randomness (after verifying the beacon against the pinned chain), the mix of the
 * witnesses' reveals, or the operator's value as typed. Throws MISMATCH when the evidence
 * is of another kind than the source or a beacon fails verification, INVALID_INPUT for an
 * unknown chain, and witnessSeedValue's errors for a ceremony.
 */
export function seedSourceValue(source: SeedSource, evidence: SeedEvidence): string {
  if (source.type !== evidence.type) {
    throw new FairdrawError('MISMATCH', `the commitment fixed a ${source.type} seed source, but the evidence is of ${evidence.type}`, { issues: [{ path: ['evidence', 'type'], message: `must be ${source.type}` }] });
  }
  if (source.type === 'drand' && evidence.type === 'drand') {
    const chain = findDrandChain(source.chain);
    if (chain === undefined) throw new FairdrawError('INVALID_INPUT', `fairdraw does not know drand chain ${source.chain}`);
    const result = verifyBeacon(evidence.beacon, chain, { round: source.round, chainHash: source.chain });
    if (!result.ok) throw new FairdrawError('MISMATCH', `the drand beacon fails verification (${result.failure}): ${result.problem}`, { issues: [{ path: ['evidence', 'beacon'], message: result.problem }] });
    return result.randomness;
  }
  if (source.type === 'witnesses' && evidence.type === 'witnesses') return witnessSeedValue(source.commitments, evidence.reveals);
  if (evidence.type === 'operator') return evidence.value;
  throw new FairdrawError('INVALID_INPUT', 'unknown seed source');
}

/** The seed of a committed draw from its commitment digest, source and evidence (seedSourceValue, then deriveSeed). */
export function revealSeed(options: { readonly commitmentDigest: string; readonly seedSource: SeedSource; readonly evidence: SeedEvidence }): { seed: string; sourceValue: string } {
  const sourceValue = seedSourceValue(options.seedSource, options.evidence);
  return { seed: deriveSeed(options.commitmentDigest, sourceValue), sourceValue };
}
