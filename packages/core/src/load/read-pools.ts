import { Conflict } from '../model/conflict.ts';
import { Inspector } from '../model/inspector.ts';
import { RecordId } from '../model/primitives.ts';
import { CreditCode, Target } from '../model/target.ts';
import { conflictColumns, inspectorColumns, targetColumns } from './pool-columns.ts';
import { readPool, type PoolSpec, type ReadOptions, type ReadResult } from './read-pool.ts';

/** A field of a record not yet validated, or undefined when it is not an object. */
function fieldOf(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, field) ? (value as Record<string, unknown>)[field] : undefined;
}

function valid<T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const targets: PoolSpec<Target> = {
  pool: 'targets',
  noun: 'target',
  columns: targetColumns,
  schema: Target,
  identity: (value) => valid(CreditCode, fieldOf(value, 'id')),
  identityField: 'id',
};

const inspectors: PoolSpec<Inspector> = {
  pool: 'inspectors',
  noun: 'inspector',
  columns: inspectorColumns,
  schema: Inspector,
  identity: (value) => valid(RecordId, fieldOf(value, 'id')),
  identityField: 'id',
};

const conflicts: PoolSpec<Conflict> = {
  pool: 'conflicts',
  noun: '回避 pair',
  columns: conflictColumns,
  schema: Conflict,
  identity: (value) => {
    const inspectorId = valid(RecordId, fieldOf(value, 'inspectorId'));
    const targetId = valid(CreditCode, fieldOf(value, 'targetId'));
    // The same × as snapshotPools uses, so both name a pair alike.
    return inspectorId === undefined || targetId === undefined ? undefined : `${inspectorId} × ${targetId}`;
  },
  identityField: 'targetId',
};

/**
 * Reads a target directory (CSV with English or Chinese headers, or JSON), returning the
 * valid targets and an issue for every rejected row; throws INVALID_INPUT only for
 * file-level problems (encoding, header, unterminated quote, not a JSON array).
 */
export function readTargets(bytes: Uint8Array, options: ReadOptions): ReadResult<Target> {
  return readPool(bytes, options, targets);
}

/** Reads an inspector directory like readTargets, with 工号 as the identity. */
export function readInspectors(bytes: Uint8Array, options: ReadOptions): ReadResult<Inspector> {
  return readPool(bytes, options, inspectors);
}

/** Reads a 回避 file like readTargets, a pair of inspector and target being the identity. */
export function readConflicts(bytes: Uint8Array, options: ReadOptions): ReadResult<Conflict> {
  return readPool(bytes, options, conflicts);
}
