import type { DrawRecord } from '../record/draw-record.ts';
import { poolSnapshotText, type Pools } from '../snapshot/pools.ts';
import { parseWith } from '../model/parse.ts';
import { BUNDLE_FORMAT, Bundle } from './bundle.ts';
import { commitmentDigest, type Commitment } from './commitment.ts';
import { ed25519PublicKeyHex, type KeyInput } from './ed25519-keys.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { SeedEvidence } from './seed-source.ts';

export interface AssembleBundleOptions {
  readonly commitment: Commitment;
  readonly evidence: SeedEvidence;
  readonly record: DrawRecord;
  /** The pools the draw used. */
  readonly pools: Pools;
  /** The entries of this draw in ledger order, and the bureau's key. */
  readonly ledger: { readonly publicKey: KeyInput; readonly entries: readonly LedgerEntry[] };
  /** Give the commitment's salt to include the 回避 list: an auditor bundle. Leave out for the public. */
  readonly auditor?: { readonly salt: string };
}

/** The offline verification bundle of a draw, public or (with the salt) for auditors. Throws INVALID_INPUT for a malformed part. */
export function assembleBundle(options: AssembleBundleOptions): Bundle {
  const { commitment, pools, auditor } = options;
  return parseWith(
    Bundle,
    {
      format: BUNDLE_FORMAT,
      commitment,
      commitmentDigest: commitmentDigest(commitment),
      evidence: options.evidence,
      seed: options.record.seed,
      record: options.record,
      directories: {
        targets: poolSnapshotText('targets', pools.targets),
        inspectors: poolSnapshotText('inspectors', pools.inspectors),
        ...(auditor === undefined ? {} : { conflicts: { snapshot: poolSnapshotText('conflicts', pools.conflicts), salt: auditor.salt } }),
      },
      ledger: { publicKey: ed25519PublicKeyHex(options.ledger.publicKey), entries: options.ledger.entries },
    },
    { source: 'bundle' },
  );
}
