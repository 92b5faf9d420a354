// Child process of crash-safety.test.ts: writes to the store at argv[2] until it is killed,
// printing "<kind> <id>" only after each write has committed. Never imported by the store.
import { writeSync } from 'node:fs';
import { InspectionItem, Target, snapshotPools } from '@fairdraw/core';
import { by, creditCode, plan } from '../contract/_fixtures.ts';
import { createSqliteStore } from './sqlite-store.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: _crash-writer.ts <database file>');
const store = createSqliteStore({ path });

const committed = (kind: string, id: string | number) => writeSync(1, `${kind} ${id}\n`);

for (let round = 0; ; round++) {
  // A small pool: the loop then spends most of its time in SQLite, where kills matter most.
  const targets = Array.from({ length: 50 }, (_, n) =>
    Target.parse({ id: creditCode(n + 1), name: `第${n}律师事务所`, kind: 'law_firm', attributes: { 轮次: String(round), 地址: `坪山区第${n}号` } }),
  );
  const { targets: records, digests } = snapshotPools({ targets, inspectors: [] });
  const version = await store.directories.append({ pool: 'targets', records, digest: digests.targets, reason: `round ${round}` }, by('crash-writer'));
  committed('directory', version.id);
  const planEntry = await store.plans.create(plan(2000 + (round % 100)), by('crash-writer'));
  committed('plan', planEntry.id);
  const code = `CW-${process.pid}-${round}`;
  await store.items.put(InspectionItem.parse({ code, name: '崩溃测试事项', legalBasis: '测试', targetKinds: ['law_firm'], method: 'paper' }), by('crash-writer'));
  committed('item', code);
}
