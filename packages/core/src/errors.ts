/**
 * Every failure the core can report. A code is a stable contract: the service
 * maps codes to HTTP statuses and the CLI to exit codes, in one place each.
 */
export const fairdrawErrorCodes = [
  /** A record, file or parameter does not have the shape or values we accept. */
  'INVALID_INPUT',
  /** Two records in one pool share an id. */
  'DUPLICATE_ID',
  /** A record refers to an id that its pool does not hold. */
  'UNKNOWN_REFERENCE',
  /** The task's constraints admit no valid draw (too few targets or inspectors). */
  'INFEASIBLE',
  /** A draw record names an algorithm this library cannot run. */
  'UNSUPPORTED_ALGORITHM',
  /** A replayed draw differs from the record, or a pool differs from its digest. */
  'MISMATCH',
] as const;

export type FairdrawErrorCode = (typeof fairdrawErrorCodes)[number];

/** One thing wrong with one record or field; errors carry a list of these. */
export interface Issue {
  /** Where the input came from: a file name, "task", "record", … */
  readonly source?: string;
  /** 1-based line in the source file, when it is a file. */
  readonly line?: number;
  /** Path to the field: ["teams", 0, "department"] or ["统一社会信用代码"]. */
  readonly path: readonly (string | number)[];
  /** What is wrong and what was expected, for a person. */
  readonly message: string;
}

export interface FairdrawErrorOptions {
  readonly issues?: readonly Issue[];
  readonly cause?: unknown;
}

/** The single error class of @fairdraw/core. */
export class FairdrawError extends Error {
  override readonly name = 'FairdrawError';
  readonly code: FairdrawErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: FairdrawErrorCode, message: string, options: FairdrawErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

/** Formats an issue as "file:line: field: message" for people and logs. */
export function formatIssue(issue: Issue): string {
  const where = [issue.source, issue.line === undefined ? undefined : String(issue.line)]
    .filter((part) => part !== undefined)
    .join(':');
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  return [where || undefined, field, issue.message].filter((part) => part !== undefined).join(': ');
}

/** True when `error` is a FairdrawError, optionally with the given code. */
export function isFairdrawError(error: unknown, code?: FairdrawErrorCode): error is FairdrawError {
  return error instanceof FairdrawError && (code === undefined || error.code === code);
}
