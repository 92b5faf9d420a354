// Messages between the bench (which serves the app) and its load generator (a child process),
// and the summary of a run's latencies.

/** One bounded run: stops after `maxRequests` or `seconds`, whichever comes first. */
export interface LoadRun {
  readonly type: 'run';
  readonly url: string;
  readonly concurrency: number;
  readonly maxRequests: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly type: 'result';
  readonly requests: number;
  /** Statuses other than 200, socket errors and timeouts. */
  readonly errors: number;
  /** The first error seen, to print beside the figures. */
  readonly firstError: string | null;
  readonly wallMs: number;
  readonly latency: LatencySummary;
  /** Body bytes of the last successful response. */
  readonly responseBytes: number;
  /** The load generator's resident-set high-water mark, in kilobytes. */
  readonly maxRssKb: number;
}

export type LoadRequest = LoadRun | { readonly type: 'exit' };

export interface LatencySummary {
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentiles of the first `count` latencies (ms); all zero when there are none. */
export function summarize(latencies: Float64Array, count: number): LatencySummary {
  if (count === 0) return { p50: 0, p90: 0, p99: 0, max: 0 };
  const sorted = latencies.slice(0, count).sort();
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * count) - 1)]!;
  return { p50: rank(50), p90: rank(90), p99: rank(99), max: sorted[count - 1]! };
}
