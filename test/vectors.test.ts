import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DrawRecord,
  draw,
  loadConflicts,
  loadInspectors,
  loadTargets,
  loadTask,
  serializeRecord,
  snapshotPools,
  verify,
} from '@fairdraw/core';

const root = new URL('./vectors/', import.meta.url).pathname;
const vectors = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

function file(vector: string, pool: string): { path: string; source: string } {
  const csv = join(root, vector, `${pool}.csv`);
  const path = existsSync(csv) ? csv : join(root, vector, `${pool}.json`);
  return { path, source: path.slice(path.lastIndexOf('/') + 1) };
}

function load(vector: string) {
  const read = (pool: string) => {
    const { path, source } = file(vector, pool);
    return { bytes: readFileSync(path), source };
  };
  const targets = read('targets');
  const inspectors = read('inspectors');
  const conflicts = read('conflicts');
  // Vectors made before fairdraw-draw/2 name no algorithm: they are fairdraw-draw/1.
  const meta = JSON.parse(readFileSync(join(root, vector, 'vector.json'), 'utf8')) as { seed: string; algorithm?: string; conflictsSalt?: string };
  return {
    seed: meta.seed,
    algorithm: meta.algorithm ?? 'fairdraw-draw/1',
    salt: meta.conflictsSalt === undefined ? {} : { conflictsSalt: meta.conflictsSalt },
    task: loadTask(readFileSync(join(root, vector, 'task.json')), { source: 'task.json' }),
    pools: snapshotPools({
      targets: loadTargets(targets.bytes, { source: targets.source }),
      inspectors: loadInspectors(inspectors.bytes, { source: inspectors.source }),
      conflicts: loadConflicts(conflicts.bytes, { source: conflicts.source }),
    }),
    record: DrawRecord.parse(JSON.parse(readFileSync(join(root, vector, 'record.json'), 'utf8'))),
  };
}

describe('known-answer vectors', () => {
  it('has the published vectors', () => {
    expect(vectors).toEqual(expect.arrayContaining(['pingshan-joint-2021', 'stratified-gb18030', 'tight-reroute', 'salted-pingshan-2021']));
  });

  it.each(vectors)('%s: drawing again gives the published record byte for byte', (vector) => {
    const { seed, algorithm, salt, task, pools, record } = load(vector);
    expect(record.algorithm).toBe(algorithm);
    expect(serializeRecord(draw({ task, pools, seed, algorithm, ...salt }))).toBe(serializeRecord(record));
  });

  it.each(vectors)('%s: the published record verifies against its task and directories', (vector) => {
    const { salt, task, pools, record } = load(vector);
    expect(verify(record, pools, { task, ...salt })).toMatchObject({ ok: true });
  });

  it('salted-pingshan-2021 (fairdraw-draw/2) draws what pingshan-joint-2021 (/1) draws; only the algorithm and the 回避 digest differ', () => {
    const first = load('pingshan-joint-2021');
    const second = load('salted-pingshan-2021');
    const { algorithm: a1, pools: p1, ...rest1 } = first.record;
    const { algorithm: a2, pools: p2, ...rest2 } = second.record;
    expect([a1, a2]).toEqual(['fairdraw-draw/1', 'fairdraw-draw/2']);
    expect(rest2).toEqual(rest1);
    expect({ ...p2, conflicts: p1.conflicts }).toEqual(p1);
    expect(p2.conflicts).toEqual({ count: p1.conflicts.count, digest: 'sha256:7e4d920d07bdce5bd41aeaa7c9152aee14044b531bb80c65d80fda53ef6cdeb2' });
    expect(verify(second.record, second.pools)).toMatchObject({ ok: false, path: 'pools.conflicts' });
  });

  it('pins the digests of the demo directories (UTF-8 with BOM) and the GB18030 ones', () => {
    expect(load('pingshan-joint-2021').record.pools.targets.digest).toBe('sha256:078ae2faeb16944454d7e2b3887942709763162228a55907b848136a57ec1830');
    expect(load('stratified-gb18030').pools.digests.targets.count).toBe(40);
  });
});
