// A logger for the bench: it writes nothing, counts lines, keeps the first error, and sums the
// handler time ("ms") of request lines, so that the bench can tell handler time from queueing.
import type { Logger } from '../src/logger.ts';

export interface CountingLogger extends Logger {
  readonly counts: { info: number; warn: number; error: number };
  /** The first error line, as JSON, or null. */
  readonly firstError: () => string | null;
  /** Request lines and their summed "ms" since the last call, then starts counting afresh. */
  readonly takeRequests: () => { count: number; ms: number };
}

export function countingLogger(): CountingLogger {
  const counts = { info: 0, warn: 0, error: 0 };
  let firstError: string | null = null;
  let requests = 0;
  let requestMs = 0;
  const log = (level: keyof typeof counts) => (message: string, fields: Record<string, unknown> = {}) => {
    counts[level]++;
    if (level === 'error') firstError ??= JSON.stringify({ msg: message, ...fields });
    if (message === 'request' && typeof fields.ms === 'number') {
      requests++;
      requestMs += fields.ms;
    }
  };
  return {
    counts,
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    firstError: () => firstError,
    takeRequests: () => {
      const taken = { count: requests, ms: requestMs };
      requests = 0;
      requestMs = 0;
      return taken;
    },
  };
}
