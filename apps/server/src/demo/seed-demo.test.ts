import { describe, expect, it } from 'vitest';
import { parseBundle, verifyBundle, verifyLedger } from '@fairdraw/core';
import { createSqliteStore } from '@fairdraw/store';
import { ephemeralTrust } from '../trust/ephemeral-trust.ts';
import { drawBundle } from '../services/bundles.ts';
import { seedDemo } from './seed-demo.ts';

describe('the demo bureau', () => {
  it('is made through the service: witnessed draws whose bundles verify, and a ledger that runs forward in time', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    const trust = ephemeralTrust();
    await seedDemo(store, trust);
    const draws = await store.draws.list();
    expect(draws.map((draw) => [draw.status, draw.commitment?.seedSource.type])).toEqual([
      ['drawn', 'witnesses'],
      ['drawn', 'witnesses'],
      ['prepared', 'witnesses'],
    ]);
    for (const draw of draws.filter((d) => d.status === 'drawn')) {
      const verdict = verifyBundle(parseBundle(JSON.parse(JSON.stringify(await drawBundle(store, trust, draw.id, { auditor: true })))), { publicKey: trust.ledger.publicKey });
      expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    }
    const ledger = await store.ledger.list();
    expect(verifyLedger(ledger, trust.ledger.publicKey)).toMatchObject({ ok: true });
    expect(ledger.map((entry) => entry.type)).toEqual(['commitment', 'draw', 'result', 'result', 'commitment', 'draw', 'commitment']);
    const times = ledger.map((entry) => entry.at);
    expect(times).toEqual([...times].sort());
    expect(await trust.ledger.verify(store, new Date())).toBeNull();
    await store.close();
  });
});
