import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { snapshotPools } from './pools.ts';
import { canonicalJson } from './canonical-json.ts';
import { conflictLine, inspectorLine, snapshotText, targetLine } from './pool-snapshot.ts';
import { FairdrawError } from '../errors.ts';
import { conflict, inspector, target } from '../_arbitraries.ts';
import { createHash } from 'node:crypto';

const targets = [target(1, { risk: 'B', region: '坪山街道', lastInspected: ['2020-05-12', '2019-01-01'] }), target(2), target(3)];
const inspectors = [inspector(1, { fields: ['律师管理', '公证管理'] }), inspector(2)];

describe('snapshotPools', () => {
  it('writes each record as canonical JSON of exactly its bound fields', () => {
    const t = targets[0]!;
    expect(targetLine(t)).toBe(
      canonicalJson({ id: t.id, kind: t.kind, lastInspected: t.lastInspected, name: t.name, region: t.region, risk: t.risk, status: t.status }),
    );
    expect(targetLine(t)).toBe(
      `{"id":"${t.id}","kind":"law_firm","lastInspected":["2019-01-01","2020-05-12"],"name":"第1律师事务所","region":"坪山街道","risk":"B","status":"active"}`,
    );
    const i = inspectors[0]!;
    expect(inspectorLine(i)).toBe(canonicalJson({ active: true, certificate: i.certificate, department: i.department, fields: i.fields, id: i.id, name: i.name }));
    expect(conflictLine(conflict(1, 2))).toBe(`{"inspectorId":"I001","targetId":"${target(2).id}"}`);
  });

  it('digests the published snapshot text', () => {
    const pools = snapshotPools({ targets, inspectors });
    const text = snapshotText('targets', pools.targets.map(targetLine));
    expect(text.split('\n')[0]).toBe('{"count":3,"format":"fairdraw-pool/1","pool":"targets"}');
    expect(pools.digests.targets).toEqual({ count: 3, digest: `sha256:${createHash('sha256').update(text).digest('hex')}` });
  });

  test.prop([fc.shuffledSubarray([0, 1, 2], { minLength: 3 }), fc.shuffledSubarray([0, 1], { minLength: 2 })])(
    'gives the same digests whatever the order of the rows',
    (targetOrder, inspectorOrder) => {
      const a = snapshotPools({ targets, inspectors, conflicts: [conflict(1, 1), conflict(2, 3)] });
      const b = snapshotPools({
        targets: targetOrder.map((n) => targets[n]!),
        inspectors: inspectorOrder.map((n) => inspectors[n]!),
        conflicts: [conflict(2, 3), conflict(1, 1)],
      });
      expect(b.digests).toEqual(a.digests);
    },
  );

  it('ignores columns the draw does not use, and notices every field it does', () => {
    const base = snapshotPools({ targets, inspectors }).digests.targets.digest;
    const withExtra = snapshotPools({ targets: [{ ...targets[0]!, attributes: { 联系电话: '0755-1234' } }, ...targets.slice(1)], inspectors });
    expect(withExtra.digests.targets.digest).toBe(base);
    for (const change of [{ name: '改名律师事务所' }, { risk: 'C' as const }, { status: 'closed' as const }, { region: null }, { lastInspected: [] }, { kind: 'law_firm_branch' }]) {
      const changed = snapshotPools({ targets: [{ ...targets[0]!, ...change }, ...targets.slice(1)], inspectors });
      expect(changed.digests.targets.digest).not.toBe(base);
    }
  });

  it('refuses a repeated id, naming it', () => {
    expect(() => snapshotPools({ targets: [...targets, target(2)], inspectors })).toThrow(/repeats 1 id\(s\): 31440310/);
    try {
      snapshotPools({ targets, inspectors: [...inspectors, inspector(1)] });
    } catch (error) {
      expect((error as FairdrawError).code).toBe('DUPLICATE_ID');
    }
  });

  it('refuses a 回避 pair that names an unknown inspector or target', () => {
    const run = () => snapshotPools({ targets, inspectors, conflicts: [conflict(9, 1), conflict(1, 9)] });
    expect(run).toThrow(FairdrawError);
    try {
      run();
    } catch (error) {
      const e = error as FairdrawError;
      expect(e.code).toBe('UNKNOWN_REFERENCE');
      expect(e.issues.map((issue) => issue.message)).toEqual([
        'target "' + target(9).id + '" is not in the target pool',
        'inspector "I009" is not in the inspector pool',
      ]);
    }
  });
});

describe('published snapshots', () => {
  it('load back into the same directory with the same digest', async () => {
    const { loadTargets, loadConflicts } = await import('../load/load-pools.ts');
    const { poolSnapshotText, snapshotPool } = await import('./pools.ts');
    const text = poolSnapshotText('targets', [...targets].reverse());
    const loaded = loadTargets(new TextEncoder().encode(text), { source: 'targets.fairdraw-pool' });
    expect(snapshotPool('targets', loaded).digest).toEqual(snapshotPools({ targets, inspectors }).digests.targets);
    const pairs = poolSnapshotText('conflicts', [conflict(1, 1)]);
    expect(loadConflicts(new TextEncoder().encode(pairs), { source: 'c' })).toEqual([{ ...conflict(1, 1), reason: null, attributes: {} }]);
  });

  it('refuse a snapshot of another pool or with a wrong count', async () => {
    const { loadInspectors, loadTargets } = await import('../load/load-pools.ts');
    const { poolSnapshotText } = await import('./pools.ts');
    const text = poolSnapshotText('targets', targets);
    expect(() => loadInspectors(new TextEncoder().encode(text), { source: 's' })).toThrow(/snapshot of the targets pool, not of inspectors/);
    const cut = text.split('\n').slice(0, 2).join('\n') + '\n';
    expect(() => loadTargets(new TextEncoder().encode(cut), { source: 's' })).toThrow(/counts 3 records but the file has 1/);
  });
});
