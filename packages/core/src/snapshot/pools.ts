import type { Target } from '../model/target.ts';
import type { Inspector } from '../model/inspector.ts';
import type { Conflict } from '../model/conflict.ts';
import { FairdrawError, type Issue } from '../errors.ts';
import {
  assertUnique,
  conflictLine,
  inspectorLine,
  snapshotDigest,
  snapshotText,
  sortConflicts,
  sortInspectors,
  sortTargets,
  targetLine,
  type PoolDigest,
  type PoolName,
} from './pool-snapshot.ts';

/** The three directories a draw reads, in canonical order, with their digests. */
export interface Pools {
  readonly targets: readonly Target[];
  readonly inspectors: readonly Inspector[];
  readonly conflicts: readonly Conflict[];
  readonly digests: Readonly<Record<PoolName, PoolDigest>>;
}

export interface PoolsInput {
  readonly targets: readonly Target[];
  readonly inspectors: readonly Inspector[];
  readonly conflicts?: readonly Conflict[];
}

/**
 * Freezes parsed directories into canonical snapshots and digests. The result does not
 * depend on the order of the input rows. Throws DUPLICATE_ID for a repeated id or 回避
 * pair and UNKNOWN_REFERENCE for a 回避 pair naming an inspector or target not in the pools.
 */
export function snapshotPools(input: PoolsInput): Pools {
  const targets = snapshotPool('targets', input.targets);
  const inspectors = snapshotPool('inspectors', input.inspectors);
  const conflicts = snapshotPool('conflicts', input.conflicts ?? []);
  assertConflictsResolve(conflicts.records, targets.records, inspectors.records);
  return {
    targets: targets.records,
    inspectors: inspectors.records,
    conflicts: conflicts.records,
    digests: { targets: targets.digest, inspectors: inspectors.digest, conflicts: conflicts.digest },
  };
}

export interface PoolRecordTypes {
  targets: Target;
  inspectors: Inspector;
  conflicts: Conflict;
}

const lineOf: { [P in PoolName]: (record: PoolRecordTypes[P]) => string } = {
  targets: targetLine,
  inspectors: inspectorLine,
  conflicts: conflictLine,
};

function sortPool<P extends PoolName>(pool: P, records: readonly PoolRecordTypes[P][]): PoolRecordTypes[P][] {
  if (pool === 'targets') return sortTargets(records as readonly Target[]) as PoolRecordTypes[P][];
  if (pool === 'inspectors') return sortInspectors(records as readonly Inspector[]) as PoolRecordTypes[P][];
  return sortConflicts(records as readonly Conflict[]) as PoolRecordTypes[P][];
}

const identityOf: { [P in PoolName]: (record: PoolRecordTypes[P]) => string } = {
  targets: (target) => target.id,
  inspectors: (inspector) => inspector.id,
  conflicts: (conflict) => `${conflict.inspectorId} × ${conflict.targetId}`,
};

/**
 * One directory in canonical order with its digest (spec §4.2). Throws DUPLICATE_ID for a
 * repeated id (for 回避 pairs, a repeated pair). Does not check references between pools.
 */
export function snapshotPool<P extends PoolName>(pool: P, records: readonly PoolRecordTypes[P][]): { records: PoolRecordTypes[P][]; digest: PoolDigest } {
  const sorted = sortPool(pool, records);
  assertUnique(pool, sorted, identityOf[pool]);
  return { records: sorted, digest: snapshotDigest(pool, mapIterable(sorted, lineOf[pool]), sorted.length) };
}

/** The published snapshot of a directory: exactly the text whose SHA-256 is its digest. */
export function poolSnapshotText<P extends PoolName>(pool: P, records: readonly PoolRecordTypes[P][]): string {
  return snapshotText(pool, sortPool(pool, records).map(lineOf[pool]));
}

function* mapIterable<T>(items: readonly T[], line: (item: T) => string): Iterable<string> {
  for (const item of items) yield line(item);
}

function sortedIds(records: readonly { id: string }[]): { has(id: string): boolean } {
  return {
    has(id) {
      let low = 0;
      let high = records.length - 1;
      while (low <= high) {
        const middle = (low + high) >>> 1;
        const found = records[middle]!.id;
        if (found === id) return true;
        if (found < id) low = middle + 1;
        else high = middle - 1;
      }
      return false;
    },
  };
}

/**
 * Throws UNKNOWN_REFERENCE, listing every offender, when a 回避 pair names an inspector or a
 * target the pools do not hold. `targets` and `inspectors` must be in canonical (id) order,
 * as snapshots and stored versions are.
 */
export function assertConflictsResolve(conflicts: readonly Conflict[], targets: readonly Target[], inspectors: readonly Inspector[]): void {
  if (conflicts.length === 0) return;
  // The pools are sorted by id: binary search beats building a set of a million ids.
  const targetIds = sortedIds(targets);
  const inspectorIds = sortedIds(inspectors);
  const issues: Issue[] = [];
  conflicts.forEach((conflict) => {
    // A 回避 pair that names nobody would silently protect nobody: refuse it.
    if (!inspectorIds.has(conflict.inspectorId)) {
      issues.push({ source: 'conflicts', path: [conflict.inspectorId, 'inspectorId'], message: `inspector "${conflict.inspectorId}" is not in the inspector pool` });
    }
    if (!targetIds.has(conflict.targetId)) {
      issues.push({ source: 'conflicts', path: [conflict.inspectorId, 'targetId'], message: `target "${conflict.targetId}" is not in the target pool` });
    }
  });
  if (issues.length > 0) {
    throw new FairdrawError('UNKNOWN_REFERENCE', `${issues.length} 回避 pair(s) name records the pools do not hold`, { issues });
  }
}
