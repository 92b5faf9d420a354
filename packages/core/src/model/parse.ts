import type { z } from 'zod';
import { FairdrawError, formatIssue, type Issue } from '../errors.ts';

export interface ParseContext {
  /** Names the input for people: "task.json", "record", … */
  readonly source: string;
  /** 1-based line of the record in its file, when it has one. */
  readonly line?: number;
  /** Prefix for field paths, e.g. the CSV column names behind the fields. */
  readonly path?: readonly (string | number)[];
}

/** Zod's issues as ours: one per field, with the field path and zod's message. */
export function toIssues(error: z.ZodError, context: ParseContext): Issue[] {
  return error.issues.map((issue) => ({
    source: context.source,
    ...(context.line === undefined ? {} : { line: context.line }),
    path: [...(context.path ?? []), ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    message: issue.message,
  }));
}

/**
 * Parses `value` with `schema`, or throws INVALID_INPUT listing every problem with its
 * field path. The edge of every input (file, HTTP body, CLI argument) goes through this.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, context: ParseContext): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toIssues(result.error, context);
  const shown = issues.slice(0, 3).map((issue) => formatIssue({ ...issue, source: undefined })).join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  throw new FairdrawError('INVALID_INPUT', `${context.source} is not valid: ${shown}${more}`, { issues, cause: result.error });
}
