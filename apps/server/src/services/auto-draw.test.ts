import { afterEach, describe, expect, it } from 'vitest';
import type { DrawEntry } from '@fairdraw/store';
import { publishedJointTask, testApp } from '../_test-app.ts';
import { httpBeaconRelay } from '../trust/beacon-relay.ts';
import { RECORDED_ROUNDS, startFakeRelay, type FakeRelay } from '../trust/_fake-relay.ts';
import { AUTO_DRAW_ACTOR, drawDueDraws } from './auto-draw.ts';

const BEFORE_ROUND_123 = Date.parse('2023-08-23T15:10:00.000Z');
const ROUND_123_DUE = Date.parse('2023-08-23T15:15:33.000Z');

describe('drawing when the drand round is out', () => {
  let relay: FakeRelay | undefined;
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
  });

  async function setUp(urls: string[]) {
    let now = BEFORE_ROUND_123;
    const clock = () => new Date(now);
    const t = await testApp({ clock, relay: httpBeaconRelay(urls) });
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: { type: 'drand', round: 123 } } });
    const deps = { store: t.store, trust: t.trust, clock, logger: t.logger };
    return { t, deps, id: prepared.body.id, setNow: (ms: number) => void (now = ms) };
  }

  it('draws a prepared draw once its round is out, as the service itself, and only once', async () => {
    relay = await startFakeRelay();
    const { t, deps, id, setNow } = await setUp([relay.url]);
    expect(await drawDueDraws(deps)).toEqual([]);
    expect(relay.requests).toEqual([]);
    setNow(ROUND_123_DUE);
    const [drawn] = await drawDueDraws(deps);
    expect(drawn).toMatchObject({ id, status: 'drawn', drawnBy: AUTO_DRAW_ACTOR, evidence: { type: 'drand', beacon: RECORDED_ROUNDS[123] } });
    expect(await drawDueDraws(deps)).toEqual([]);
    expect(relay.requests).toHaveLength(1);
    expect((await t.store.ledger.list()).map((entry) => entry.type)).toEqual(['commitment', 'draw']);
  });

  it('keeps trying while no relay answers, saying so once', async () => {
    const { t, deps, id, setNow } = await setUp([]);
    setNow(ROUND_123_DUE + 60_000);
    const reported = new Set<number>();
    expect(await drawDueDraws(deps, reported)).toEqual([]);
    expect(await drawDueDraws(deps, reported)).toEqual([]);
    expect(t.logger.lines.filter((line) => line.msg === 'waiting for a drand relay to draw a draw whose round is out')).toEqual([expect.objectContaining({ level: 'warn', drawId: id, code: 'BEACON_UNAVAILABLE' })]);
    expect((await t.store.draws.get(id))?.status).toBe('prepared');
  });
});
