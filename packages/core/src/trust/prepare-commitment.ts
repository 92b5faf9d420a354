import { FairdrawError } from '../errors.ts';
import { parseWith } from '../model/parse.ts';
import type { Task } from '../model/task.ts';
import type { Pools } from '../snapshot/pools.ts';
import { poolSnapshotText } from '../snapshot/pools.ts';
import { DRAW_ALGORITHM } from '../draw/draw.ts';
import { Commitment, commitmentDigest } from './commitment.ts';
import { findDrandChain } from './drand-chain.ts';
import { DEFAULT_DRAND_MARGIN_SECONDS, checkDrandRoundTiming } from './drand-round.ts';
import { saltedDigest } from './salted-digest.ts';
import type { SeedSource } from './seed-source.ts';

export interface PrepareCommitmentOptions {
  readonly task: Task;
  /** The directories' digests and the 回避 list (the targets and inspectors themselves are not needed). */
  readonly pools: Pick<Pools, 'digests' | 'conflicts'>;
  /** 32 random bytes (64 hex digits) the caller draws, e.g. with node:crypto randomBytes. */
  readonly salt: string;
  readonly seedSource: SeedSource;
  /** The instant the commitment is made (the caller's clock), UTC ISO. */
  readonly at: string;
  readonly replaces?: { readonly commitment: string; readonly reason: string } | null;
  /** Defaults to the algorithm this library draws with. */
  readonly algorithm?: string;
  /** For a drand source: how long after `at` the round must be due; default 60 s. */
  readonly marginSeconds?: number;
}

/**
 * Builds the commitment of a draw and its digest. Throws INVALID_INPUT for a malformed
 * field, a drand chain fairdraw does not know, or a round due less than the margin after
 * `at` (whose seed someone might already know).
 */
export function prepareCommitment(options: PrepareCommitmentOptions): { commitment: Commitment; digest: string } {
  const { pools, seedSource, at } = options;
  const commitment = parseWith(
    Commitment,
    {
      format: 'fairdraw-commitment/1',
      algorithm: options.algorithm ?? DRAW_ALGORITHM,
      task: options.task,
      directories: {
        public: { targets: pools.digests.targets, inspectors: pools.digests.inspectors },
        internal: { conflicts: { count: pools.conflicts.length, saltedDigest: saltedDigest(options.salt, poolSnapshotText('conflicts', pools.conflicts)) } },
      },
      seedSource,
      replaces: options.replaces ?? null,
      at,
    },
    { source: 'commitment' },
  );
  if (commitment.seedSource.type === 'drand') {
    const { chain: hash, round } = commitment.seedSource;
    const chain = findDrandChain(hash);
    if (chain === undefined) throw new FairdrawError('INVALID_INPUT', `fairdraw does not know drand chain ${hash}`, { issues: [{ path: ['seedSource', 'chain'], message: 'unknown drand chain' }] });
    const timing = checkDrandRoundTiming({ at: commitment.at, round, marginSeconds: options.marginSeconds ?? DEFAULT_DRAND_MARGIN_SECONDS, chain });
    if (!timing.ok) throw new FairdrawError('INVALID_INPUT', `the seed round is too early: ${timing.problem}`, { issues: [{ path: ['seedSource', 'round'], message: timing.problem }] });
  }
  return { commitment, digest: commitmentDigest(commitment) };
}
