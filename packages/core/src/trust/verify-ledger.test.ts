import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { appendEntry } from './append-entry.ts';
import { entryHash, type LedgerEntry } from './ledger-entry.ts';
import { verifyLedger } from './verify-ledger.ts';
import { ed25519PrivateKey } from './ed25519-keys.ts';
import { OTHER_PRIVATE_KEY, PRIVATE_KEY, PUBLIC_KEY } from './_fixtures.ts';

const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

function ledger(length: number, key = PRIVATE_KEY): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (let n = 0; n < length; n++) {
    const input =
      n % 2 === 0
        ? { type: 'cancellation' as const, at: `2024-05-0${1 + (n % 9)}T08:00:00Z`, payload: { commitmentDigest: digest(n), reason: `第${n}次：名录有误` } }
        : { type: 'result' as const, at: `2024-05-0${1 + (n % 9)}T09:30:00.250Z`, payload: { recordDigest: digest(n), inspected: n, closed: n % 3 === 0 } };
    entries.push(appendEntry(entries.at(-1) ?? null, input, key));
  }
  return entries;
}

const six = ledger(6);

/** Re-signs an entry with `key` after recomputing its hash: what a forger without the bureau's key can do. */
function resigned(entry: Omit<LedgerEntry, 'hash' | 'signature'>, key: string): LedgerEntry {
  const hash = entryHash(entry);
  return { ...entry, hash, signature: sign(null, Buffer.from(hash, 'hex'), ed25519PrivateKey(key)).toString('hex') };
}

describe('verifyLedger', () => {
  it('accepts an intact ledger and reports its head', () => {
    expect(verifyLedger(six, PUBLIC_KEY)).toEqual({ ok: true, count: 6, head: { index: 5, hash: six[5]!.hash } });
    expect(verifyLedger([], PUBLIC_KEY)).toEqual({ ok: true, count: 0, head: null });
  });

  test.prop([fc.integer({ min: 0, max: 5 }), fc.nat(), fc.constantFrom(...'0123456789abcdefXZ:.-"{}é名')])(
    'names the changed entry when any one character of it changes',
    (k, at, replacement) => {
      const text = JSON.stringify(six[k]);
      const position = at % text.length;
      fc.pre(text[position] !== replacement);
      let changed: unknown;
      try {
        changed = JSON.parse(text.slice(0, position) + replacement + text.slice(position + 1));
      } catch {
        fc.pre(false);
      }
      const result = verifyLedger([...six.slice(0, k), changed, ...six.slice(k + 1)], PUBLIC_KEY);
      expect(result).toMatchObject({ ok: false, position: k });
    },
  );

  it('says an entry was changed after it was written', () => {
    const changed = { ...six[3]!, payload: { ...six[3]!.payload, inspected: 4 } };
    const result = verifyLedger([...six.slice(0, 3), changed, ...six.slice(4)], PUBLIC_KEY);
    expect(result).toMatchObject({ ok: false, position: 3, index: 3, failure: 'hash-mismatch' });
    expect(!result.ok && result.problem).toMatch(/^entry #3 was changed after it was written: its contents hash to [0-9a-f]{64}, but it carries [0-9a-f]{64}$/);
  });

  it('names a deleted entry', () => {
    const result = verifyLedger([...six.slice(0, 2), ...six.slice(3)], PUBLIC_KEY);
    expect(result).toMatchObject({ ok: false, position: 2, index: 3, failure: 'index-gap', problem: 'entry #3 follows entry #1: entry #2 is missing' });
    expect(verifyLedger(six.slice(1), PUBLIC_KEY)).toMatchObject({ ok: false, position: 0, failure: 'index-gap', problem: 'the ledger starts at entry #1: entry #0 is missing' });
  });

  it('names two swapped entries', () => {
    const result = verifyLedger([six[0], six[1], six[3], six[2], six[4], six[5]], PUBLIC_KEY);
    expect(result).toMatchObject({ ok: false, position: 2, index: 3, failure: 'reordered', problem: 'entry #3 is out of order: it comes after entry #1, and entry #2 comes after it' });
  });

  it('names an entry that appears twice', () => {
    expect(verifyLedger([...six.slice(0, 4), six[3], six[4]], PUBLIC_KEY)).toMatchObject({ ok: false, position: 4, failure: 'reordered' });
  });

  it('notices a cut-off tail only against the published head', () => {
    expect(verifyLedger(six.slice(0, 5), PUBLIC_KEY).ok).toBe(true);
    expect(verifyLedger(six.slice(0, 5), PUBLIC_KEY, { head: { index: 5, hash: six[5]!.hash } })).toMatchObject({ ok: false, failure: 'truncated' });
    expect(verifyLedger(six, PUBLIC_KEY, { head: { index: 5, hash: six[5]!.hash } }).ok).toBe(true);
  });

  it('refuses a ledger re-signed with another key, at its first entry', () => {
    expect(verifyLedger(ledger(6, OTHER_PRIVATE_KEY), PUBLIC_KEY)).toMatchObject({ ok: false, position: 0, failure: 'bad-signature', problem: "entry #0 is not signed by the bureau's key: its signature does not verify" });
  });

  it('refuses an entry rewritten and re-hashed by someone without the bureau’s key', () => {
    const { hash: _hash, signature: _signature, ...body } = six[2]!;
    const forged = resigned({ ...body, payload: { ...body.payload, reason: '无' } }, OTHER_PRIVATE_KEY);
    const result = verifyLedger([six[0], six[1], forged, ...six.slice(3)], PUBLIC_KEY);
    // The forger's entry verifies as a hash, so the break shows as its signature.
    expect(result).toMatchObject({ ok: false, position: 2, failure: 'bad-signature' });
  });

  it('refuses an entry that names the wrong previous entry even when its hash is recomputed', () => {
    const { hash: _hash, signature: _signature, ...body } = six[4]!;
    const forged = resigned({ ...body, prevHash: six[2]!.hash }, PRIVATE_KEY);
    expect(verifyLedger([...six.slice(0, 4), forged, six[5]], PUBLIC_KEY)).toMatchObject({ ok: false, position: 4, failure: 'chain-break' });
  });

  it('refuses a first entry that does not start from 64 zeros', () => {
    const { hash: _hash, signature: _signature, ...body } = six[0]!;
    expect(verifyLedger([resigned({ ...body, prevHash: 'f'.repeat(64) }, PRIVATE_KEY)], PUBLIC_KEY)).toMatchObject({ ok: false, position: 0, failure: 'chain-break' });
  });

  it('reports a malformed entry with its field', () => {
    const result = verifyLedger([six[0], { ...six[1], extra: true }], PUBLIC_KEY);
    expect(result).toMatchObject({ ok: false, position: 1, failure: 'malformed' });
    expect(!result.ok && result.problem).toMatch(/^the entry at position 1 is not a ledger entry: /);
  });
});

describe('verifyLedger on an excerpt', () => {
  it('accepts entries of one draw that skip others, in order', () => {
    expect(verifyLedger([six[1], six[2], six[4]], PUBLIC_KEY, { excerpt: true })).toMatchObject({ ok: true, count: 3 });
    expect(verifyLedger([six[1], six[2], six[4]], PUBLIC_KEY)).toMatchObject({ ok: false, failure: 'index-gap' });
  });

  it('still refuses entries out of order and broken links between neighbours', () => {
    expect(verifyLedger([six[4], six[2]], PUBLIC_KEY, { excerpt: true })).toMatchObject({ ok: false, position: 1, failure: 'reordered' });
    const { hash: _hash, signature: _signature, ...body } = six[3]!;
    const unlinked = resigned({ ...body, prevHash: six[0]!.hash }, PRIVATE_KEY);
    expect(verifyLedger([six[2], unlinked], PUBLIC_KEY, { excerpt: true })).toMatchObject({ ok: false, position: 1, failure: 'chain-break' });
  });
});
