import { FairdrawError } from '../errors.ts';
import type { DrandChain } from './drand-chain.ts';
import { instantMs, isIsoInstant } from './instant.ts';

/** The margin fairdraw requires by default between a commitment and its seed round. */
export const DEFAULT_DRAND_MARGIN_SECONDS = 60;

/** The instant (UTC, ISO) at which `round` of `chain` is due: genesis + (round − 1) × period. */
export function drandRoundTime(round: number, chain: DrandChain): string {
  assertRound(round);
  return new Date(roundSeconds(round, chain) * 1000).toISOString();
}

/**
 * The round current at `instant`: the latest round due at or before it, or 0 before
 * genesis (drand's "current round"). Throws INVALID_INPUT for a malformed instant.
 */
export function drandRoundAt(instant: string, chain: DrandChain): number {
  const ms = validMs(instant);
  const genesisMs = chain.genesisTime * 1000;
  if (ms < genesisMs) return 0;
  return Math.floor((ms - genesisMs) / (chain.period * 1000)) + 1;
}

/** The first round due at least `marginSeconds` after `at`: the round a commitment made at `at` should name. */
export function earliestDrandRound(options: { readonly at: string; readonly marginSeconds: number; readonly chain: DrandChain }): number {
  const { chain } = options;
  const earliestMs = validMs(options.at) + options.marginSeconds * 1000;
  const genesisMs = chain.genesisTime * 1000;
  if (earliestMs <= genesisMs) return 1;
  return Math.ceil((earliestMs - genesisMs) / (chain.period * 1000)) + 1;
}

export type DrandTiming =
  | { readonly ok: true; readonly roundTime: string }
  | { readonly ok: false; readonly roundTime: string; readonly earliestRound: number; readonly problem: string };

/**
 * The rule of a drand seed source: the round's time lies at least `marginSeconds` after
 * the commitment's time, so nobody could know the seed when the inputs were fixed.
 */
export function checkDrandRoundTiming(options: {
  readonly at: string;
  readonly round: number;
  readonly marginSeconds: number;
  readonly chain: DrandChain;
}): DrandTiming {
  const { at, round, marginSeconds, chain } = options;
  const roundTime = drandRoundTime(round, chain);
  const gapMs = roundSeconds(round, chain) * 1000 - validMs(at);
  if (gapMs >= marginSeconds * 1000) return { ok: true, roundTime };
  const earliestRound = earliestDrandRound({ at, marginSeconds, chain });
  return {
    ok: false,
    roundTime,
    earliestRound,
    problem: `round ${round} is due at ${roundTime}, ${gapMs / 1000} s after the commitment (${at}); it must be at least ${marginSeconds} s after it, so round ${earliestRound} or later`,
  };
}

function roundSeconds(round: number, chain: DrandChain): number {
  return chain.genesisTime + (round - 1) * chain.period;
}

function assertRound(round: number): void {
  if (!Number.isSafeInteger(round) || round < 1) {
    throw new FairdrawError('INVALID_INPUT', `a drand round is a whole number from 1; got ${round}`);
  }
}

function validMs(instant: string): number {
  if (!isIsoInstant(instant)) throw new FairdrawError('INVALID_INPUT', `"${instant}" is not a UTC instant written YYYY-MM-DDTHH:MM:SS[.sss]Z`);
  return instantMs(instant);
}
