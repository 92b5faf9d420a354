import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { draw } from '../draw/draw.ts';
import { snapshotPools } from '../snapshot/pools.ts';
import { replay } from './replay.ts';
import { verify } from './verify.ts';
import { DrawRecord, formatRecord, recordDigest, serializeRecord } from './draw-record.ts';
import { CONFLICTS_SALT, conflict, inspector, saltArb, smallProblemArb, target, task } from '../_arbitraries.ts';
import { FairdrawError } from '../errors.ts';
import { poolSnapshotText } from '../snapshot/pools.ts';
import { saltedDigest } from '../trust/salted-digest.ts';
import { supportedAlgorithms } from '../draw/algorithm.ts';

const SEED = '1234abcd'.repeat(8);
const targets = Array.from({ length: 12 }, (_, n) => target(n));
const inspectors = Array.from({ length: 8 }, (_, n) => inspector(n, { department: n % 2 ? '公证工作科' : '律师工作科' }));
const conflicts = [conflict(0, 3)];
const pools = snapshotPools({ targets, inspectors, conflicts });
const t = task({ sample: { percent: 25 }, team: { groups: [{ department: '律师工作科', size: 1 }, { department: '公证工作科', size: 1 }] } });
/** A fairdraw-draw/1 record: the tests below show /1 records verify exactly as before /2. */
const record = draw({ task: t, pools, seed: SEED, algorithm: 'fairdraw-draw/1' });
/** The same draw under fairdraw-draw/2, its 回避 digest salted. */
const salted = draw({ task: t, pools, seed: SEED, conflictsSalt: CONFLICTS_SALT });

describe('replay and verify', () => {
  test.prop([smallProblemArb, fc.constantFrom(...supportedAlgorithms), saltArb])(
    'replay reproduces every feasible record byte for byte, under either algorithm',
    ({ seed, targets: ts, inspectors: is, conflicts: cs, task: tk }, algorithm, salt) => {
      const p = snapshotPools({ targets: ts, inspectors: is, conflicts: cs });
      const options = algorithm === 'fairdraw-draw/2' ? { conflictsSalt: salt } : {};
      let original;
      try {
        original = draw({ task: tk, pools: p, seed, algorithm, ...options });
      } catch (error) {
        expect(error).toBeInstanceOf(FairdrawError);
        return;
      }
      const reparsed = DrawRecord.parse(JSON.parse(formatRecord(original)));
      expect(serializeRecord(replay(reparsed, p, options))).toBe(serializeRecord(original));
      expect(verify(reparsed, p, options)).toEqual({ ok: true, recordDigest: recordDigest(original) });
    },
  );

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

describe('replay and verify of a fairdraw-draw/2 record', () => {
  const OTHER_SALT = '5b'.repeat(32);

  it('verifies with the salt the record was drawn with', () => {
    expect(salted.algorithm).toBe('fairdraw-draw/2');
    expect(verify(salted, pools, { task: t, conflictsSalt: CONFLICTS_SALT })).toEqual({ ok: true, recordDigest: recordDigest(salted) });
    expect(serializeRecord(replay(salted, pools, { conflictsSalt: CONFLICTS_SALT }))).toBe(serializeRecord(salted));
  });

  it('carries the salted digest of trust-spec §3.3, not the plain one', () => {
    expect(salted.pools.conflicts).toEqual({ count: 1, digest: saltedDigest(CONFLICTS_SALT, poolSnapshotText('conflicts', conflicts)) });
    expect(salted.pools.conflicts.digest).not.toBe(pools.digests.conflicts.digest);
    expect(record.pools.conflicts).toEqual(pools.digests.conflicts);
  });

  it('is a mismatch naming pools.conflicts with another salt', () => {
    const result = verify(salted, pools, { conflictsSalt: OTHER_SALT });
    expect(result).toMatchObject({ ok: false, path: 'pools.conflicts' });
    expect(!result.ok && result.problem).toMatch(/^the 回避 list supplied with the salt given \(1 records, sha256:[0-9a-f]{64}\) is not the one this draw used/);
  });

  it('is a mismatch naming pools.conflicts when a 回避 pair was dropped, even with the right salt', () => {
    const result = verify(salted, snapshotPools({ targets, inspectors, conflicts: [] }), { conflictsSalt: CONFLICTS_SALT });
    expect(result).toMatchObject({ ok: false, path: 'pools.conflicts' });
  });

  it('says that the salt is needed, without throwing, when it is not given', () => {
    const result = verify(salted, pools);
    expect(result).toMatchObject({ ok: false, path: 'pools.conflicts' });
    expect(!result.ok && result.problem).toMatch(/salted digest, so checking it needs the salt \(conflictsSalt\), which only the bureau and its auditors hold/);
    expect(() => replay(salted, pools)).toThrow(/conflictsSalt is required/);
  });

  it('still names a directory that differs before asking for the salt', () => {
    const edited = snapshotPools({ targets: [...targets.slice(1), target(99)], inspectors, conflicts });
    expect(verify(salted, edited)).toMatchObject({ ok: false, path: 'pools.targets' });
  });

  it('refuses a malformed salt as a verdict', () => {
    const result = verify(salted, pools, { conflictsSalt: CONFLICTS_SALT.toUpperCase() });
    expect(result).toMatchObject({ ok: false, path: 'pools.conflicts' });
    expect(!result.ok && result.problem).toMatch(/64 lower-case hex digits/);
  });

  it('refuses a salt for a fairdraw-draw/1 record, which is not salted', () => {
    const result = verify(record, pools, { conflictsSalt: CONFLICTS_SALT });
    expect(result).toMatchObject({ ok: false, path: 'pools.conflicts' });
    expect(!result.ok && result.problem).toMatch(/fairdraw-draw\/1 record carries the plain digest of the 回避 list and takes no salt/);
  });

  it('is not verified as fairdraw-draw/1: relabelling the algorithm breaks the 回避 digest', () => {
    expect(verify({ ...salted, algorithm: 'fairdraw-draw/1' }, pools)).toMatchObject({ ok: false, path: 'pools.conflicts' });
    expect(verify({ ...record, algorithm: 'fairdraw-draw/2' }, pools, { conflictsSalt: CONFLICTS_SALT })).toMatchObject({ ok: false, path: 'pools.conflicts' });
  });
});
