import type { z } from 'zod';
import type { Issue } from '../errors.ts';
import { toIssues } from '../model/parse.ts';
import type { Candidates, Problem } from './_candidate.ts';
import { csvCandidates } from './_csv-candidates.ts';
import { jsonCandidates } from './_json-candidates.ts';
import { looksLikeJson } from './_parse-json.ts';
import { looksLikeSnapshot, snapshotCandidates } from './_snapshot-candidates.ts';
import type { PoolName } from '../snapshot/pool-snapshot.ts';
import type { ColumnSpec } from './columns.ts';
import { decodeText } from './decode-text.ts';

export interface ReadOptions {
  /** Names the file for people, e.g. "律所名录.csv"; a name ending in .json means JSON. */
  readonly source: string;
}

/** The records that passed, and an issue for every problem of every rejected row. */
export interface ReadResult<T> {
  readonly records: T[];
  readonly rejected: Issue[];
}

/** What distinguishes one pool's files: its columns, its schemas and its identity. */
export interface PoolSpec<T> {
  /** Which pool, so that a published snapshot of another pool is refused. */
  readonly pool: PoolName;
  /** What one record is called in messages, e.g. "target". */
  readonly noun: string;
  readonly columns: readonly ColumnSpec[];
  /** Strict, so that a misspelt JSON key is an error rather than a field that vanishes. */
  readonly schema: z.ZodType<T>;
  /** The identity of a record not yet validated, or undefined when its id fields are not valid. */
  readonly identity: (value: unknown) => string | undefined;
  /** The field a duplicate is reported on. */
  readonly identityField: string;
}

/**
 * Reads a CSV or JSON pool file, keeping every valid record and reporting every problem
 * of every other row at once; a repeated identity rejects the later row and keeps the
 * first. Throws INVALID_INPUT only when the file as a whole cannot be read.
 */
export function readPool<T>(bytes: Uint8Array, options: ReadOptions, spec: PoolSpec<T>): ReadResult<T> {
  const { source } = options;
  const text = decodeText(bytes, source);
  const input: Candidates = looksLikeSnapshot(text)
    ? snapshotCandidates(text, source, spec.pool)
    : looksLikeJson(source, text)
      ? jsonCandidates(text, source)
      : csvCandidates(text, source, spec.columns);
  const schema = spec.schema;
  const records: T[] = [];
  const rejected: Issue[] = [];
  const firstAt = new Map<string, number>();
  const unit = (at: number) => `${input.unit} ${at}`;
  const place = (at: number) => `${input.unit === 'line' ? 'on' : 'in'} ${unit(at)}`;
  for (const candidate of input.records) {
    const problems: Problem[] = [...candidate.problems];
    // Identity is checked even when other fields are wrong, so that fixing a row can never reveal a duplicate.
    const key = spec.identity(candidate.value);
    if (key !== undefined) {
      const first = firstAt.get(key);
      if (first === undefined) {
        firstAt.set(key, candidate.at);
      } else {
        problems.push({
          path: [spec.identityField],
          message: `${spec.noun} "${key}" is ${place(first)} and again ${place(candidate.at)}: each ${spec.noun} appears once, so ${unit(candidate.at)} is rejected`,
        });
      }
    }
    const parsed = schema.safeParse(candidate.value);
    if (!parsed.success) {
      // A cell we could not read was left out; the schema would only add "expected string" for it.
      const unread = new Set(candidate.problems.map((problem) => problem.path[0]));
      problems.push(...toIssues(parsed.error, { source }).filter((issue) => !unread.has(issue.path[0])));
    }
    if (parsed.success && problems.length === 0) records.push(parsed.data);
    else rejected.push(...problems.sort((a, b) => input.order(a) - input.order(b)).map((problem) => input.locate(candidate.at, problem)));
  }
  return { records, rejected };
}
