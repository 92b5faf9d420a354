import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { draw, DRAW_ALGORITHM } from './draw.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { serializeRecord } from '../record/draw-record.ts';
import { FairdrawError } from '../errors.ts';
import { conflict, inspector, seedArb, smallProblemArb, target, task } from '../_arbitraries.ts';

const SEED = 'c0ffee'.padEnd(64, '0');
const firms = (count: number, fields: (n: number) => object = () => ({})) => Array.from({ length: count }, (_, n) => target(n, fields(n)));
const staff = (count: number) =>
  Array.from({ length: count }, (_, n) => inspector(n, { department: n % 2 === 0 ? '律师工作科' : '公证工作科' }));
const jointTeam = { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }] };

function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof FairdrawError) return error.code;
    throw error;
  }
}

describe('draw', () => {
  it('draws the sample size the rule gives, with a team of each department for each target', () => {
    const pools = snapshotPools({ targets: firms(17), inspectors: staff(8) });
    const record = draw({ task: task({ sample: { percent: 10, minimum: 2 }, team: jointTeam }), pools, seed: SEED });
    expect(record.algorithm).toBe(DRAW_ALGORITHM);
    expect(record.strata).toEqual([{ stratum: 'all', eligible: 17, requested: 2, size: 2 }]);
    expect(record.selected.map((s) => s.order)).toEqual([1, 2]);
    for (const { team } of record.selected) expect(team.map((m) => m.department)).toEqual(['律师工作科', '公证工作科']);
  });

  it('stratifies by risk class with a rule per class, in the order A, B, C, D, unrated', () => {
    const risk = (n: number) => ({ risk: n < 20 ? 'A' : n < 30 ? 'C' : n < 34 ? 'D' : null });
    const pools = snapshotPools({ targets: firms(40, risk), inspectors: staff(20) });
    const record = draw({
      task: task({ sample: { percent: 5 }, stratifyByRisk: true, strata: { C: { percent: 30 }, D: { percent: 100 } } }),
      pools,
      seed: SEED,
    });
    expect(record.strata.map(({ stratum, eligible, size }) => [stratum, eligible, size])).toEqual([
      ['A', 20, 1],
      ['B', 0, 0],
      ['C', 10, 3],
      ['D', 4, 4],
      ['unrated', 6, 1],
    ]);
    expect(record.selected.map((s) => s.stratum)).toEqual(['A', 'C', 'C', 'C', 'D', 'D', 'D', 'D', 'unrated']);
  });

  it('draws the whole stratum, no more, when the rule asks for more than it holds', () => {
    const pools = snapshotPools({ targets: firms(3), inspectors: staff(10) });
    const record = draw({ task: task({ sample: { count: 5 } }), pools, seed: SEED });
    expect(record.strata[0]).toMatchObject({ eligible: 3, requested: 5, size: 3 });
  });

  it('applies exclusions before drawing and counts them in the record', () => {
    const pools = snapshotPools({
      targets: [...firms(4), target(10, { kind: 'notary_office' }), target(11, { lastInspected: ['2021-05-01'] })],
      inspectors: staff(4),
    });
    const record = draw({
      task: task({ sample: { count: 10 }, eligibility: { kinds: ['law_firm'], excludeInspectedWithinDays: 180 } }),
      pools,
      seed: SEED,
    });
    expect(record.eligibility).toEqual({ pool: 6, eligible: 4, excluded: { kind: 1, region: 0, status: 0, inspectedRecently: 1, inspectedTooOften: 0 } });
    expect(record.selected.map((s) => s.target.id).sort()).toEqual(firms(4).map((f) => f.id).sort());
  });

  it('refuses an unknown algorithm and a malformed seed with typed errors', () => {
    const pools = snapshotPools({ targets: firms(3), inspectors: staff(4) });
    expect(attempt(() => draw({ task: task(), pools, seed: SEED, algorithm: 'fairdraw-draw/0' }))).toBe('UNSUPPORTED_ALGORITHM');
    expect(attempt(() => draw({ task: task(), pools, seed: 'xyz' }))).toBe('INVALID_INPUT');
  });

  test.prop([smallProblemArb])('is deterministic: the same inputs give the same bytes', ({ seed, targets, inspectors, conflicts, task: t }) => {
    const run = () => attempt(() => serializeRecord(draw({ task: t, pools: snapshotPools({ targets, inspectors, conflicts }), seed })));
    expect(run()).toEqual(run());
  });

  test.prop([smallProblemArb, fc.infiniteStream(fc.nat())])(
    'never depends on the order of the input rows',
    ({ seed, targets, inspectors, conflicts, task: t }, noise) => {
      const shuffle = <T,>(items: readonly T[]) => items.map((item) => ({ item, key: noise.next().value })).sort((a, b) => a.key - b.key).map(({ item }) => item);
      const a = attempt(() => serializeRecord(draw({ task: t, pools: snapshotPools({ targets, inspectors, conflicts }), seed })));
      const b = attempt(() => serializeRecord(draw({ task: t, pools: snapshotPools({ targets: shuffle(targets), inspectors: shuffle(inspectors), conflicts: shuffle(conflicts) }), seed })));
      expect(b).toEqual(a);
    },
  );

  test.prop([seedArb, seedArb])('gives different draws for different seeds (20 of 200 firms: collisions are negligible)', (a, b) => {
    fc.pre(a !== b);
    const pools = snapshotPools({ targets: firms(200), inspectors: staff(10) });
    const ids = (seed: string) => draw({ task: task({ sample: { count: 20 } }), pools, seed }).selected.map((s) => s.target.id);
    expect(ids(a)).not.toEqual(ids(b));
  });

  it('keeps one stratum’s draw when another stratum’s pool changes (separate streams)', () => {
    const risk = (n: number) => ({ risk: n < 20 ? 'A' : 'B' });
    const t = task({ sample: { count: 3 }, stratifyByRisk: true });
    const before = draw({ task: t, pools: snapshotPools({ targets: firms(40, risk), inspectors: staff(10) }), seed: SEED });
    const after = draw({ task: t, pools: snapshotPools({ targets: firms(45, risk), inspectors: staff(10) }), seed: SEED });
    const ofStratum = (record: typeof before, stratum: string) => record.selected.filter((s) => s.stratum === stratum).map((s) => s.target.id);
    expect(ofStratum(after, 'A')).toEqual(ofStratum(before, 'A'));
    expect(ofStratum(after, 'B')).not.toEqual(ofStratum(before, 'B'));
  });

  it('keeps every 回避 pair out of every team across many seeds', () => {
    const targets = firms(6);
    const inspectors = staff(6);
    const conflicts = [conflict(0, 0), conflict(1, 0), conflict(2, 1), conflict(3, 2), conflict(4, 3)];
    const pools = snapshotPools({ targets, inspectors, conflicts });
    for (let s = 0; s < 50; s++) {
      const record = draw({ task: task({ sample: { count: 6 }, team: jointTeam }), pools, seed: s.toString(16).padStart(64, 'a') });
      for (const { target: t, team } of record.selected) {
        for (const member of team) expect(conflicts.some((c) => c.targetId === t.id && c.inspectorId === member.id)).toBe(false);
      }
    }
  });
});

