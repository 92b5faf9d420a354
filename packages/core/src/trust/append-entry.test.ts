import { verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { thrown } from '../load/_fixtures.ts';
import { appendEntry } from './append-entry.ts';
import { ed25519PublicKey } from './ed25519-keys.ts';
import { GENESIS_PREV_HASH, entryHash } from './ledger-entry.ts';
import { PRIVATE_KEY, PUBLIC_KEY, committedDraw } from './_fixtures.ts';
import { createHash } from 'node:crypto';

const cancellation = { type: 'cancellation', at: '2024-01-02T03:04:05Z', payload: { commitmentDigest: `sha256:${'ab'.repeat(32)}`, reason: '名录有误' } } as const;

describe('appendEntry', () => {
  it('opens the ledger at index 0 with 64 zeros as the previous hash', () => {
    const entry = appendEntry(null, cancellation, PRIVATE_KEY);
    expect(entry).toMatchObject({ index: 0, prevHash: GENESIS_PREV_HASH, type: 'cancellation', at: cancellation.at, payload: cancellation.payload });
  });

  it('hashes the canonical JSON of the entry without hash and signature (known answer)', () => {
    const entry = appendEntry(null, cancellation, PRIVATE_KEY);
    const text = '{"at":"2024-01-02T03:04:05Z","index":0,"payload":{"commitmentDigest":"sha256:' + 'ab'.repeat(32) + '","reason":"名录有误"},"prevHash":"' + '0'.repeat(64) + '","type":"cancellation"}';
    expect(canonicalJson({ index: 0, prevHash: GENESIS_PREV_HASH, type: 'cancellation', at: cancellation.at, payload: cancellation.payload })).toBe(text);
    expect(entry.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(entry.hash).toBe(entryHash(entry));
  });

  it('signs the 32 bytes of the hash with Ed25519', () => {
    const entry = appendEntry(null, cancellation, PRIVATE_KEY);
    expect(verify(null, Buffer.from(entry.hash, 'hex'), ed25519PublicKey(PUBLIC_KEY), Buffer.from(entry.signature, 'hex'))).toBe(true);
  });

  it('links each entry to the one before', () => {
    const first = appendEntry(null, cancellation, PRIVATE_KEY);
    const second = appendEntry(first, { ...cancellation, at: '2024-01-02T03:04:06Z' }, PRIVATE_KEY);
    expect(second).toMatchObject({ index: 1, prevHash: first.hash });
  });

  it('stores a commitment entry with the commitment in normal form', () => {
    const { ledger, commitment } = committedDraw();
    expect(canonicalJson(ledger[1]!.payload.commitment ?? null)).toBe(canonicalJson(commitment));
  });

  it('refuses a payload that does not fit its type, naming the field', () => {
    const error = thrown(() => appendEntry(null, { type: 'draw', at: '2024-01-02T03:04:05Z', payload: { seed: 'xyz' } }, PRIVATE_KEY));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((issue) => issue.path.join('.'))).toEqual(['payload.commitmentDigest', 'payload.seed', 'payload.recordDigest']);
  });

  it('refuses fractions in a result summary, which canonical JSON cannot hold', () => {
    expect(thrown(() => appendEntry(null, { type: 'result', at: '2024-01-02T03:04:05Z', payload: { recordDigest: `sha256:${'0'.repeat(64)}`, rate: 0.5 } }, PRIVATE_KEY)).code).toBe('INVALID_INPUT');
  });

  it('refuses an instant with an offset', () => {
    expect(thrown(() => appendEntry(null, { ...cancellation, at: '2024-01-02T11:04:05+08:00' }, PRIVATE_KEY)).issues[0]?.path).toEqual(['at']);
  });
});
