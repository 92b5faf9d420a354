import { describe, expect, it } from 'vitest';
import { verifyLedger } from '@fairdraw/core';
import type { Store } from '../store.ts';
import { LEDGER_PUBLIC_KEY, by, commitmentOf, committedDrawRecord, drawRecord, ledgerEntry, outcome, SEED } from './_fixtures.ts';

/** Completing a committed draw: its record is drawn under the committed algorithm. */
const completeInput = () => ({ seed: SEED, seedSource: 'operator' as const, ...committedDrawRecord() });
import { refused, useStore } from './_expect.ts';
import { givenDirectories, givenTask, prepareInput } from './_scenarios.ts';

const evidence = { type: 'operator' as const, value: 'typed at the ceremony' };

/** Committed draws: the commitment, the draw, the cancellation and each result publication enter the ledger in the same write. */
export function drawsCommitmentsContract(open: () => Promise<Store>): void {
  describe('committed draws and the ledger', () => {
    const store = useStore(open);

    async function givenCommitted(n = 1) {
      const frozen = await givenDirectories(store());
      const { task } = await givenTask(store(), { n });
      const committed = commitmentOf(n);
      const draw = await store().draws.prepare(
        { ...prepareInput(task.id, frozen, n), commitment: { ...committed, ledger: ledgerEntry('commitment', { commitmentDigest: committed.digest, commitment: committed.commitment }) } },
        by('drawer'),
      );
      return { frozen, task, committed, draw };
    }

    const drawEntry = (digest: string, recordDigest: string) => ledgerEntry('draw', { commitmentDigest: digest, seed: SEED, recordDigest }, '2021-06-01T02:00:00Z');

    it('keeps the commitment with the draw and publishes it in the ledger, the salt kept apart', async () => {
      const { committed, draw } = await givenCommitted();
      expect(draw).toMatchObject({ status: 'prepared', commitment: committed.commitment, commitmentDigest: committed.digest, evidence: null });
      expect(JSON.stringify(draw)).not.toContain(committed.salt);
      expect(await store().draws.conflictsSalt(draw.id)).toBe(committed.salt);
      expect(await store().draws.byCommitment(committed.digest)).toEqual(draw);
      const ledger = await store().ledger.list();
      expect(ledger).toHaveLength(1);
      expect(ledger[0]).toMatchObject({ index: 0, type: 'commitment', payload: { commitmentDigest: committed.digest } });
      expect(verifyLedger(ledger, LEDGER_PUBLIC_KEY)).toMatchObject({ ok: true, count: 1 });
      expect(await store().ledger.head()).toEqual(ledger[0]);
    });

    it('refuses a commitment that does not bind what the draw freezes, writing nothing', async () => {
      const frozen = await givenDirectories(store());
      const { task } = await givenTask(store(), { n: 1 });
      const other = commitmentOf(2);
      const error = await refused(store(), () =>
        store().draws.prepare(
          { ...prepareInput(task.id, frozen, 1), commitment: { ...other, ledger: ledgerEntry('commitment', { commitmentDigest: other.digest, commitment: other.commitment }) } },
          by('drawer'),
        ),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain('its task is not the task the draw freezes');
      expect(await store().draws.list()).toEqual([]);
      expect(await store().ledger.list()).toEqual([]);
    });

    it('refuses a ledger entry that does not follow the ledger, or names another commitment', async () => {
      const { draw, committed } = await givenCommitted();
      const stale = await refused(store(), () =>
        store().draws.complete(draw.id, { ...completeInput(), evidence, ledger: () => ledgerEntry('draw', { commitmentDigest: committed.digest, seed: SEED, recordDigest: completeInput().recordDigest })(null) }, by('drawer')),
      );
      expect(stale.message).toContain('does not follow the ledger');
      const elsewhere = await refused(store(), () =>
        store().draws.complete(draw.id, { ...completeInput(), evidence, ledger: drawEntry(`sha256:${'0'.repeat(64)}`, completeInput().recordDigest) }, by('drawer')),
      );
      expect(elsewhere.message).toContain(`not ${committed.digest}`);
      expect((await store().draws.get(draw.id))?.status).toBe('prepared');
      expect(await store().ledger.list()).toHaveLength(1);
    });

    it('draws a committed draw only with its evidence and its ledger entry, and a record of the committed algorithm', async () => {
      const { draw, committed } = await givenCommitted();
      const input = completeInput();
      const plain = { seed: SEED, seedSource: 'operator' as const, ...drawRecord(), evidence, ledger: drawEntry(committed.digest, drawRecord().recordDigest) };
      expect((await refused(store(), () => store().draws.complete(draw.id, plain, by('drawer')))).message).toContain('not the committed fairdraw-draw/2');
      expect((await refused(store(), () => store().draws.complete(draw.id, input, by('drawer')))).message).toContain('with that source and its evidence');
      expect((await refused(store(), () => store().draws.complete(draw.id, { ...input, evidence }, by('drawer')))).message).toContain('recorded in the ledger');
      const drawn = await store().draws.complete(draw.id, { ...input, evidence, ledger: drawEntry(committed.digest, input.recordDigest) }, by('drawer'));
      expect(drawn).toMatchObject({ status: 'drawn', seedSource: 'operator', evidence, commitmentDigest: committed.digest });
      const about = await store().ledger.about(committed.digest);
      expect(about.map((entry) => [entry.index, entry.type])).toEqual([
        [0, 'commitment'],
        [1, 'draw'],
      ]);
      expect(verifyLedger(await store().ledger.list(), LEDGER_PUBLIC_KEY)).toMatchObject({ ok: true, count: 2 });
    });

    it('records the cancellation of a committed draw, and its replacement must name the commitment it replaces', async () => {
      const { draw, committed, task, frozen } = await givenCommitted();
      expect((await refused(store(), () => store().draws.cancel(draw.id, { reason: '见证人未到场' }, by('drawer')))).message).toContain('recorded in the ledger');
      await store().draws.cancel(draw.id, { reason: '见证人未到场', ledger: ledgerEntry('cancellation', { commitmentDigest: committed.digest, reason: '见证人未到场' }) }, by('drawer'));
      const unnamed = commitmentOf(1);
      const fresh = { ...unnamed, commitment: { ...unnamed.commitment, at: '2021-06-02T00:00:00Z' } };
      const next = commitmentOf(1, { commitment: committed.digest, reason: '见证人未到场' });
      const refusedReplacement = await refused(store(), () =>
        store().draws.prepare(
          { ...prepareInput(task.id, frozen, 1, draw.id), commitment: { ...fresh, digest: commitmentOf(1).digest, ledger: ledgerEntry('commitment', { commitmentDigest: fresh.digest, commitment: fresh.commitment }) } },
          by('drawer'),
        ),
      );
      expect(refusedReplacement.code).toBe('CONFLICT');
      const replacement = await store().draws.prepare(
        { ...prepareInput(task.id, frozen, 1, draw.id), commitment: { ...next, ledger: ledgerEntry('commitment', { commitmentDigest: next.digest, commitment: next.commitment }) } },
        by('drawer'),
      );
      expect(replacement.commitment?.replaces).toEqual({ commitment: committed.digest, reason: '见证人未到场' });
      expect((await store().ledger.list()).map((entry) => entry.type)).toEqual(['commitment', 'cancellation', 'commitment']);
    });

    it('records each publication of a result of a committed draw', async () => {
      const { draw, committed } = await givenCommitted();
      const input = completeInput();
      const drawn = await store().draws.complete(draw.id, { ...input, evidence, ledger: drawEntry(committed.digest, input.recordDigest) }, by('drawer'));
      const targetId = drawn.record!.selected[0]!.target.id;
      const entered = await store().results.enter({ drawId: draw.id, targetId, outcome: outcome(), corrects: null }, by('clerk'));
      const reviewed = await store().results.transition(entered.id, { from: 'entered', to: 'reviewed' }, by('reviewer'));
      expect((await refused(store(), () => store().results.transition(reviewed.id, { from: 'reviewed', to: 'published' }, by('reviewer')))).message).toContain('recorded in the ledger');
      const ledger = ledgerEntry('result', { recordDigest: input.recordDigest, commitmentDigest: committed.digest, resultId: reviewed.id, targetId });
      const published = await store().results.transition(reviewed.id, { from: 'reviewed', to: 'published', ledger }, by('reviewer'));
      expect(published.status).toBe('published');
      expect((await store().ledger.about(committed.digest)).map((entry) => entry.type)).toEqual(['commitment', 'draw', 'result']);
    });

    it('pages through the ledger', async () => {
      const { draw, committed } = await givenCommitted();
      await store().draws.cancel(draw.id, { reason: '停电', ledger: ledgerEntry('cancellation', { commitmentDigest: committed.digest, reason: '停电' }) }, by('drawer'));
      expect((await store().ledger.list({ from: 1 })).map((entry) => entry.index)).toEqual([1]);
      expect((await store().ledger.list({ from: 0, limit: 1 })).map((entry) => entry.index)).toEqual([0]);
      expect(await store().ledger.list({ from: 5 })).toEqual([]);
    });
  });
}
