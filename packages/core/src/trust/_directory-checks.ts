// Reading the snapshots in a bundle and checking them against the commitment. Never re-exported.
import { isFairdrawError } from '../errors.ts';
import type { Conflict } from '../model/conflict.ts';
import type { Inspector } from '../model/inspector.ts';
import type { Target } from '../model/target.ts';
import { loadConflicts, loadInspectors, loadTargets } from '../load/load-pools.ts';
import { poolSnapshotText, snapshotPool, snapshotPools, type Pools } from '../snapshot/pools.ts';
import type { PoolDigest } from '../snapshot/pool-snapshot.ts';
import { short } from './_bytes.ts';
import { check, poolWords, type Check } from './_check.ts';
import type { Bundle } from './bundle.ts';
import { saltedDigest } from './salted-digest.ts';
import { conflictsSaltRequired, recordConflictsDigest } from '../draw/algorithm.ts';

export interface LoadedDirectories {
  readonly targets?: Target[];
  readonly inspectors?: Inspector[];
  /** All three pools, cross-checked, when the bundle is an auditor's and every file reads. */
  readonly pools?: Pools;
}

export function directoryChecks(bundle: Bundle): { checks: Check[]; loaded: LoadedDirectories } {
  const checks: Check[] = [];
  const targets = publicPool(bundle, { pool: 'targets', load: (bytes) => loadTargets(bytes, { source: 'targets snapshot' }), digestOf: (records) => snapshotPool('targets', records).digest }, checks);
  const inspectors = publicPool(bundle, { pool: 'inspectors', load: (bytes) => loadInspectors(bytes, { source: 'inspectors snapshot' }), digestOf: (records) => snapshotPool('inspectors', records).digest }, checks);
  const internal = bundle.directories.conflicts;
  if (internal === undefined) return { checks, loaded: { targets, inspectors } };
  let conflicts: Conflict[];
  try {
    conflicts = loadConflicts(utf8(internal.snapshot), { source: 'conflicts snapshot' });
    snapshotPool('conflicts', conflicts); // refuses a repeated pair
  } catch (error) {
    checks.push(unreadable('directories.conflicts', 'conflicts', error));
    return { checks, loaded: { targets, inspectors } };
  }
  const committed = bundle.commitment.directories.internal.conflicts;
  const recorded = bundle.record.pools.conflicts;
  const salted = saltedDigest(internal.salt, poolSnapshotText('conflicts', conflicts));
  // What the record's 回避 digest should be under its algorithm: plain (fairdraw-draw/1) or salted with the same salt (fairdraw-draw/2).
  const saltedInRecord = conflictsSaltRequired(bundle.record.algorithm);
  const expected = expectedRecordDigest(bundle.record.algorithm, conflicts, saltedInRecord ? internal.salt : undefined);
  let pools: Pools | undefined;
  let problem: Check | undefined;
  if (salted !== committed.saltedDigest) {
    problem = check(
      'directories.conflicts',
      false,
      `The 回避 list supplied (${conflicts.length} pairs) with its salt gives the salted digest ${short(salted)}, not the one in the commitment (${short(committed.saltedDigest)}).`,
      `所附回避名单（${conflicts.length} 对）加盐后的摘要为 ${short(salted)}，与承诺中的（${short(committed.saltedDigest)}）不符。`,
    );
  } else if (!expected.ok) {
    problem = check(
      'directories.conflicts',
      false,
      `The 回避 list supplied cannot be compared with the draw record: ${expected.problem}.`,
      `所附回避名单无法与抽取记录核对：${expected.problem}。`,
    );
  } else if (expected.digest.digest !== recorded.digest) {
    problem = check(
      'directories.conflicts',
      false,
      `The 回避 list supplied matches the commitment, but its ${saltedInRecord ? 'salted digest' : 'digest'} (${short(expected.digest.digest)}) is not the one in the draw record (${short(recorded.digest)}).`,
      `所附回避名单与承诺相符，但其${saltedInRecord ? '加盐摘要' : '摘要'}（${short(expected.digest.digest)}）与抽取记录中的（${short(recorded.digest)}）不符。`,
    );
  } else if (targets !== undefined && inspectors !== undefined) {
    try {
      pools = snapshotPools({ targets, inspectors, conflicts });
    } catch (error) {
      problem = unreadable('directories.conflicts', 'conflicts', error);
    }
  }
  checks.push(
    problem ??
      check(
        'directories.conflicts',
        true,
        saltedInRecord
          ? `The 回避 list supplied (${conflicts.length} pairs), with its salt, matches the salted digest in the commitment and in the draw record.`
          : `The 回避 list supplied (${conflicts.length} pairs), with its salt, matches the salted digest in the commitment and the digest in the draw record.`,
        saltedInRecord
          ? `所附回避名单（${conflicts.length} 对）加盐后的摘要与承诺及抽取记录一致。`
          : `所附回避名单（${conflicts.length} 对）加盐后的摘要与承诺一致，其摘要与抽取记录一致。`,
      ),
  );
  return { checks, loaded: { targets, inspectors, ...(pools === undefined ? {} : { pools }) } };
}

function expectedRecordDigest(algorithm: string, conflicts: readonly Conflict[], salt: string | undefined): { ok: true; digest: PoolDigest } | { ok: false; problem: string } {
  try {
    return { ok: true, digest: recordConflictsDigest(algorithm, conflicts, salt) };
  } catch (error) {
    if (!isFairdrawError(error)) throw error;
    return { ok: false, problem: error.message };
  }
}

interface PublicPool<T> {
  readonly pool: 'targets' | 'inspectors';
  readonly load: (bytes: Uint8Array) => T[];
  readonly digestOf: (records: T[]) => PoolDigest;
}

function publicPool<T>(bundle: Bundle, { pool, load, digestOf }: PublicPool<T>, checks: Check[]): T[] | undefined {
  const id = `directories.${pool}`;
  let records: T[];
  let digest: PoolDigest;
  try {
    records = load(utf8(bundle.directories[pool]));
    digest = digestOf(records);
  } catch (error) {
    checks.push(unreadable(id, pool, error));
    return undefined;
  }
  const committed = bundle.commitment.directories.public[pool];
  if (digest.digest !== committed.digest) {
    checks.push(
      check(
        id,
        false,
        `The ${poolWords[pool].en} supplied (${digest.count} records, ${short(digest.digest)}) is not the version fixed in the commitment (${committed.count} records, ${short(committed.digest)}).`,
        `所附${poolWords[pool].zh}（${digest.count} 条，${short(digest.digest)}）不是承诺中确定的版本（${committed.count} 条，${short(committed.digest)}）。`,
      ),
    );
    return undefined;
  }
  checks.push(check(id, true, `The ${poolWords[pool].en} supplied (${digest.count} records) is the version fixed in the commitment.`, `所附${poolWords[pool].zh}（${digest.count} 条）与承诺中确定的版本一致。`));
  return records;
}

function unreadable(id: string, pool: keyof typeof poolWords, error: unknown): Check {
  if (!isFairdrawError(error)) throw error;
  return check(id, false, `The ${poolWords[pool].en} supplied cannot be read: ${error.message}.`, `所附${poolWords[pool].zh}无法读取：${error.message}。`);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
