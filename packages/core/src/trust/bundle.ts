import { z } from 'zod';
import { DrawRecord } from '../record/draw-record.ts';
import { parseWith } from '../model/parse.ts';
import { Hex32, Sha256Digest } from './_bytes.ts';
import { Commitment } from './commitment.ts';
import { SeedEvidence } from './seed-source.ts';

export const BUNDLE_FORMAT = 'fairdraw-bundle/1';

/**
 * Everything needed to verify one draw offline. The public bundle leaves out the 回避 list;
 * the auditor bundle adds it with the salt that binds it to the commitment.
 */
export const Bundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  commitment: Commitment,
  commitmentDigest: Sha256Digest,
  /** What shows the committed seed source's value: the beacon, the reveals, or the operator's value. */
  evidence: SeedEvidence,
  seed: Hex32,
  record: DrawRecord,
  /** Published snapshots (draw-spec §4.2), as text. */
  directories: z.strictObject({
    targets: z.string(),
    inspectors: z.string(),
    /** Auditor bundles only. */
    conflicts: z.strictObject({ snapshot: z.string(), salt: Hex32 }).optional(),
  }),
  ledger: z.strictObject({
    /** The bureau's Ed25519 public key, raw 32 bytes in hex. */
    publicKey: Hex32,
    /** The entries of this draw (its commitment, draw, and any replaced commitment or cancellation), in ledger order. Checked one by one. */
    entries: z.array(z.unknown()),
  }),
});
export type Bundle = z.infer<typeof Bundle>;

/** Reads a bundle (parsed JSON) or throws INVALID_INPUT naming every field that is wrong. */
export function parseBundle(value: unknown, source = 'bundle'): Bundle {
  return parseWith(Bundle, value, { source });
}
