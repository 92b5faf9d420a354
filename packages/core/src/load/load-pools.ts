import { FairdrawError, formatIssue } from '../errors.ts';
import type { Conflict } from '../model/conflict.ts';
import type { Inspector } from '../model/inspector.ts';
import type { Target } from '../model/target.ts';
import type { ReadOptions, ReadResult } from './read-pool.ts';
import { readConflicts, readInspectors, readTargets } from './read-pools.ts';

/**
 * Reads a target directory and returns all of it, or throws INVALID_INPUT listing every
 * issue of every rejected row: a pool is never returned half-loaded.
 */
export function loadTargets(bytes: Uint8Array, options: ReadOptions): Target[] {
  return allOrThrow(readTargets(bytes, options), options.source);
}

/** Reads an inspector directory whole, or throws INVALID_INPUT like loadTargets. */
export function loadInspectors(bytes: Uint8Array, options: ReadOptions): Inspector[] {
  return allOrThrow(readInspectors(bytes, options), options.source);
}

/** Reads a 回避 file whole, or throws INVALID_INPUT like loadTargets. */
export function loadConflicts(bytes: Uint8Array, options: ReadOptions): Conflict[] {
  return allOrThrow(readConflicts(bytes, options), options.source);
}

function allOrThrow<T>(result: ReadResult<T>, source: string): T[] {
  const issues = result.rejected;
  if (issues.length === 0) return result.records;
  // CSV issues carry the row's line; JSON issues lead their path with the record's position.
  const rows = new Set(issues.map((issue) => (issue.line === undefined ? `record ${String(issue.path[0])}` : `line ${issue.line}`))).size;
  const shown = issues.slice(0, 3).map(formatIssue).join('; ');
  const more = issues.length > 3 ? '…' : '';
  throw new FairdrawError('INVALID_INPUT', `${source}: ${rows} ${rows === 1 ? 'row' : 'rows'} rejected: ${shown}${more}`, { issues });
}
