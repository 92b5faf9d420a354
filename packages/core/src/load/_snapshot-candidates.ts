import { FairdrawError } from '../errors.ts';
import { POOL_FORMAT, type PoolName } from '../snapshot/pool-snapshot.ts';
import type { Candidates } from './_candidate.ts';
import { parseJson } from './_parse-json.ts';

/** True when a file is a published pool snapshot: its first line is a fairdraw-pool header. */
export function looksLikeSnapshot(text: string): boolean {
  return text.startsWith('{"count":') && text.slice(0, text.indexOf('\n')).includes(`"format":"${POOL_FORMAT}"`);
}

/**
 * The records of a published snapshot (spec §4.2): a header line, then one JSON record per
 * line. Throws INVALID_INPUT when the header names another pool or its count is wrong.
 */
export function snapshotCandidates(text: string, source: string, pool: PoolName): Candidates {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = parseJson(lines[0] ?? '', source) as { count?: unknown; pool?: unknown };
  const fail = (message: string) => new FairdrawError('INVALID_INPUT', `${source}: ${message}`, { issues: [{ source, line: 1, path: [], message }] });
  if (header.pool !== pool) throw fail(`this is a snapshot of the ${String(header.pool)} pool, not of ${pool}`);
  if (header.count !== lines.length - 1) throw fail(`the header counts ${String(header.count)} records but the file has ${lines.length - 1}`);
  return {
    unit: 'line',
    records: lines.slice(1).map((line, index) => ({ at: index + 2, value: parseJson(line, `${source}:${index + 2}`), problems: [] })),
    order: () => 0,
    locate: (at, problem) => ({ source, line: at, path: problem.path, message: problem.message }),
  };
}
