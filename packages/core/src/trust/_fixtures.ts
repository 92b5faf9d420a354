// A complete committed draw for the trust tests: pools, commitment, seed, record, ledger. Never re-exported.
import { conflict, inspector, target, task } from '../_arbitraries.ts';
import { draw } from '../draw/draw.ts';
import { DRAW_ALGORITHM_1, conflictsSaltRequired, type DrawAlgorithm } from '../draw/algorithm.ts';
import { recordDigest } from '../record/draw-record.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { appendEntry } from './append-entry.ts';
import { assembleBundle } from './assemble-bundle.ts';
import { deriveSeed } from './derive-seed.ts';
import { QUICKNET } from './drand-chain.ts';
import type { LedgerEntry } from './ledger-entry.ts';
import { prepareCommitment } from './prepare-commitment.ts';
import { seedSourceValue } from './reveal-seed.ts';
import type { SeedEvidence, SeedSource } from './seed-source.ts';
import { witnessHash } from './witness-ceremony.ts';
import { round123 } from './_vectors.ts';

/** RFC 8032 test 1's secret key, so that signatures are reproducible. */
export const PRIVATE_KEY = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
export const PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
/** Another key, for forgeries. */
export const OTHER_PRIVATE_KEY = '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb';

export const SALT = 'a1'.repeat(32);
/** Quicknet genesis: round 123 is due 366 s later. */
export const COMMITTED_AT = '2023-08-23T15:09:27Z';

export const pools = snapshotPools({
  targets: Array.from({ length: 12 }, (_, n) => target(n)),
  inspectors: Array.from({ length: 8 }, (_, n) => inspector(n, { department: n % 2 ? '公证工作科' : '律师工作科' })),
  conflicts: [conflict(0, 3), conflict(2, 5)],
});

export const drawTask = task({ sample: { percent: 25 }, team: { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }] } });

export const witnessReveals = [
  { witness: '人大代表 张三', secret: 'apple orchard 7 blue' },
  { witness: '公证员 王五', secret: '41362551366241352614' },
];

const sources = {
  drand: { source: { type: 'drand', chain: QUICKNET.hash, round: 123 }, evidence: { type: 'drand', beacon: round123 } },
  witnesses: {
    source: { type: 'witnesses', commitments: witnessReveals.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) })) },
    evidence: { type: 'witnesses', reveals: witnessReveals },
  },
  operator: { source: { type: 'operator' }, evidence: { type: 'operator', value: 'typed by the operator' } },
} as const satisfies Record<string, { source: SeedSource; evidence: SeedEvidence }>;

/**
 * A draw committed under `kind`'s seed source, drawn with `algorithm` (for fairdraw-draw/2,
 * with the commitment's salt), and written to a three-entry ledger.
 */
export function committedDraw(kind: keyof typeof sources = 'drand', algorithm: DrawAlgorithm = DRAW_ALGORITHM_1) {
  const { source, evidence } = structuredClone(sources[kind]) as { source: SeedSource; evidence: SeedEvidence };
  const { commitment, digest } = prepareCommitment({ task: drawTask, pools, salt: SALT, seedSource: source, at: COMMITTED_AT, replaces: null, algorithm });
  const seed = deriveSeed(digest, seedSourceValue(commitment.seedSource, evidence));
  const record = draw({ task: drawTask, pools, seed, algorithm, ...(conflictsSaltRequired(algorithm) ? { conflictsSalt: SALT } : {}) });
  const earlier = appendEntry(null, { type: 'result', at: '2023-08-01T00:00:00Z', payload: { recordDigest: `sha256:${'0'.repeat(64)}`, inspected: 3 } }, PRIVATE_KEY);
  const committed = appendEntry(earlier, { type: 'commitment', at: COMMITTED_AT, payload: { commitmentDigest: digest, commitment } }, PRIVATE_KEY);
  const drawn = appendEntry(committed, { type: 'draw', at: '2023-08-23T15:16:00Z', payload: { commitmentDigest: digest, seed, recordDigest: recordDigest(record) } }, PRIVATE_KEY);
  const ledger: LedgerEntry[] = [earlier, committed, drawn];
  const bundle = (auditor = false) =>
    assembleBundle({ commitment, evidence, record, pools, ledger: { publicKey: PUBLIC_KEY, entries: [committed, drawn] }, ...(auditor ? { auditor: { salt: SALT } } : {}) });
  return { commitment, digest, evidence, seed, record, ledger, bundle };
}

