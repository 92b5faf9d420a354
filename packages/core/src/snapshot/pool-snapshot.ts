import { createHash } from 'node:crypto';
import type { Target } from '../model/target.ts';
import type { Inspector } from '../model/inspector.ts';
import type { Conflict } from '../model/conflict.ts';
import { FairdrawError, type Issue } from '../errors.ts';

export const POOL_FORMAT = 'fairdraw-pool/1';
export const poolNames = ['targets', 'inspectors', 'conflicts'] as const;
export type PoolName = (typeof poolNames)[number];

/** What a draw binds to: how many records a pool held and the SHA-256 of its snapshot. */
export interface PoolDigest {
  readonly count: number;
  /** "sha256:" followed by 64 lower-case hex digits. */
  readonly digest: string;
}

/**
 * The canonical line of a target: exactly the fields that can change a draw or name the
 * target, keys sorted. Extra spreadsheet columns are not bound, so they may change freely.
 */
export function targetLine(target: Target): string {
  return JSON.stringify({
    id: target.id,
    kind: target.kind,
    lastInspected: target.lastInspected,
    name: target.name,
    region: target.region,
    risk: target.risk,
    status: target.status,
  });
}

/** The canonical line of an inspector (see targetLine). */
export function inspectorLine(inspector: Inspector): string {
  return JSON.stringify({
    active: inspector.active,
    certificate: inspector.certificate,
    department: inspector.department,
    fields: inspector.fields,
    id: inspector.id,
    name: inspector.name,
  });
}

/** The canonical line of a 回避 pair; its reason is internal and never bound. */
export function conflictLine(conflict: Conflict): string {
  return JSON.stringify({ inspectorId: conflict.inspectorId, targetId: conflict.targetId });
}

// Ids are ASCII by schema (credit codes, RecordId), where UTF-16 order is code-point order,
// so the native comparison gives the canonical order at half the cost of compareCodePoints.
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => compareIds(a.id, b.id);
const byPair = (a: Conflict, b: Conflict) => compareIds(a.inspectorId, b.inspectorId) || compareIds(a.targetId, b.targetId);

/** Records of a pool in canonical order (by id; conflicts by inspector then target). */
export function sortTargets(targets: readonly Target[]): Target[] {
  return [...targets].sort(byId);
}
export function sortInspectors(inspectors: readonly Inspector[]): Inspector[] {
  return [...inspectors].sort(byId);
}
export function sortConflicts(conflicts: readonly Conflict[]): Conflict[] {
  return [...conflicts].sort(byPair);
}

/** Checks a sorted pool for repeated keys (`key` gives a record's identity); throws DUPLICATE_ID naming every repeat. */
export function assertUnique<T>(pool: PoolName, sorted: readonly T[], key: (record: T) => string): void {
  const issues: Issue[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const current = key(sorted[i]!);
    if (current === key(sorted[i - 1]!)) {
      issues.push({ source: pool, path: [current], message: `"${current}" appears more than once` });
    }
  }
  if (issues.length > 0) {
    throw new FairdrawError('DUPLICATE_ID', `the ${pool} pool repeats ${issues.length} id(s): ${issues.map((i) => i.path[0]).slice(0, 5).join(', ')}`, { issues });
  }
}

/** SHA-256 of a snapshot: a header line, then one canonical line per record, each ending "\n". */
export function snapshotDigest(pool: PoolName, lines: Iterable<string>, count: number): PoolDigest {
  const hash = createHash('sha256');
  hash.update(`{"count":${count},"format":"${POOL_FORMAT}","pool":"${pool}"}\n`);
  // One update per line: measured faster than concatenating batches on a million rows.
  for (const line of lines) {
    hash.update(line, 'utf8');
    hash.update('\n', 'utf8');
  }
  return { count, digest: `sha256:${hash.digest('hex')}` };
}

/** The snapshot text itself, for publication beside the digest. */
export function snapshotText(pool: PoolName, lines: readonly string[]): string {
  return `{"count":${lines.length},"format":"${POOL_FORMAT}","pool":"${pool}"}\n` + lines.map((line) => line + '\n').join('');
}
