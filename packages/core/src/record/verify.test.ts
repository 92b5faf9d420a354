import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { draw } from '../draw/draw.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { replay } from './replay.ts';
import { verify } from './verify.ts';
import { DrawRecord, formatRecord, recordDigest, serializeRecord } from './draw-record.ts';
import { conflict, inspector, smallProblemArb, target, task } from '../_arbitraries.ts';
import { FairdrawError } from '../errors.ts';

const SEED = '1234abcd'.repeat(8);
const targets = Array.from({ length: 12 }, (_, n) => target(n));
const inspectors = Array.from({ length: 8 }, (_, n) => inspector(n, { department: n % 2 ? '公证工作科' : '律师工作科' }));
const conflicts = [conflict(0, 3)];
const pools = snapshotPools({ targets, inspectors, conflicts });
const t = task({ sample: { percent: 25 }, team: { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }] } });
const record = draw({ task: t, pools, seed: SEED });

describe('replay and verify', () => {
  test.prop([smallProblemArb])('replay reproduces every feasible record byte for byte', ({ seed, targets: ts, inspectors: is, conflicts: cs, task: tk }) => {
    const p = snapshotPools({ targets: ts, inspectors: is, conflicts: cs });
    let original;
    try {
      original = draw({ task: tk, pools: p, seed });
    } catch (error) {
      expect(error).toBeInstanceOf(FairdrawError);
      return;
    }
    const reparsed = DrawRecord.parse(JSON.parse(formatRecord(original)));
    expect(serializeRecord(replay(reparsed, p))).toBe(serializeRecord(original));
    expect(verify(reparsed, p)).toEqual({ ok: true, recordDigest: recordDigest(original) });
  });

  it('says which directory differs when a pool is not the one the draw used', () => {
    const edited = snapshotPools({ targets: [...targets.slice(1), target(99)], inspectors, conflicts });
    const result = verify(record, edited);
    expect(result).toMatchObject({ ok: false, path: 'pools.targets' });
    expect(!result.ok && result.problem).toMatch(/target directory supplied \(12 records, sha256:[0-9a-f]{64}\) is not the one this draw used/);
  });

  it('notices a dropped 回避 pair', () => {
    const result = verify(record, snapshotPools({ targets, inspectors, conflicts: [] }));
    expect(!result.ok && result.problem).toMatch(/回避 list supplied \(0 records/);
  });

  it('names the target that should not be there when a drawn target is swapped', () => {
    const drawnIds = new Set(record.selected.map((s) => s.target.id));
    const other = targets.find((x) => !drawnIds.has(x.id))!;
    const forged = structuredClone(record);
    forged.selected[1]!.target = { id: other.id, name: other.name, kind: other.kind };
    const result = verify(forged, pools);
    expect(result).toMatchObject({ ok: false, path: 'selected[1].target.id' });
    expect(!result.ok && result.problem).toBe(
      `target #2 should be "${record.selected[1]!.target.id}" by the replay, but the record says "${other.id}"`,
    );
  });

  it('names the team member that differs', () => {
    const forged = structuredClone(record);
    const member = forged.selected[0]!.team[1]!;
    const substitute = inspectors.find((i) => i.department === member.department && i.id !== member.id)!;
    forged.selected[0]!.team[1] = { id: substitute.id, name: substitute.name, department: substitute.department, certificate: substitute.certificate };
    const result = verify(forged, pools);
    expect(!result.ok && result.problem).toMatch(/inspector 2 on the team of target #1 should be/);
  });

  it('catches a changed task parameter through what it changes', () => {
    const forged = structuredClone(record);
    forged.task.sample = { percent: '50', rounding: 'up', minimum: 0, maximum: null };
    const result = verify(forged, pools);
    expect(result).toMatchObject({ ok: false, path: 'strata[0].requested' });
  });

  it('catches a changed seed', () => {
    const forged = { ...record, seed: SEED.replace('1', '2') };
    expect(verify(forged, pools).ok).toBe(false);
  });

  it('refuses a record of an algorithm it does not know, without guessing', () => {
    const result = verify({ ...record, algorithm: 'fairdraw-draw/9' }, pools);
    expect(!result.ok && result.problem).toMatch(/does not know/);
  });

  it('compares the record’s task with the task file when one is given', () => {
    const published = task({ ...t, number: '坪司抽查〔2021〕2号' } as never);
    const result = verify(record, pools, { task: published });
    expect(result).toMatchObject({ ok: false, path: 'task.number' });
    expect(!result.ok && result.problem).toMatch(/task parameter number differs: the task file says "坪司抽查〔2021〕2号", the record says "坪司抽查〔2021〕1号"/);
    expect(verify(record, pools, { task: t }).ok).toBe(true);
  });

  test.prop([fc.nat(), fc.integer({ min: 1, max: 255 })])('fails for any one-byte change of the record that still parses', (position, delta) => {
    const text = serializeRecord(record);
    const i = position % text.length;
    const changed = text.slice(0, i) + String.fromCharCode((text.charCodeAt(i) + delta) % 65536) + text.slice(i + 1);
    let parsed: DrawRecord;
    try {
      parsed = DrawRecord.parse(JSON.parse(changed));
    } catch {
      return; // a change that breaks the format is rejected before verification
    }
    // Some changes are invisible to the record's meaning (e.g. an escaped form of the same
    // string): only a change of meaning must be detected.
    if (serializeRecord(parsed) === text) return;
    // With the published task beside it, every change of meaning is caught.
    expect(verify(parsed, pools, { task: t }).ok).toBe(false);
  });
});
