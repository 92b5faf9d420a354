import { describe, expect, it } from 'vitest';
import { isFairdrawError } from '../errors.ts';
import { recordDigest } from '../record/draw-record.ts';
import { appendEntry } from './append-entry.ts';
import { Bundle, parseBundle } from './bundle.ts';
import { prepareCommitment } from './prepare-commitment.ts';
import { assembleBundle } from './assemble-bundle.ts';
import { verifyBundle, type BundleVerification } from './verify-bundle.ts';
import { OTHER_PRIVATE_KEY, PRIVATE_KEY, PUBLIC_KEY, SALT, committedDraw, drawTask, pools } from './_fixtures.ts';
import { flipBit } from './_vectors.ts';
import type { LedgerEntry } from './ledger-entry.ts';

const drand = committedDraw('drand');
const auditorBundle = drand.bundle(true);
const publicBundle = drand.bundle(false);

const failing = (result: BundleVerification) => result.checks.filter((item) => !item.ok).map((item) => item.id);
const ids = (result: BundleVerification) => result.checks.map((item) => item.id);

/** Edits a copy of the bundle as JSON, reads it back and verifies it; 'refused' when it no longer reads. */
function tampered(bundle: Bundle, edit: (json: any) => void, options = {}): string[] | 'refused' {
  const json = JSON.parse(JSON.stringify(bundle));
  edit(json);
  let parsed: Bundle;
  try {
    parsed = parseBundle(json);
  } catch (error) {
    if (isFairdrawError(error, 'INVALID_INPUT')) return 'refused';
    throw error;
  }
  return failing(verifyBundle(parsed, options));
}

describe('verifyBundle on an honest draw', () => {
  it('passes every check of an auditor bundle, teams included', () => {
    const result = verifyBundle(auditorBundle);
    expect(failing(result)).toEqual([]);
    expect(result).toMatchObject({ ok: true, scope: 'auditor', seedVerifiable: true });
    expect(ids(result)).toEqual([
      'commitment.digest',
      'record.algorithm',
      'record.task',
      'record.directories',
      'seed.source-committed',
      'seed.round-after-commitment',
      'seed.beacon',
      'seed.derivation',
      'directories.targets',
      'directories.inspectors',
      'directories.conflicts',
      'draw.targets',
      'draw.teams',
      'ledger.signatures',
      'ledger.commitment',
      'ledger.draw',
    ]);
  });

  it('passes a public bundle without the 回避 list, and says teams were not replayed', () => {
    const result = verifyBundle(publicBundle);
    expect(result).toMatchObject({ ok: true, scope: 'public' });
    expect(ids(result)).not.toContain('draw.teams');
    expect(ids(result)).not.toContain('directories.conflicts');
    expect(result.notes.map((note) => note.en)).toContainEqual(expect.stringMatching(/^Teams were not replayed/));
    expect(JSON.stringify(publicBundle)).not.toContain('近亲属');
    expect(JSON.stringify(publicBundle)).not.toContain(pools.conflicts[0]!.targetId + '"}');
  });

  it('says in plain words when the seed round was due', () => {
    const sentence = verifyBundle(publicBundle).checks.find((item) => item.id === 'seed.round-after-commitment')!;
    expect(sentence.en).toBe(
      'The seed round (#123) was due at 2023-08-23 15:15:33 UTC, at least 60 s after the commitment (2023-08-23 15:09:27 UTC), so no one could know the seed when the inputs were fixed.',
    );
    expect(sentence.zh).toBe('种子轮次（第 123 轮）产生于北京时间 2023-08-23 23:15:33，比承诺时间（北京时间 2023-08-23 23:09:27）晚 60 秒以上，确定抽取依据时无人能预知种子。');
  });

  it('passes a witness ceremony', () => {
    const result = verifyBundle(committedDraw('witnesses').bundle(true));
    expect(failing(result)).toEqual([]);
    expect(ids(result)).toContain('seed.witnesses');
  });

  it('passes an operator seed but calls it unverifiable', () => {
    const result = verifyBundle(committedDraw('operator').bundle(false));
    expect(result).toMatchObject({ ok: true, seedVerifiable: false });
    expect(result.notes[0]!.en).toBe('Unverifiable seed: the operator supplied it. Nothing shows it was not chosen to give this result.');
  });

  it('checks the ledger key against the bureau’s published key when given one', () => {
    expect(verifyBundle(publicBundle, { publicKey: PUBLIC_KEY }).checks.find((item) => item.id === 'ledger.key')).toMatchObject({ ok: true });
    expect(failing(verifyBundle(publicBundle, { publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c' }))).toEqual(['ledger.key']);
  });
});

describe('verifyBundle names what was tampered with', () => {
  it.each([
    ['the commitment time', (b: any) => (b.commitment.at = '2023-08-23T15:09:28Z'), ['commitment.digest', 'seed.derivation', 'ledger.commitment', 'ledger.draw']],
    ['the published commitment digest', (b: any) => (b.commitmentDigest = flipBit(b.commitmentDigest, 20)), ['commitment.digest']],
    ['the committed round', (b: any) => (b.commitment.seedSource.round = 124), ['commitment.digest', 'seed.source-committed', 'seed.beacon', 'seed.derivation', 'ledger.commitment', 'ledger.draw']],
    ['one bit of the beacon signature', (b: any) => (b.evidence.beacon.signature = flipBit(b.evidence.beacon.signature, 50)), ['seed.beacon', 'seed.derivation']],
    ['the beacon randomness', (b: any) => (b.evidence.beacon.randomness = flipBit(b.evidence.beacon.randomness, 0)), ['seed.beacon', 'seed.derivation']],
    ['the beacon round', (b: any) => (b.evidence.beacon.round = 124), ['seed.source-committed', 'seed.beacon', 'seed.derivation']],
    ['the seed', (b: any) => (b.seed = flipBit(b.seed, 10)), ['seed.derivation', 'ledger.draw']],
    ['the seed in both the bundle and the record', (b: any) => (b.seed = b.record.seed = flipBit(b.seed, 10)), ['seed.derivation', 'draw.targets', 'draw.teams', 'ledger.draw']],
    ['a drawn target’s name', (b: any) => (b.record.selected[0].target.name += '分所'), ['draw.targets', 'draw.teams', 'ledger.draw']],
    ['a team member', (b: any) => b.record.selected[0].team.reverse(), ['draw.teams', 'ledger.draw']],
    ['a task parameter in the record', (b: any) => (b.record.task.name = '别的任务'), ['record.task', 'draw.teams', 'ledger.draw']],
    // fairdraw-draw/2 selects as /1 does, but its record must carry the committed salted 回避 digest.
    ['the algorithm in the record, to /2', (b: any) => (b.record.algorithm = 'fairdraw-draw/2'), ['record.algorithm', 'record.directories', 'directories.conflicts', 'draw.teams', 'ledger.draw']],
    ['the algorithm in the record, to one unknown', (b: any) => (b.record.algorithm = 'fairdraw-draw/9'), ['record.algorithm', 'directories.conflicts', 'draw.targets', 'draw.teams', 'ledger.draw']],
    ['a target in the snapshot', (b: any) => (b.directories.targets = b.directories.targets.replace('第1律师事务所', '第1律师事物所')), ['directories.targets', 'draw.targets', 'draw.teams']],
    ['an inspector in the snapshot', (b: any) => (b.directories.inspectors = b.directories.inspectors.replace('"active":true', '"active":false')), ['directories.inspectors', 'draw.teams']],
    ['a 回避 pair dropped', (b: any) => (b.directories.conflicts.snapshot = dropLastPair(b.directories.conflicts.snapshot)), ['directories.conflicts', 'draw.teams']],
    ['the salt', (b: any) => (b.directories.conflicts.salt = flipBit(b.directories.conflicts.salt, 5)), ['directories.conflicts', 'draw.teams']],
    ['a ledger entry’s time', (b: any) => (b.ledger.entries[1].at = '2023-08-23T15:16:01Z'), ['ledger.signatures']],
    ['a ledger signature', (b: any) => (b.ledger.entries[0].signature = flipBit(b.ledger.entries[0].signature, 7)), ['ledger.signatures']],
    ['the ledger key', (b: any) => (b.ledger.publicKey = '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c'), ['ledger.signatures']],
    ['the ledger entries swapped', (b: any) => b.ledger.entries.reverse(), ['ledger.signatures']],
    ['the draw entry removed', (b: any) => b.ledger.entries.pop(), ['ledger.draw']],
  ])('%s', (_name, edit, expected) => {
    expect(tampered(auditorBundle, edit)).toEqual(expected);
  });

  it('a round due too soon after the commitment', () => {
    expect(tampered(publicBundle, () => {}, { marginSeconds: 400 })).toEqual(['seed.round-after-commitment']);
  });

  it('evidence of another kind than the committed source', () => {
    expect(tampered(publicBundle, (b) => (b.evidence = { type: 'operator', value: 'x' }))).toEqual(['seed.source-committed', 'seed.derivation']);
  });

  it('a witness whose reveal does not match, by name', () => {
    const bundle = committedDraw('witnesses').bundle(false);
    const json = JSON.parse(JSON.stringify(bundle));
    json.evidence.reveals[1].secret = '41362551366241352615';
    const result = verifyBundle(parseBundle(json));
    expect(failing(result)).toEqual(['seed.witnesses', 'seed.derivation']);
    const check = result.checks.find((item) => item.id === 'seed.witnesses')!;
    expect(check.en).toMatch(/the secret "公证员 王五" revealed hashes to/);
    expect(check.zh).toMatch(/（公证员 王五）/);
  });
});

describe.each(['fairdraw-draw/1', 'fairdraw-draw/2'] as const)('verifyBundle against one changed byte anywhere (%s)', (algorithm) => {
  // Every leaf of an auditor bundle (witness seed: no pairing, so every leaf can be tried).
  const bundle = committedDraw('witnesses', algorithm).bundle(true);
  const leaves = leafPaths(JSON.parse(JSON.stringify(bundle)));

  it('has leaves in every part of the bundle', () => {
    const parts = new Set(leaves.map((path) => String(path[0])));
    expect([...parts].sort()).toEqual(['commitment', 'commitmentDigest', 'directories', 'evidence', 'format', 'ledger', 'record', 'seed']);
  });

  it.each(leaves.map((path) => [path.join('.'), path] as const))('%s', (_name, path) => {
    const outcomes = variants(get(JSON.parse(JSON.stringify(bundle)), path)).map((changed) => tampered(bundle, (json) => set(json, path, changed)));
    for (const outcome of outcomes) expect(outcome === 'refused' || outcome.length > 0).toBe(true);
  });
});

describe.each(['fairdraw-draw/1', 'fairdraw-draw/2'] as const)('verifyBundle against one changed character in any line of a snapshot (%s)', (algorithm) => {
  const bundle = committedDraw('witnesses', algorithm).bundle(true);
  const texts = { targets: bundle.directories.targets, inspectors: bundle.directories.inspectors, conflicts: bundle.directories.conflicts!.snapshot };
  const lines = Object.entries(texts).flatMap(([pool, text]) => text.trimEnd().split('\n').map((line, index) => [pool, index, line] as const));

  it.each(lines.map(([pool, index, line]) => [`${pool} line ${index + 1}`, pool, index, line] as const))('%s', (_name, pool, index, line) => {
    for (const changed of variants(line).filter((variant) => variant !== line)) {
      const outcome = tampered(bundle, (json) => {
        const target = pool === 'conflicts' ? json.directories.conflicts : json.directories;
        const key = pool === 'conflicts' ? 'snapshot' : pool;
        const all = target[key].split('\n');
        all[index] = changed;
        target[key] = all.join('\n');
      });
      expect(outcome === 'refused' || outcome.length > 0).toBe(true);
    }
  });
});

describe('verifyBundle on a fairdraw-draw/2 draw', () => {
  const salted = committedDraw('drand', 'fairdraw-draw/2');
  const auditor = salted.bundle(true);
  const published = salted.bundle(false);
  const plainDigest = pools.digests.conflicts.digest;

  it('passes every check of the auditor bundle, teams replayed with the salt', () => {
    expect(salted.record.algorithm).toBe('fairdraw-draw/2');
    const result = verifyBundle(auditor);
    expect(failing(result)).toEqual([]);
    expect(result).toMatchObject({ ok: true, scope: 'auditor' });
    expect(ids(result)).toEqual(ids(verifyBundle(auditorBundle)));
    expect(result.checks.find((item) => item.id === 'directories.conflicts')!.en).toMatch(/matches the salted digest in the commitment and in the draw record/);
  });

  it('passes the public bundle, targets replayed, and it nowhere holds the plain 回避 digest', () => {
    const result = verifyBundle(published);
    expect(failing(result)).toEqual([]);
    expect(result).toMatchObject({ ok: true, scope: 'public' });
    expect(ids(result)).toContain('draw.targets');
    expect(ids(result)).not.toContain('draw.teams');
    expect(salted.record.pools.conflicts.digest).toBe(salted.commitment.directories.internal.conflicts.saltedDigest);
    expect(JSON.stringify(published)).not.toContain(plainDigest);
    expect(JSON.stringify(publicBundle)).toContain(plainDigest); // what fairdraw-draw/1 gave away
    expect(result.checks.find((item) => item.id === 'record.directories')!.en).toMatch(/with the committed salted digest/);
    expect(result.notes.map((note) => note.en)).toContainEqual(expect.stringMatching(/The draw record carries the same salted digest/));
  });

  it.each([
    ['public', false, ['record.directories', 'ledger.draw']],
    ['auditor', true, ['record.directories', 'directories.conflicts', 'draw.teams', 'ledger.draw']],
  ] as const)('catches a tampered salted digest in the record (%s bundle)', (_scope, withSalt, expected) => {
    expect(tampered(salted.bundle(withSalt), (b) => (b.record.pools.conflicts.digest = flipBit(b.record.pools.conflicts.digest, 9)))).toEqual(expected);
  });

  it('catches a record that carries the plain 回避 digest instead of the salted one, from the public bundle', () => {
    const result = tampered(published, (b) => (b.record.pools.conflicts.digest = plainDigest));
    expect(result).toEqual(['record.directories', 'ledger.draw']);
  });

  it('says which salted digest differs', () => {
    const json = JSON.parse(JSON.stringify(published));
    json.record.pools.conflicts.digest = plainDigest;
    const check = verifyBundle(parseBundle(json)).checks.find((item) => item.id === 'record.directories')!;
    expect(check.en).toMatch(/^The draw record's salted digest of the 回避 list \(sha256:[0-9a-f]{12}…\) is not the one fixed in the commitment/);
    expect(check.zh).toMatch(/^抽取记录中回避名单的加盐摘要/);
  });

  it.each([
    ['the salt', (b: any) => (b.directories.conflicts.salt = flipBit(b.directories.conflicts.salt, 5)), ['directories.conflicts', 'draw.teams']],
    ['a 回避 pair dropped', (b: any) => (b.directories.conflicts.snapshot = dropLastPair(b.directories.conflicts.snapshot)), ['directories.conflicts', 'draw.teams']],
    ['the committed salted digest', (b: any) => (b.commitment.directories.internal.conflicts.saltedDigest = flipBit(b.commitment.directories.internal.conflicts.saltedDigest, 10)), ['commitment.digest', 'record.directories', 'seed.derivation', 'directories.conflicts', 'draw.teams', 'ledger.commitment', 'ledger.draw']],
    ['the algorithm in the record, to /1', (b: any) => (b.record.algorithm = 'fairdraw-draw/1'), ['record.algorithm', 'directories.conflicts', 'draw.teams', 'ledger.draw']],
  ])('names what was tampered with in an auditor bundle: %s', (_name, edit, expected) => {
    expect(tampered(auditor, edit)).toEqual(expected);
  });

  it('is assembled only with the salt that opens the commitment and the record', () => {
    const assemble = (salt: string, record = salted.record) =>
      assembleBundle({ commitment: salted.commitment, evidence: salted.evidence, record, pools, ledger: { publicKey: PUBLIC_KEY, entries: [] }, auditor: { salt } });
    expect(assemble(SALT).directories.conflicts).toEqual({ snapshot: auditor.directories.conflicts!.snapshot, salt: SALT });
    expect(() => assemble('5b'.repeat(32))).toThrow(/does not give the commitment's salted digest/);
    const forged = structuredClone(salted.record);
    forged.pools.conflicts.digest = plainDigest;
    expect(() => assemble(SALT, forged)).toThrow(/does not give the draw record's salted digest/);
  });
});

describe('verifyBundle and the ledger', () => {
  it('refuses a commitment drawn twice', () => {
    const [, committed, drawn] = drand.ledger as [LedgerEntry, LedgerEntry, LedgerEntry];
    const again = appendEntry(drawn, { type: 'draw', at: '2023-08-23T15:17:00Z', payload: drawn.payload }, PRIVATE_KEY);
    const result = verifyBundle({ ...publicBundle, ledger: { publicKey: PUBLIC_KEY, entries: [committed, drawn, again] } });
    expect(failing(result)).toEqual(['ledger.draw']);
    expect(result.checks.find((item) => item.id === 'ledger.draw')!.en).toBe('The commitment was drawn more than once (ledger entries #2, #3); a commitment may be drawn once.');
  });

  it('refuses a ledger excerpt re-signed with another key', () => {
    const forged = [appendEntry(null, { type: 'commitment', at: drand.commitment.at, payload: { commitmentDigest: drand.digest, commitment: drand.commitment } }, OTHER_PRIVATE_KEY)];
    forged.push(appendEntry(forged[0]!, { type: 'draw', at: '2023-08-23T15:16:00Z', payload: { commitmentDigest: drand.digest, seed: drand.seed, recordDigest: recordDigest(drand.record) } }, OTHER_PRIVATE_KEY));
    expect(failing(verifyBundle({ ...publicBundle, ledger: { publicKey: PUBLIC_KEY, entries: forged } }))).toEqual(['ledger.signatures']);
  });

  it('shows a re-draw: the replaced commitment must be in the ledger before the new one', () => {
    const [earlier, committed, drawn] = drand.ledger as [LedgerEntry, LedgerEntry, LedgerEntry];
    const cancelled = appendEntry(drawn, { type: 'cancellation', at: '2023-08-23T15:20:00Z', payload: { commitmentDigest: drand.digest, reason: '名录导入有误' } }, PRIVATE_KEY);
    const redo = prepareCommitment({
      task: drawTask,
      pools,
      salt: SALT,
      seedSource: { type: 'operator' },
      at: '2023-08-23T15:21:00Z',
      replaces: { commitment: drand.digest, reason: '名录导入有误' },
    });
    const recommitted = appendEntry(cancelled, { type: 'commitment', at: '2023-08-23T15:21:00Z', payload: { commitmentDigest: redo.digest, commitment: redo.commitment } }, PRIVATE_KEY);
    const bundle = (entries: LedgerEntry[]) => ({ ...committedDraw('operator').bundle(false), commitment: redo.commitment, commitmentDigest: redo.digest, ledger: { publicKey: PUBLIC_KEY, entries } });
    const withOld = verifyBundle(bundle([committed, cancelled, recommitted]));
    expect(withOld.checks.find((item) => item.id === 'ledger.replaced')).toMatchObject({ ok: true, en: `This draw replaces commitment ${drand.digest.slice(0, 19)}… (ledger entry #1), because: 名录导入有误.` });
    expect(verifyBundle(bundle([earlier, recommitted])).checks.find((item) => item.id === 'ledger.replaced')).toMatchObject({ ok: false });
  });

  it('notes a cancellation of the commitment', () => {
    const [, committed, drawn] = drand.ledger as [LedgerEntry, LedgerEntry, LedgerEntry];
    const cancelled = appendEntry(drawn, { type: 'cancellation', at: '2023-08-24T01:00:00Z', payload: { commitmentDigest: drand.digest, reason: '任务撤销' } }, PRIVATE_KEY);
    const result = verifyBundle({ ...publicBundle, ledger: { publicKey: PUBLIC_KEY, entries: [committed, drawn, cancelled] } });
    expect(result.ok).toBe(true);
    expect(result.notes.map((note) => note.zh)).toContain('台账第 3 条记录撤销了本承诺：任务撤销。');
  });
});

function dropLastPair(snapshot: string): string {
  const lines = snapshot.trimEnd().split('\n');
  const header = JSON.parse(lines[0]!);
  return [JSON.stringify({ count: header.count - 1, format: header.format, pool: header.pool }), ...lines.slice(1, -1)].join('\n') + '\n';
}

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

const get = (value: any, path: Path): unknown => path.reduce((node, key) => node[key], value);

function set(value: any, path: Path, leaf: unknown): void {
  get(value, path.slice(0, -1)) && ((get(value, path.slice(0, -1)) as any)[path.at(-1)!] = leaf);
}

/**
 * One-byte changes of a leaf: numbers ±1, booleans flipped, null made 0, and in strings one
 * character (at the start, middle and end) replaced by a digit or letter of another value —
 * never a change of case alone, which a normal form may undo.
 */
function variants(leaf: unknown): unknown[] {
  if (typeof leaf === 'number') return [leaf + 1, leaf - 1];
  if (typeof leaf === 'boolean') return [!leaf];
  if (leaf === null) return [0];
  const text = String(leaf);
  if (text.length === 0) return ['0'];
  return [...new Set([0, text.length >> 1, text.length - 1])].map((at) => {
    const old = text[at]!;
    const replacement = [...'7q0x'].find((char) => char.toLowerCase() !== old.toLowerCase())!;
    return text.slice(0, at) + replacement + text.slice(at + 1);
  });
}
