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
  return {
    seed: (JSON.parse(readFileSync(join(root, vector, 'vector.json'), 'utf8')) as { seed: string }).seed,
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
  it('has the three published vectors', () => {
    expect(vectors).toEqual(expect.arrayContaining(['pingshan-joint-2021', 'stratified-gb18030', 'tight-reroute']));
  });

  it.each(vectors)('%s: drawing again gives the published record byte for byte', (vector) => {
    const { seed, task, pools, record } = load(vector);
    expect(serializeRecord(draw({ task, pools, seed, algorithm: 'fairdraw-draw/1' }))).toBe(serializeRecord(record));
  });

  it.each(vectors)('%s: the published record verifies against its task and directories', (vector) => {
    const { task, pools, record } = load(vector);
    expect(verify(record, pools, { task })).toMatchObject({ ok: true });
  });

  it('pins the digests of the demo directories (UTF-8 with BOM) and the GB18030 ones', () => {
    expect(load('pingshan-joint-2021').record.pools.targets.digest).toBe('sha256:078ae2faeb16944454d7e2b3887942709763162228a55907b848136a57ec1830');
    expect(load('stratified-gb18030').pools.digests.targets.count).toBe(40);
  });
});
