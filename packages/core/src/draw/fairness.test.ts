import { describe, expect, it } from 'vitest';
import { draw } from './draw.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { chiSquareCritical001 } from '../_statistics.ts';
import { CONFLICTS_SALT, conflict, inspector, target, task } from '../_arbitraries.ts';

// Each test runs a fixed list of seeds, so it is stable; the threshold is the chi-square
// quantile at significance 0.001, so a real bias of a few percent fails it.
const seeds = (count: number, salt: string) => Array.from({ length: count }, (_, s) => (salt + s.toString(16)).padStart(64, '0'));

/** Σ (O − Np)² / (Np(1 − p)) over items each included with probability p per trial. */
function inclusionStatistic(counts: readonly number[], trials: number, p: number): number {
  return counts.reduce((sum, observed) => sum + (observed - trials * p) ** 2 / (trials * p * (1 - p)), 0);
}

describe('fairness with no binding constraint', () => {
  it('gives every eligible target of a stratum the same chance k/n', () => {
    const targets = Array.from({ length: 12 }, (_, n) => target(n, { risk: n < 8 ? 'B' : 'C' }));
    const pools = snapshotPools({ targets, inspectors: Array.from({ length: 6 }, (_, n) => inspector(n)) });
    const t = task({ sample: { count: 3 }, stratifyByRisk: true, strata: { C: { count: 1 } } });
    const trials = 3000;
    const counts = new Map<string, number>();
    for (const seed of seeds(trials, 'fa1')) {
      for (const s of draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools, seed }).selected) counts.set(s.target.id, (counts.get(s.target.id) ?? 0) + 1);
    }
    const b = targets.slice(0, 8).map((x) => counts.get(x.id) ?? 0);
    const c = targets.slice(8).map((x) => counts.get(x.id) ?? 0);
    expect(inclusionStatistic(b, trials, 3 / 8)).toBeLessThan(chiSquareCritical001(7));
    expect(inclusionStatistic(c, trials, 1 / 4)).toBeLessThan(chiSquareCritical001(3));
  });

  it('gives every qualified inspector the same chance of serving on a given target’s team', () => {
    // Eight inspectors, one of whom must avoid the target: each of the other seven serves
    // on its team of two with probability 2/7, and the avoided one never does.
    const inspectors = Array.from({ length: 8 }, (_, n) => inspector(n));
    const pools = snapshotPools({ targets: [target(0)], inspectors, conflicts: [conflict(5, 0)] });
    const t = task({ sample: { count: 1 }, team: { groups: [{ size: 2 }] } });
    const trials = 3000;
    const counts = new Map<string, number>();
    for (const seed of seeds(trials, 'fa2')) {
      for (const member of draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools, seed }).selected[0]!.team) counts.set(member.id, (counts.get(member.id) ?? 0) + 1);
    }
    expect(counts.has(inspector(5).id)).toBe(false);
    const observed = inspectors.filter((_, n) => n !== 5).map((i) => counts.get(i.id) ?? 0);
    expect(inclusionStatistic(observed, trials, 2 / 7)).toBeLessThan(chiSquareCritical001(6));
  });

  it('detects a biased selection (the statistic is not toothless)', () => {
    // Counts from a sampler that favours one target by 15%: the same threshold rejects them.
    const trials = 3000;
    const fair = (trials * 3) / 8;
    const biased = [fair * 1.15, ...Array.from({ length: 7 }, () => (trials * 3 - fair * 1.15) / 7)];
    expect(inclusionStatistic(biased, trials, 3 / 8)).toBeGreaterThan(chiSquareCritical001(7));
  });
});
