import type { DrawEntry } from '@fairdraw/store';
import type { AppDeps } from '../env.ts';
import { toApiError } from '../middleware/error-handler.ts';
import { performDraw } from './draws.ts';
import { seedFacts } from '../trust/seed-facts.ts';

/** Who draws when nobody clicks: the service itself, in the audit log and on the record. */
export const AUTO_DRAW_ACTOR = 'system';

/**
 * Draws every prepared draw whose drand round is out, fetching the round from the relays. The
 * moment of a drand draw is fixed by its commitment, so nobody needs to — or can — choose it;
 * a draw left prepared after its round would otherwise invite the question why. Draws that
 * fail for want of a relay are tried again on the next pass; other failures are logged once.
 * Returns the draws drawn in this pass.
 */
export async function drawDueDraws(deps: AppDeps, reported: Set<number> = new Set()): Promise<DrawEntry[]> {
  const { store, trust, logger } = deps;
  if (trust.ledger.problem() !== null) return [];
  const now = deps.clock();
  // Overdue: prepared, with a drand round whose time has come.
  const due = (await store.draws.list()).filter((draw) => seedFacts(draw, now).overdue);
  const drawn: DrawEntry[] = [];
  for (const draw of due) {
    try {
      drawn.push(await performDraw(store, trust, { drawId: draw.id, evidence: {} }, { actor: AUTO_DRAW_ACTOR, at: deps.clock().toISOString() }));
      logger.info('drew a draw whose drand round is out', { drawId: draw.id });
    } catch (error) {
      const known = toApiError(error);
      if (known?.code === 'CONFLICT') continue; // drawn or cancelled meanwhile by staff
      if (!reported.has(draw.id)) {
        // Said once per draw; a relay that is down is tried again on every pass.
        reported.add(draw.id);
        const fields = { drawId: draw.id, code: known?.code ?? 'INTERNAL', error: error instanceof Error ? error.message : String(error) };
        if (known?.code === 'BEACON_UNAVAILABLE') logger.warn('waiting for a drand relay to draw a draw whose round is out', fields);
        else logger.error('cannot draw a draw whose drand round is out', fields);
      }
    }
  }
  return drawn;
}

/** Runs drawDueDraws every `intervalMs` until stopped; one pass at a time. */
export function startAutoDraw(deps: AppDeps, intervalMs: number): { stop(): void } {
  const reported = new Set<number>();
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void drawDueDraws(deps, reported)
      .catch((error: unknown) => deps.logger.error('automatic draw pass failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
