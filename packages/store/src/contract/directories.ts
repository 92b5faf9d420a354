import { describe, expect, it } from 'vitest';
import { snapshotPool, snapshotPools, Target } from '@fairdraw/core';
import type { Store } from '../store.ts';
import { by, creditCode, pools, targets } from './_fixtures.ts';
import { lastAudit, refused, useStore } from './_expect.ts';

/** Directory versions: numbering, exact round trip of records, meta-only audit. */
export function directoriesContract(open: () => Promise<Store>): void {
  describe('directories', () => {
    const store = useStore(open);
    const appendTargets = (reason = 'import 律所名录2021.xlsx', change = by('admin')) =>
      store().directories.append({ pool: 'targets', records: pools.targets, digest: pools.digests.targets, reason }, change);

    it('refuses an edit based on a version that is no longer the latest', async () => {
      const version = (records: typeof pools.inspectors) => ({ pool: 'inspectors' as const, ...snapshotPool('inspectors', records) });
      const first = await store().directories.append({ ...version(pools.inspectors), reason: 'import', basedOn: null }, by('planner'));
      await store().directories.append({ ...version(pools.inspectors.slice(1)), reason: 'edit A', basedOn: first.id }, by('planner'));
      const error = await refused(store(), () => store().directories.append({ ...version(pools.inspectors.slice(2)), reason: 'edit B', basedOn: first.id }, by('planner')));
      expect(error.message).toMatch(/changed meanwhile/);
      expect((await store().directories.list('inspectors')).map((v) => v.reason)).toEqual(['import', 'edit A']);
    });

    it('numbers the versions of each pool 1, 2, 3 on its own', async () => {
      expect((await appendTargets()).version).toBe(1);
      expect((await appendTargets()).version).toBe(2);
      const inspectors = await store().directories.append(
        { pool: 'inspectors', records: pools.inspectors, digest: pools.digests.inspectors, reason: 'import' },
        by('admin'),
      );
      expect(inspectors.version).toBe(1);
      expect((await appendTargets()).version).toBe(3);
      expect((await store().directories.list('targets')).map((meta) => meta.version)).toEqual([1, 2, 3]);
    });

    it('describes a version with its digest, count, author, time and reason', async () => {
      const change = by('admin');
      const meta = await appendTargets('import 律所名录2021.xlsx', change);
      expect(meta).toEqual({
        id: meta.id,
        pool: 'targets',
        version: 1,
        digest: pools.digests.targets.digest,
        count: targets.length,
        createdAt: change.at,
        createdBy: 'admin',
        reason: 'import 律所名录2021.xlsx',
      });
      expect(await store().directories.list('targets')).toEqual([meta]);
    });

    it('returns the records exactly as appended, in their order, with their extra attributes', async () => {
      const meta = await appendTargets();
      const latest = await store().directories.latest('targets');
      expect(latest?.records).toEqual(pools.targets);
      expect(latest?.records[0]?.attributes).toEqual(pools.targets[0]?.attributes);
      expect(await store().directories.get(meta.id)).toEqual(latest);
      expect(latest).toMatchObject(meta);
    });

    it('keeps every version: latest is the newest, get finds an older one', async () => {
      const first = await appendTargets();
      const renamed = snapshotPools({ targets: [Target.parse({ ...targets[0], name: '广东坪岳（深圳）律师事务所' }), ...targets.slice(1)], inspectors: [] });
      await store().directories.append({ pool: 'targets', records: renamed.targets, digest: renamed.digests.targets, reason: `edit ${creditCode(1)}: 更名` }, by('admin'));
      expect((await store().directories.latest('targets'))?.records).toEqual(renamed.targets);
      expect((await store().directories.get(first.id))?.records).toEqual(pools.targets);
    });

    it('stores a large pool and gives it back unchanged', async () => {
      const many = Array.from({ length: 3000 }, (_, n) =>
        Target.parse({ id: creditCode(1000 + n), name: `第${n}律师事务所`, kind: 'law_firm', attributes: { 地址: `坪山区第${n}号`, 序号: String(n) } }),
      );
      const big = snapshotPools({ targets: many, inspectors: [] });
      const meta = await store().directories.append({ pool: 'targets', records: big.targets, digest: big.digests.targets, reason: 'import' }, by('admin'));
      expect(meta.count).toBe(3000);
      expect((await store().directories.get(meta.id))?.records).toEqual(big.targets);
    });

    it('answers undefined for a pool without versions or an unknown id', async () => {
      expect(await store().directories.latest('conflicts')).toBeUndefined();
      expect(await store().directories.get(999)).toBeUndefined();
      expect(await store().directories.list('conflicts')).toEqual([]);
    });

    it('lists versions without their records', async () => {
      await appendTargets();
      const [meta] = await store().directories.list('targets');
      expect(meta).not.toHaveProperty('records');
    });

    it('audits an append with the version meta only, never the records', async () => {
      const change = by('admin');
      const meta = await appendTargets('import', change);
      const entry = await lastAudit(store());
      expect(entry).toMatchObject({ actor: 'admin', at: change.at, action: 'directory.append', entity: 'directory', entityId: String(meta.id), before: null, after: meta });
      expect(JSON.stringify(entry)).not.toContain(targets[0]!.name);
    });

    it('refuses records that do not match the digest count, and appends nothing', async () => {
      const error = await refused(store(), () =>
        store().directories.append({ pool: 'targets', records: pools.targets.slice(1), digest: pools.digests.targets, reason: 'import' }, by('admin')),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toMatch(/12 records.*11/);
      expect(await store().directories.list('targets')).toEqual([]);
      expect((await appendTargets()).version).toBe(1);
    });

    it('refuses a version without a reason', async () => {
      const error = await refused(store(), () => appendTargets('  '));
      expect(error.code).toBe('CONFLICT');
      expect(await store().directories.list('targets')).toEqual([]);
    });
  });
}
