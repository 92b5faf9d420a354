// The known-answer vectors of docs/trust-spec.md. A published vector never changes: a change
// that alters one is a new format version (fairdraw-commitment/2, …), never an edit.
import { describe, expect, it } from 'vitest';
import { Task } from '../model/task.ts';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { appendEntry } from './append-entry.ts';
import { Commitment, commitmentDigest } from './commitment.ts';
import { deriveSeed } from './derive-seed.ts';
import { saltedDigest } from './salted-digest.ts';
import { verifyBeacon } from './drand-beacon.ts';
import { QUICKNET } from './drand-chain.ts';
import { verifyLedger } from './verify-ledger.ts';
import { round123 } from './_vectors.ts';
import { PRIVATE_KEY, PUBLIC_KEY } from './_fixtures.ts';
import { recordConflictsDigest } from '../draw/algorithm.ts';
import { Conflict } from '../model/conflict.ts';

const SALT = 'a1'.repeat(32);
const CONFLICTS = '{"count":1,"format":"fairdraw-pool/1","pool":"conflicts"}\n{"inspectorId":"I001","targetId":"31440310000000003D"}\n';
const SALTED = 'sha256:233cf7cb3a21603f3b4f169cb0b87e08f0467281d7b621f1920101891e042f58';
const COMMITMENT_JSON =
  '{"algorithm":"fairdraw-draw/1","at":"2023-08-23T15:09:27Z","directories":{"internal":{"conflicts":{"count":1,"saltedDigest":"' +
  SALTED +
  '"}},"public":{"inspectors":{"count":8,"digest":"sha256:' +
  '22'.repeat(32) +
  '"},"targets":{"count":12,"digest":"sha256:' +
  '11'.repeat(32) +
  '"}}},"format":"fairdraw-commitment/1","replaces":null,"seedSource":{"chain":"52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971","round":123,"type":"drand"},"task":{"eligibility":{"excludeInspectedWithinDays":null,"kinds":["law_firm"],"maxInspectionsPerYear":null,"regions":null,"statuses":["active"]},"items":["LS-01"],"name":"律师事务所执业活动检查","number":"坪司抽查〔2024〕1号","referenceDate":"2024-03-01","sample":{"count":2},"strata":{},"stratifyByRisk":false,"team":{"groups":[{"department":null,"requiredFields":[],"requiredFieldsByKind":{},"size":2}],"maxTargetsPerInspector":null}}}';
const COMMITMENT_DIGEST = 'sha256:17b4d02de6fa3b4763c11d7f0b8be4f1d13a07a4a9e879938a76b941071e3a62';

describe('trust-spec known answers', () => {
  it('§3.3 salted digest of a one-pair 回避 list', () => {
    expect(saltedDigest(SALT, CONFLICTS)).toBe(SALTED);
  });

  it('§3.3 a fairdraw-draw/2 record carries that salted digest for that list and salt (draw-spec §13)', () => {
    const pairs = [Conflict.parse({ inspectorId: 'I001', targetId: '31440310000000003D' })];
    expect(recordConflictsDigest('fairdraw-draw/2', pairs, SALT)).toEqual({ count: 1, digest: SALTED });
    expect(recordConflictsDigest('fairdraw-draw/1', pairs).digest).not.toBe(SALTED);
  });

  it('§3.4 commitment canonical JSON and digest', () => {
    const task = Task.parse({ number: '坪司抽查〔2024〕1号', name: '律师事务所执业活动检查', items: ['LS-01'], referenceDate: '2024-03-01', eligibility: { kinds: ['law_firm'] }, sample: { count: 2 }, team: { groups: [{ size: 2 }] } });
    const commitment = Commitment.parse({
      format: 'fairdraw-commitment/1',
      algorithm: 'fairdraw-draw/1',
      task,
      directories: {
        public: { targets: { count: 12, digest: `sha256:${'11'.repeat(32)}` }, inspectors: { count: 8, digest: `sha256:${'22'.repeat(32)}` } },
        internal: { conflicts: { count: 1, saltedDigest: SALTED } },
      },
      seedSource: { type: 'drand', chain: QUICKNET.hash, round: 123 },
      replaces: null,
      at: '2023-08-23T15:09:27Z',
    });
    expect(canonicalJson(commitment)).toBe(COMMITMENT_JSON);
    expect(commitmentDigest(commitment)).toBe(COMMITMENT_DIGEST);
    expect(commitmentDigest(Commitment.parse(JSON.parse(COMMITMENT_JSON)))).toBe(COMMITMENT_DIGEST);
  });

  it('§5 seed of that commitment from quicknet round 123', () => {
    const beacon = verifyBeacon(round123, QUICKNET, { round: 123, chainHash: QUICKNET.hash });
    expect(beacon.ok && deriveSeed(COMMITMENT_DIGEST, beacon.randomness)).toBe('d647906bb90f52ca64d92e94cbfd40342ed75f17b609799edc3d82f1c6ef0f08');
  });

  it('§7 two ledger entries signed with the RFC 8032 test 1 key', () => {
    const first = appendEntry(null, { type: 'cancellation', at: '2024-01-02T03:04:05Z', payload: { commitmentDigest: `sha256:${'ab'.repeat(32)}`, reason: '名录有误' } }, PRIVATE_KEY);
    const second = appendEntry(first, { type: 'result', at: '2024-01-03T00:00:00Z', payload: { recordDigest: `sha256:${'cd'.repeat(32)}`, inspected: 3 } }, PRIVATE_KEY);
    expect(first.hash).toBe('085814215fe9990147b8fc363bdc21ca3f8c9958eff5a7bee01a55f9a0748868');
    expect(first.signature).toBe('059f626617502d4594fc73cc11d092905fd3db46ceff0ecdfe90c98b28d660629c2c58fc83b76b536dd8995181c5dbffd7f6ac9757f6c5f1995f886f489fe700');
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toBe('7bbf0ff34b1c8dc9927a74cdeae0c859d34fe65a53e2bfc24ab1b94fe12c4c2c');
    expect(second.signature).toBe('f8eacad1f64b1a4d735df3af635e65e68d2c10c6d7c0c4365b96d965d1fecfe498d2e421a0704045011791e60482663c3f04dd6031aa48e1079498d281ff0100');
    expect(verifyLedger([first, second], PUBLIC_KEY).ok).toBe(true);
  });
});
