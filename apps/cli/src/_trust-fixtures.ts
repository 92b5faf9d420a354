// Committed, drawn and signed demo draws for the CLI's trust tests: real bundles and a real ledger export. Never re-exported.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoFiles } from '@fairdraw/demo';
import {
  QUICKNET,
  appendEntry,
  assembleBundle,
  deriveSeed,
  draw,
  prepareCommitment,
  recordDigest,
  seedSourceValue,
  type Bundle,
  type LedgerEntry,
  type SeedEvidence,
  type SeedSource,
} from '@fairdraw/core';
import { readPools, readTask } from './_files.ts';
import { LEDGER_FORMAT } from './_ledger-file.ts';

/** RFC 8032 test 1's key pair, so that signatures are reproducible: the "bureau". */
export const BUREAU_PRIVATE_KEY = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
export const BUREAU_PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
/** RFC 8032 test 2's key pair: someone who is not the bureau. */
export const OTHER_PRIVATE_KEY = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';
export const OTHER_PUBLIC_KEY = '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c';
/** The bureau's public key as an SPKI PEM file would hold it (RFC 8410). */
export const BUREAU_PUBLIC_KEY_PEM = `-----BEGIN PUBLIC KEY-----\n${Buffer.from('302a300506032b6570032100' + BUREAU_PUBLIC_KEY, 'hex').toString('base64')}\n-----END PUBLIC KEY-----\n`;

export const SALT = 'a1'.repeat(32);

/** Quicknet round 123, as recorded from the drand relays (trust-spec §6.3). */
export const ROUND_123 = {
  round: 123,
  randomness: 'fb8f7bc29bf24db51871ec8c79f3a1e4bd0557bc0dfcee9ed1d924e69d1c60dc',
  signature: 'b75c69d0b72a5d906e854e808ba7e2accb1542ac355ae486d591aa9d43765482e26cd02df835d3546d23c4b13e0dfc92',
} as const;

/** Quicknet genesis: round 123 is due 366 s later (1692803367 + 122 × 3), well past the 60 s margin. */
export const COMMITTED_AT = '2023-08-23T15:09:27Z';
export const DRAWN_AT = '2023-08-23T15:16:00Z';

export interface TrustFixture {
  /** The public bundle (no 回避 list) of the drand draw. */
  readonly publicBundle: Bundle;
  /** The same draw's auditor bundle, with the 回避 list and its salt. */
  readonly auditorBundle: Bundle;
  /** A draw whose seed the operator typed, public bundle. */
  readonly operatorBundle: Bundle;
  /** The whole ledger holding both draws: a result, then each draw's commitment and draw entries. */
  readonly ledger: readonly LedgerEntry[];
}

/** Commits, draws and signs two demo-bureau draws, one seeded by quicknet round 123, one by the operator. */
export async function trustFixture(): Promise<TrustFixture> {
  const [task, pools] = await Promise.all([readTask(demoFiles.task), readPools(demoFiles)]);
  const entries: LedgerEntry[] = [];
  const append = (type: LedgerEntry['type'], at: string, payload: unknown) => {
    const entry = appendEntry(entries.at(-1) ?? null, { type, at, payload }, BUREAU_PRIVATE_KEY);
    entries.push(entry);
    return entry;
  };
  append('result', '2023-08-01T00:00:00Z', { recordDigest: `sha256:${'0'.repeat(64)}`, inspected: 3 });

  const committedDraw = (seedSource: SeedSource, evidence: SeedEvidence, at: string, drawnAt: string) => {
    const { commitment, digest } = prepareCommitment({ task, pools, salt: SALT, seedSource, at, replaces: null });
    const seed = deriveSeed(digest, seedSourceValue(commitment.seedSource, evidence));
    const record = draw({ task, pools, seed, conflictsSalt: SALT }); // fairdraw-draw/2: the record's 回避 digest takes the commitment's salt
    const committed = append('commitment', at, { commitmentDigest: digest, commitment });
    const drawn = append('draw', drawnAt, { commitmentDigest: digest, seed, recordDigest: recordDigest(record) });
    return (auditor: boolean) =>
      assembleBundle({
        commitment,
        evidence,
        record,
        pools,
        ledger: { publicKey: BUREAU_PUBLIC_KEY, entries: [committed, drawn] },
        ...(auditor ? { auditor: { salt: SALT } } : {}),
      });
  };

  const drand = committedDraw({ type: 'drand', chain: QUICKNET.hash, round: 123 }, { type: 'drand', beacon: { ...ROUND_123 } }, COMMITTED_AT, DRAWN_AT);
  const operator = committedDraw({ type: 'operator' }, { type: 'operator', value: '20230823 抽签' }, '2023-08-23T16:00:00Z', '2023-08-23T16:05:00Z');
  return { publicBundle: drand(false), auditorBundle: drand(true), operatorBundle: operator(false), ledger: entries };
}

/** A whole-ledger export file's content (fairdraw-ledger/1). */
export function ledgerExport(entries: readonly unknown[], publicKey = BUREAU_PUBLIC_KEY) {
  return { format: LEDGER_FORMAT, publicKey, entries };
}

/** Writes `value` as indented JSON to `name` in `dir` and returns the path. */
export async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(value, null, 2) + '\n');
  return path;
}
