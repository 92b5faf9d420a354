import { afterEach, describe, expect, it } from 'vitest';
import { QUICKNET } from '@fairdraw/core';
import { httpBeaconRelay } from './beacon-relay.ts';
import { RECORDED_ROUNDS, startFakeRelay, type FakeRelay } from './_fake-relay.ts';

describe('the drand relay client', () => {
  const relays: FakeRelay[] = [];
  afterEach(async () => {
    for (const relay of relays.splice(0)) await relay.close();
  });

  it('asks the relays in order and takes the first that serves the round', async () => {
    const empty = await startFakeRelay(() => undefined);
    const full = await startFakeRelay();
    relays.push(empty, full);
    const beacon = await httpBeaconRelay([empty.url, `${full.url}/`]).fetch(QUICKNET.hash, 123);
    expect(beacon).toMatchObject(RECORDED_ROUNDS[123]);
    expect(empty.requests).toEqual([`/${QUICKNET.hash}/public/123`]);
    expect(full.requests).toEqual([`/${QUICKNET.hash}/public/123`]);
  });

  it('says which relays failed and how, and that a pasted beacon will do', async () => {
    const empty = await startFakeRelay(() => undefined);
    relays.push(empty);
    const closed = await startFakeRelay();
    await closed.close();
    const failure = httpBeaconRelay([empty.url, closed.url], { timeoutMs: 2_000 }).fetch(QUICKNET.hash, 123);
    await expect(failure).rejects.toMatchObject({ status: 502, code: 'BEACON_UNAVAILABLE' });
    await expect(failure).rejects.toThrow(new RegExp(`${empty.url}: HTTP 404.*${closed.url}: .*paste the beacon JSON`));
  });

  it('without relays asks for the beacon to be pasted', async () => {
    await expect(httpBeaconRelay([]).fetch(QUICKNET.hash, 123)).rejects.toThrow(/no drand relay configured: paste the beacon of round 123/);
  });
});
