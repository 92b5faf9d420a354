import { ApiError } from '../api-error.ts';

/** Where the service fetches drand beacons: HTTP relays of the drand network, tried in order. */
export interface BeaconRelay {
  /** The relays' base URLs, for messages; empty when the service runs without network. */
  readonly urls: readonly string[];
  /**
   * The beacon JSON the first relay serves for the round that `check` accepts (check returns
   * null, or what is wrong with it). Throws 502 BEACON_UNAVAILABLE naming each relay's failure.
   */
  fetch(chainHash: string, round: number, check?: (beacon: unknown) => string | null): Promise<unknown>;
}

/**
 * A relay client over fetch. A relay is only a courier: whatever it returns is verified
 * against the chain's pinned key before use, so a wrong or hostile relay can delay a draw
 * but never choose its seed.
 */
export function httpBeaconRelay(urls: readonly string[], options: { timeoutMs?: number } = {}): BeaconRelay {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    urls,
    async fetch(chainHash, round, check = () => null) {
      if (urls.length === 0) {
        throw new ApiError(502, 'BEACON_UNAVAILABLE', `this service has no drand relay configured: paste the beacon of round ${round} (JSON from any drand relay, /${chainHash}/public/${round})`);
      }
      const failures: string[] = [];
      for (const base of urls) {
        const url = `${base.replace(/\/+$/, '')}/${chainHash}/public/${round}`;
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
          if (!response.ok) {
            failures.push(`${base}: HTTP ${response.status}`);
            continue;
          }
          const beacon = (await response.json()) as unknown;
          const problem = check(beacon);
          if (problem === null) return beacon;
          failures.push(`${base}: served a beacon that fails verification (${problem})`);
        } catch (error) {
          failures.push(`${base}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      throw new ApiError(502, 'BEACON_UNAVAILABLE', `no drand relay served round ${round} (${failures.join('; ')}); try again, or paste the beacon JSON obtained elsewhere`);
    },
  };
}
