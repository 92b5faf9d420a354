import type { DrawRecord } from '../record/draw-record.ts';
import { poolSnapshotText, type Pools } from '../snapshot/pools.ts';
import { parseWith } from '../model/parse.ts';
import { BUNDLE_FORMAT, Bundle } from './bundle.ts';
import { commitmentDigest, type Commitment } from './commitment.ts';
import { ed25519PublicKeyHex, type KeyInput } from './ed25519-keys.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import type { SeedEvidence } from './seed-source.ts';
import { FairdrawError } from '../errors.ts';
import { conflictsSaltRequired, recordConflictsDigest } from '../draw/algorithm.ts';
import { saltedDigest } from './salted-digest.ts';

export interface AssembleBundleOptions {
  readonly commitment: Commitment;
  readonly evidence: SeedEvidence;
  readonly record: DrawRecord;
  /** The pools the draw used. */
  readonly pools: Pools;
  /** The entries of this draw in ledger order, and the bureau's key. */
  readonly ledger: { readonly publicKey: KeyInput; readonly entries: readonly LedgerEntry[] };
  /**
   * Give the commitment's salt to include the 回避 list: an auditor bundle. Leave out for the
   * public. For a fairdraw-draw/2 record it is also the salt of the record's 回避 digest.
   */
  readonly auditor?: { readonly salt: string };
}

/**
 * The offline verification bundle of a draw, public or (with the salt) for auditors; the same
 * for fairdraw-draw/1 and /2 records. Throws INVALID_INPUT for a malformed part, and for an
 * auditor salt that does not give the commitment's salted digest of `pools.conflicts` or (for
 * fairdraw-draw/2) the record's, so that no auditor bundle goes out with the wrong salt.
 */
export function assembleBundle(options: AssembleBundleOptions): Bundle {
  const { commitment, pools, auditor } = options;
  if (auditor !== undefined) assertSaltOpens(options, auditor.salt);
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

function assertSaltOpens({ commitment, record, pools }: AssembleBundleOptions, salt: string): void {
  const snapshot = poolSnapshotText('conflicts', pools.conflicts);
  const wrong = (message: string) => new FairdrawError('INVALID_INPUT', message, { issues: [{ path: ['auditor', 'salt'], message }] });
  if (saltedDigest(salt, snapshot) !== commitment.directories.internal.conflicts.saltedDigest) {
    throw wrong("the auditor salt with the 回避 list given does not give the commitment's salted digest");
  }
  if (conflictsSaltRequired(record.algorithm) && recordConflictsDigest(record.algorithm, pools.conflicts, salt).digest !== record.pools.conflicts.digest) {
    throw wrong("the auditor salt with the 回避 list given does not give the draw record's salted digest");
  }
}
