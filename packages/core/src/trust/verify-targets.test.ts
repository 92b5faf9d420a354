import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import { draw } from '../draw/draw.ts';
import { FairdrawError } from '../errors.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { CONFLICTS_SALT, smallProblemArb, target, task } from '../_arbitraries.ts';
import { verifyTargets } from './verify-targets.ts';
import { drawTask, pools } from './_fixtures.ts';

const SEED = '5eed'.repeat(16);
const record = draw({ conflictsSalt: CONFLICTS_SALT, task: drawTask, pools, seed: SEED });

describe('verifyTargets', () => {
  it('replays the target selection of a record from the target directory alone', () => {
    expect(record.algorithm).toBe('fairdraw-draw/2');
    expect(verifyTargets(record, pools.targets)).toEqual({ ok: true, drawn: 3 });
    expect(verifyTargets(record, [...pools.targets].reverse())).toEqual({ ok: true, drawn: 3 });
  });

  it('replays a fairdraw-draw/1 record too, whose selection is the same for the same seed', () => {
    const first = draw({ task: drawTask, pools, seed: SEED, algorithm: 'fairdraw-draw/1' });
    expect(verifyTargets(first, pools.targets)).toEqual({ ok: true, drawn: 3 });
    expect(first.selected).toEqual(record.selected);
  });

  test.prop([smallProblemArb])('accepts every record the draw makes', ({ seed, targets, inspectors, conflicts, task: t }) => {
    let made;
    try {
      made = draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools: snapshotPools({ targets, inspectors, conflicts }), seed });
    } catch (error) {
      expect(error).toBeInstanceOf(FairdrawError);
      return;
    }
    expect(verifyTargets(made, targets).ok).toBe(true);
  });

  it('does not look at teams, which need the 回避 list', () => {
    const forged = structuredClone(record);
    forged.selected[0]!.team.reverse();
    expect(verifyTargets(forged, pools.targets).ok).toBe(true);
  });

  it('names the target that should not be there', () => {
    const forged = structuredClone(record);
    const other = pools.targets.find((t) => !record.selected.some((s) => s.target.id === t.id))!;
    forged.selected[2]!.target = { id: other.id, name: other.name, kind: other.kind };
    expect(verifyTargets(forged, pools.targets)).toEqual({
      ok: false,
      path: 'selected[2].target.id',
      problem: `target #3 should be "${record.selected[2]!.target.id}" by the replay, but the record says "${other.id}"`,
    });
  });

  it('notices a dropped target, a changed count and another seed', () => {
    expect(verifyTargets({ ...record, selected: record.selected.slice(0, 2) }, pools.targets)).toMatchObject({ ok: false, path: 'selected[2]' });
    expect(verifyTargets({ ...record, eligibility: { ...record.eligibility, eligible: 11 } }, pools.targets)).toMatchObject({ ok: false, path: 'eligibility.eligible' });
    expect(verifyTargets({ ...record, seed: 'beef'.repeat(16) }, pools.targets).ok).toBe(false);
  });

  it('refuses a target directory other than the one the record names', () => {
    const result = verifyTargets(record, [...pools.targets.slice(1), target(99)]);
    expect(result).toMatchObject({ ok: false, path: 'pools.targets' });
    expect(!result.ok && result.problem).toMatch(/^the target directory supplied \(12 records, sha256:[0-9a-f]{64}\) is not the one this draw used/);
  });

  it('refuses an algorithm it does not know, and a directory with a repeated id', () => {
    expect(verifyTargets({ ...record, algorithm: 'fairdraw-draw/9' }, pools.targets)).toMatchObject({ ok: false, path: 'algorithm' });
    expect(verifyTargets(record, [...pools.targets, pools.targets[0]!])).toMatchObject({ ok: false, path: 'pools.targets' });
  });

  it('replays stratified draws', () => {
    const targets = Array.from({ length: 20 }, (_, n) => target(n, { risk: (['A', 'B', 'C', 'D', null] as const)[n % 5]! }));
    const stratified = task({ stratifyByRisk: true, sample: { count: 1 }, strata: { D: { count: 3 } } });
    const made = draw({ conflictsSalt: CONFLICTS_SALT, task: stratified, pools: snapshotPools({ targets, inspectors: pools.inspectors }), seed: SEED });
    expect(verifyTargets(made, targets)).toEqual({ ok: true, drawn: 7 });
    const forged = structuredClone(made);
    forged.selected[0]!.stratum = 'B';
    expect(verifyTargets(forged, targets)).toMatchObject({ ok: false, path: 'selected[0].stratum' });
  });
});
