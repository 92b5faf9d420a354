import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { draw, DRAW_ALGORITHM } from './draw.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { serializeRecord } from '../record/draw-record.ts';
import { FairdrawError } from '../errors.ts';
import { CONFLICTS_SALT, conflict, inspector, saltArb, seedArb, smallProblemArb, target, task } from '../_arbitraries.ts';
import { poolSnapshotText } from '../snapshot/pools.ts';
import { saltedDigest } from '../trust/salted-digest.ts';

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
    const record = draw({ conflictsSalt: CONFLICTS_SALT, task: task({ sample: { percent: 10, minimum: 2 }, team: jointTeam }), pools, seed: SEED });
    expect(record.algorithm).toBe(DRAW_ALGORITHM);
    expect(record.strata).toEqual([{ stratum: 'all', eligible: 17, requested: 2, size: 2 }]);
    expect(record.selected.map((s) => s.order)).toEqual([1, 2]);
    for (const { team } of record.selected) expect(team.map((m) => m.department)).toEqual(['律师工作科', '公证工作科']);
  });

  it('stratifies by risk class with a rule per class, in the order A, B, C, D, unrated', () => {
    const risk = (n: number) => ({ risk: n < 20 ? 'A' : n < 30 ? 'C' : n < 34 ? 'D' : null });
    const pools = snapshotPools({ targets: firms(40, risk), inspectors: staff(20) });
    const record = draw({
      conflictsSalt: CONFLICTS_SALT,
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
    const record = draw({ conflictsSalt: CONFLICTS_SALT, task: task({ sample: { count: 5 } }), pools, seed: SEED });
    expect(record.strata[0]).toMatchObject({ eligible: 3, requested: 5, size: 3 });
  });

  it('applies exclusions before drawing and counts them in the record', () => {
    const pools = snapshotPools({
      targets: [...firms(4), target(10, { kind: 'notary_office' }), target(11, { lastInspected: ['2021-05-01'] })],
      inspectors: staff(4),
    });
    const record = draw({
      conflictsSalt: CONFLICTS_SALT,
      task: task({ sample: { count: 10 }, eligibility: { kinds: ['law_firm'], excludeInspectedWithinDays: 180 } }),
      pools,
      seed: SEED,
    });
    expect(record.eligibility).toEqual({ pool: 6, eligible: 4, excluded: { kind: 1, region: 0, status: 0, inspectedRecently: 1, inspectedTooOften: 0 } });
    expect(record.selected.map((s) => s.target.id).sort()).toEqual(firms(4).map((f) => f.id).sort());
  });

  it('refuses an unknown algorithm and a malformed seed with typed errors', () => {
    const pools = snapshotPools({ targets: firms(3), inspectors: staff(4) });
    expect(attempt(() => draw({ conflictsSalt: CONFLICTS_SALT, task: task(), pools, seed: SEED, algorithm: 'fairdraw-draw/0' }))).toBe('UNSUPPORTED_ALGORITHM');
    expect(attempt(() => draw({ conflictsSalt: CONFLICTS_SALT, task: task(), pools, seed: 'xyz' }))).toBe('INVALID_INPUT');
  });

  it('draws fairdraw-draw/2 by default, and /2 requires the 回避 salt, naming the field', () => {
    expect(DRAW_ALGORITHM).toBe('fairdraw-draw/2');
    const pools = snapshotPools({ targets: firms(3), inspectors: staff(4), conflicts: [conflict(0, 1)] });
    for (const conflictsSalt of [undefined, '', 'ab'.repeat(31), 'AB'.repeat(32), 'g'.repeat(64), 'ab'.repeat(33)]) {
      let error: unknown;
      try {
        draw({ task: task(), pools, seed: SEED, ...(conflictsSalt === undefined ? {} : { conflictsSalt }) });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(FairdrawError);
      expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['conflictsSalt'] }] });
      expect((error as FairdrawError).message).toMatch(/conflictsSalt/);
    }
    const record = draw({ task: task(), pools, seed: SEED, conflictsSalt: CONFLICTS_SALT });
    expect(record.algorithm).toBe('fairdraw-draw/2');
    expect(record.pools.conflicts).toEqual({ count: 1, digest: saltedDigest(CONFLICTS_SALT, poolSnapshotText('conflicts', pools.conflicts)) });
  });

  it('refuses a salt for fairdraw-draw/1, whose record carries the plain 回避 digest', () => {
    const pools = snapshotPools({ targets: firms(3), inspectors: staff(4), conflicts: [conflict(0, 1)] });
    expect(() => draw({ task: task(), pools, seed: SEED, algorithm: 'fairdraw-draw/1', conflictsSalt: CONFLICTS_SALT })).toThrow(/fairdraw-draw\/1 record carries the plain digest of the 回避 list and takes no salt/);
    expect(attempt(() => draw({ task: task(), pools, seed: SEED, algorithm: 'fairdraw-draw/1', conflictsSalt: CONFLICTS_SALT }))).toBe('INVALID_INPUT');
    expect(draw({ task: task(), pools, seed: SEED, algorithm: 'fairdraw-draw/1' }).pools.conflicts).toEqual(pools.digests.conflicts);
  });

  test.prop([smallProblemArb, saltArb])(
    'makes the same choices under fairdraw-draw/1 and /2: only the algorithm and the 回避 digest differ',
    ({ seed, targets, inspectors, conflicts, task: t }, salt) => {
      const pools = snapshotPools({ targets, inspectors, conflicts });
      const first = attempt(() => draw({ task: t, pools, seed, algorithm: 'fairdraw-draw/1' }));
      const second = attempt(() => draw({ task: t, pools, seed, algorithm: 'fairdraw-draw/2', conflictsSalt: salt }));
      if (typeof first === 'string' || typeof second === 'string') {
        expect(second).toEqual(first); // both infeasible, with the same code
        return;
      }
      const { algorithm: a1, pools: p1, ...rest1 } = first as ReturnType<typeof draw>;
      const { algorithm: a2, pools: p2, ...rest2 } = second as ReturnType<typeof draw>;
      expect([a1, a2]).toEqual(['fairdraw-draw/1', 'fairdraw-draw/2']);
      expect(rest2).toEqual(rest1);
      expect({ ...p2, conflicts: p1.conflicts }).toEqual(p1);
      expect(p2.conflicts).toEqual({ count: p1.conflicts.count, digest: saltedDigest(salt, poolSnapshotText('conflicts', pools.conflicts)) });
      expect(p2.conflicts.digest).not.toBe(p1.conflicts.digest);
    },
  );

  test.prop([smallProblemArb])('is deterministic: the same inputs give the same bytes', ({ seed, targets, inspectors, conflicts, task: t }) => {
    const run = () => attempt(() => serializeRecord(draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools: snapshotPools({ targets, inspectors, conflicts }), seed })));
    expect(run()).toEqual(run());
  });

  test.prop([smallProblemArb, fc.infiniteStream(fc.nat())])(
    'never depends on the order of the input rows',
    ({ seed, targets, inspectors, conflicts, task: t }, noise) => {
      const shuffle = <T,>(items: readonly T[]) => items.map((item) => ({ item, key: noise.next().value })).sort((a, b) => a.key - b.key).map(({ item }) => item);
      const a = attempt(() => serializeRecord(draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools: snapshotPools({ targets, inspectors, conflicts }), seed })));
      const b = attempt(() => serializeRecord(draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools: snapshotPools({ targets: shuffle(targets), inspectors: shuffle(inspectors), conflicts: shuffle(conflicts) }), seed })));
      expect(b).toEqual(a);
    },
  );

  test.prop([seedArb, seedArb])('gives different draws for different seeds (20 of 200 firms: collisions are negligible)', (a, b) => {
    fc.pre(a !== b);
    const pools = snapshotPools({ targets: firms(200), inspectors: staff(10) });
    const ids = (seed: string) => draw({ conflictsSalt: CONFLICTS_SALT, task: task({ sample: { count: 20 } }), pools, seed }).selected.map((s) => s.target.id);
    expect(ids(a)).not.toEqual(ids(b));
  });

  it('keeps one stratum’s draw when another stratum’s pool changes (separate streams)', () => {
    const risk = (n: number) => ({ risk: n < 20 ? 'A' : 'B' });
    const t = task({ sample: { count: 3 }, stratifyByRisk: true });
    const before = draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools: snapshotPools({ targets: firms(40, risk), inspectors: staff(10) }), seed: SEED });
    const after = draw({ conflictsSalt: CONFLICTS_SALT, task: t, pools: snapshotPools({ targets: firms(45, risk), inspectors: staff(10) }), seed: SEED });
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
      const record = draw({ conflictsSalt: CONFLICTS_SALT, task: task({ sample: { count: 6 }, team: jointTeam }), pools, seed: s.toString(16).padStart(64, 'a') });
      for (const { target: t, team } of record.selected) {
        for (const member of team) expect(conflicts.some((c) => c.targetId === t.id && c.inspectorId === member.id)).toBe(false);
      }
    }
  });
});

