import {
  FairdrawError,
  readConflicts,
  readInspectors,
  readTargets,
  assertConflictsResolve,
  snapshotPool,
  type Conflict,
  type Inspector,
  type Issue,
  type PoolName,
  type PoolRecordTypes,
  type ReadResult,
  type Target,
} from '@fairdraw/core';
import type { Change, DirectoryVersionMeta, Store } from '@fairdraw/store';
import { isXlsx, xlsxToCsv } from './spreadsheet.ts';

const readers: { [P in PoolName]: (bytes: Uint8Array, options: { source: string }) => ReadResult<PoolRecordTypes[P]> } = {
  targets: readTargets,
  inspectors: readInspectors,
  conflicts: readConflicts,
};

export interface ImportResult<P extends PoolName> {
  readonly version: DirectoryVersionMeta<P> | null;
  readonly imported: number;
  readonly rejected: readonly Issue[];
}

/**
 * Imports a whole directory file (CSV in UTF-8 or GB18030, JSON, XLSX) as the pool's next
 * version. With `goodRowsOnly` false (the default) any bad row rejects the whole file;
 * otherwise the good rows are imported and the rest listed. Never leaves a partial version.
 */
export async function importDirectory<P extends PoolName>(
  store: Store,
  input: { pool: P; bytes: Uint8Array; filename: string; goodRowsOnly: boolean; reason: string | null },
  change: Change,
): Promise<ImportResult<P>> {
  const { pool, filename } = input;
  const bytes = isXlsx(input.bytes, filename) ? new TextEncoder().encode(await xlsxToCsv(input.bytes, filename)) : input.bytes;
  const { records, rejected } = readers[pool](bytes, { source: filename });
  if (rejected.length > 0 && !input.goodRowsOnly) {
    const rows = new Set(rejected.map((issue) => issue.line ?? issue.path[0])).size;
    throw new FairdrawError('INVALID_INPUT', `${filename}: ${rows} row(s) rejected, nothing imported (send goodRowsOnly=true to import the other rows)`, {
      issues: rejected,
    });
  }
  const basedOn = (await store.directories.list(pool)).at(-1)?.id ?? null;
  const version = await appendVersion(store, pool, records, input.reason ?? `import ${filename}`, change, basedOn);
  return { version, imported: records.length, rejected };
}

/** Adds or replaces one record (by its identity) in the latest version, as a new version. */
export async function putRecord<P extends PoolName>(store: Store, pool: P, record: PoolRecordTypes[P], reason: string, change: Change) {
  const latest = await store.directories.latest(pool);
  const key = identity(pool, record);
  const records = [...(latest?.records ?? []).filter((existing) => identity(pool, existing) !== key), record];
  return appendVersion(store, pool, records, reason, change, latest?.id ?? null);
}

/** Removes one record from the latest version, as a new version; old versions keep it. */
export async function removeRecord<P extends PoolName>(store: Store, pool: P, key: string, reason: string, change: Change) {
  const latest = await store.directories.latest(pool);
  const current = latest?.records ?? [];
  const records = current.filter((existing) => identity(pool, existing) !== key);
  if (records.length === current.length) {
    throw new FairdrawError('UNKNOWN_REFERENCE', `the current ${pool} directory has no record "${key}"`, { issues: [{ source: pool, path: [key], message: 'no such record' }] });
  }
  return appendVersion(store, pool, records, reason, change, latest?.id ?? null);
}

/** How a record is named in URLs: its id, or "inspectorId~targetId" for a 回避 pair. */
export function identity<P extends PoolName>(pool: P, record: PoolRecordTypes[P]): string {
  if (pool === 'conflicts') {
    const conflict = record as Conflict;
    return `${conflict.inspectorId}~${conflict.targetId}`;
  }
  return (record as Target | Inspector).id;
}

/**
 * Digests and stores a version after checking that the three current directories still
 * fit together: every 回避 pair must name a target and an inspector that exist.
 */
async function appendVersion<P extends PoolName>(
  store: Store,
  pool: P,
  records: readonly PoolRecordTypes[P][],
  reason: string,
  change: Change,
  basedOn: number | null,
) {
  const snapshot = snapshotPool(pool, records);
  const latest = async <Q extends PoolName>(name: Q): Promise<readonly PoolRecordTypes[Q][]> =>
    (name as PoolName) === pool ? (snapshot.records as unknown as PoolRecordTypes[Q][]) : ((await store.directories.latest(name))?.records ?? []);
  // Only the references between the pools need checking: each stored pool was checked when stored.
  const conflicts = await latest('conflicts');
  try {
    if (conflicts.length > 0) assertConflictsResolve(conflicts, await latest('targets'), await latest('inspectors'));
  } catch (error) {
    if (error instanceof FairdrawError && error.code === 'UNKNOWN_REFERENCE' && pool !== 'conflicts') {
      throw new FairdrawError(
        'UNKNOWN_REFERENCE',
        `this ${pool} directory leaves ${error.issues.length} 回避 pair(s) naming records it no longer holds; remove those pairs first, or keep the record and mark it inactive/deregistered`,
        { issues: error.issues, cause: error },
      );
    }
    throw error;
  }
  // basedOn: an edit made on a version someone else has since replaced is refused, not merged.
  return store.directories.append({ pool, records: snapshot.records, digest: snapshot.digest, reason, basedOn }, change);
}
