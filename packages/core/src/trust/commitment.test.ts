import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { poolSnapshotText } from '../snapshot/pools.ts';
import { thrown } from '../load/_fixtures.ts';
import { Commitment, commitmentDigest } from './commitment.ts';
import { prepareCommitment } from './prepare-commitment.ts';
import { saltedDigest } from './salted-digest.ts';
import { QUICKNET } from './drand-chain.ts';
import { COMMITTED_AT, SALT, drawTask, pools, witnessReveals } from './_fixtures.ts';
import { witnessHash } from './witness-ceremony.ts';
import type { SeedSource } from './seed-source.ts';

const drand = { type: 'drand', chain: QUICKNET.hash, round: 123 } as const;
const prepare = (fields: Partial<Parameters<typeof prepareCommitment>[0]> = {}) =>
  prepareCommitment({ task: drawTask, pools, salt: SALT, seedSource: drand, at: COMMITTED_AT, ...fields });

describe('prepareCommitment', () => {
  it('holds the algorithm, the task, the directory digests, the seed source, what it replaces and when', () => {
    const { commitment } = prepare();
    expect(commitment).toEqual({
      format: 'fairdraw-commitment/1',
      algorithm: 'fairdraw-draw/2',
      task: drawTask,
      directories: {
        public: { targets: pools.digests.targets, inspectors: pools.digests.inspectors },
        internal: { conflicts: { count: 2, saltedDigest: saltedDigest(SALT, poolSnapshotText('conflicts', pools.conflicts)) } },
      },
      seedSource: drand,
      replaces: null,
      at: COMMITTED_AT,
    });
  });

  it('is cited by the SHA-256 of its canonical JSON', () => {
    const { commitment, digest } = prepare();
    expect(digest).toBe(`sha256:${createHash('sha256').update(canonicalJson(commitment), 'utf8').digest('hex')}`);
    expect(commitmentDigest(Commitment.parse(JSON.parse(JSON.stringify(commitment))))).toBe(digest);
  });

  it('never holds the 回避 pairs, only their salted digest', () => {
    const text = canonicalJson(prepare().commitment);
    expect(text).not.toContain(pools.conflicts[0]!.inspectorId + '","targetId');
    expect(text).not.toContain(pools.digests.conflicts.digest);
  });

  it('changes with the salt, so that a small 回避 list cannot be guessed from it', () => {
    expect(prepare().digest).not.toBe(prepare({ salt: 'b2'.repeat(32) }).digest);
  });

  it('names the commitment it replaces and why', () => {
    const first = prepare();
    const second = prepare({ replaces: { commitment: first.digest, reason: '检查对象名录导入有误' }, at: '2023-08-23T15:20:00Z', seedSource: { ...drand, round: 300 } });
    expect(second.commitment.replaces).toEqual({ commitment: first.digest, reason: '检查对象名录导入有误' });
  });

  it('sorts witnesses by id, so that the order they signed in does not matter', () => {
    const commitments = witnessReveals.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) }));
    const forward = prepare({ seedSource: { type: 'witnesses', commitments } });
    const backward = prepare({ seedSource: { type: 'witnesses', commitments: [...commitments].reverse() } });
    expect(backward.digest).toBe(forward.digest);
  });

  it('refuses a drand round due less than the margin after the commitment', () => {
    const error = thrown(() => prepare({ seedSource: { ...drand, round: 20 } }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^the seed round is too early: round 20 is due at 2023-08-23T15:10:24.000Z, 57 s after the commitment .* so round 21 or later$/);
    expect(prepare({ seedSource: { ...drand, round: 21 } }).commitment.seedSource).toEqual({ ...drand, round: 21 });
  });

  it('refuses a drand chain fairdraw does not know', () => {
    expect(thrown(() => prepare({ seedSource: { ...drand, chain: '8990e7a9aaed2ffed73dbd7092123d6f289930540d7651336225dc172e51b2ce' } })).message).toMatch(/does not know drand chain/);
  });

  it('refuses a witness listed twice, a bad salt and an instant with an offset', () => {
    const twice: SeedSource = { type: 'witnesses', commitments: [{ witness: 'A', hash: witnessHash('x') }, { witness: 'A', hash: witnessHash('y') }] };
    expect(thrown(() => prepare({ seedSource: twice })).message).toMatch(/witness "A" is listed twice/);
    expect(thrown(() => prepare({ salt: 'short' })).message).toMatch(/salt is 32 bytes/);
    expect(thrown(() => prepare({ at: '2023-08-23T23:09:27+08:00' })).issues[0]?.path).toEqual(['at']);
  });
});

describe('saltedDigest', () => {
  it('is SHA-256 of the 32 salt bytes followed by the UTF-8 snapshot', () => {
    const snapshot = '{"count":0,"format":"fairdraw-pool/1","pool":"conflicts"}\n';
    const expected = createHash('sha256').update(Buffer.concat([Buffer.from(SALT, 'hex'), Buffer.from(snapshot, 'utf8')])).digest('hex');
    expect(saltedDigest(SALT, snapshot)).toBe(`sha256:${expected}`);
  });
});
