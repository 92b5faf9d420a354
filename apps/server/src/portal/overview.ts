// The home page's data, also served as its JSON twin (/api/v1/public/overview).
import type { DrawEntry, Store } from '@fairdraw/store';
import { loadCatalog, showPublished, taskProgress, type ShownResult } from './catalog.ts';
import { chinaDay } from './format.ts';

const LATEST = 5;

/** When a draw last changed state: the instant a reader saw something new about it. */
export function drawChangedAt(draw: DrawEntry): string {
  return draw.cancelledAt ?? draw.drawnAt ?? draw.preparedAt;
}

export interface Overview {
  readonly bureau: string | null;
  /** The current year in China. */
  readonly year: number;
  /** This year's plan, or the latest published one when this year's is not out yet. */
  readonly plan: {
    readonly id: number;
    readonly year: number;
    readonly title: string;
    readonly publishedAt: string | null;
    readonly tasks: readonly { id: number; number: string; name: string; window: { start: string; end: string }; status: string; tone: string; drawId: number | null }[];
  } | null;
  readonly latestDraws: readonly { id: number; taskId: number; taskNumber: string; taskName: string; status: string; changedAt: string; targets: number }[];
  readonly latestResults: readonly ShownResult[];
  readonly totals: { readonly plans: number; readonly tasks: number; readonly draws: number; readonly results: number };
}

/** Everything the home page shows, from published data only. */
export async function overview(store: Store, now: Date): Promise<Overview> {
  const catalog = await loadCatalog(store);
  const year = Number(chinaDay(now.toISOString()).slice(0, 4));
  const plan = catalog.plans.find((entry) => entry.plan.year === year) ?? catalog.plans[0];
  const tasks = plan === undefined ? [] : catalog.tasks.filter((task) => task.planId === plan.id);
  const latestDraws = [...catalog.draws].sort((a, b) => drawChangedAt(b).localeCompare(drawChangedAt(a)) || b.id - a.id).slice(0, LATEST);
  const page = await store.results.listPublished({ limit: LATEST });
  return {
    bureau: catalog.plans[0]?.plan.bureau ?? null,
    year,
    plan:
      plan === undefined
        ? null
        : {
            id: plan.id,
            year: plan.plan.year,
            title: plan.plan.title,
            publishedAt: plan.publishedAt,
            tasks: await Promise.all(
              tasks.map(async (task) => {
                const progress = await taskProgress(store, catalog, task.id);
                const { number, name } = task.planned.task;
                return { id: task.id, number, name, window: task.planned.window, status: progress.label, tone: progress.tone, drawId: progress.draw?.id ?? null };
              }),
            ),
          },
    latestDraws: latestDraws.map((draw) => ({
      id: draw.id,
      taskId: draw.taskId,
      taskNumber: draw.task.number,
      taskName: draw.task.name,
      status: draw.status,
      changedAt: drawChangedAt(draw),
      targets: draw.record?.selected.length ?? 0,
    })),
    latestResults: await showPublished(store, catalog, page.results),
    totals: { plans: catalog.plans.length, tasks: catalog.tasks.length, draws: catalog.draws.length, results: page.total },
  };
}
