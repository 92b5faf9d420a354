import { z } from 'zod';
import { Hex32 } from './_bytes.ts';
import { compareCodePoints } from '../model/primitives.ts';
import { DrandBeacon } from './drand-beacon.ts';
import { WitnessCommitment, WitnessReveal } from './witness-ceremony.ts';

/** The kinds of seed source, in order of trust: a public beacon, a witness ceremony, the operator. */
export const seedSourceTypes = ['drand', 'witnesses', 'operator'] as const;
export type SeedSourceType = (typeof seedSourceTypes)[number];

const witnessCommitments = z
  .array(WitnessCommitment)
  .min(1, { error: 'a witness ceremony needs at least one witness' })
  .superRefine((commitments, ctx) => {
    const seen = new Set<string>();
    commitments.forEach((commitment, index) => {
      if (seen.has(commitment.witness)) ctx.addIssue({ code: 'custom', path: [index, 'witness'], message: `witness "${commitment.witness}" is listed twice` });
      seen.add(commitment.witness);
    });
  })
  .transform((commitments) => [...commitments].sort((a, b) => compareCodePoints(a.witness, b.witness)));

/** The seed source a commitment fixes before anyone can know the seed. */
export const SeedSource = z.discriminatedUnion('type', [
  /** A future round of a drand chain, named by chain hash. */
  z.strictObject({ type: z.literal('drand'), chain: Hex32, round: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
  /** A ceremony whose witnesses have each handed in the hash of a secret; sorted by witness. */
  z.strictObject({ type: z.literal('witnesses'), commitments: witnessCommitments }),
  /** The operator supplies the seed: allowed, but unverifiable. */
  z.strictObject({ type: z.literal('operator') }),
]);
export type SeedSource = z.infer<typeof SeedSource>;

/** The value an operator supplies: 1–256 characters, one line, no white space at either end. */
export const OperatorSeedValue = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(256, { error: 'must be at most 256 characters' })
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value) && value.trim() === value, { error: 'must be one line with no white space at either end' });

/** What shows the seed source's value once it is known. */
export const SeedEvidence = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('drand'), beacon: DrandBeacon }),
  z.strictObject({ type: z.literal('witnesses'), reveals: z.array(WitnessReveal).min(1) }),
  z.strictObject({ type: z.literal('operator'), value: OperatorSeedValue }),
]);
export type SeedEvidence = z.infer<typeof SeedEvidence>;
