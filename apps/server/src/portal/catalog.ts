// What is public, read once per request: published plans, their tasks and the draws of those tasks.
import type { DrawEntry, PlanEntry, ResultEntry, Store, TaskEntry } from '@fairdraw/store';
import { publicResult, type PublicResult } from '../public-views.ts';

export interface Catalog {
  /** Published plans, the newest year first. */
  readonly plans: readonly PlanEntry[];
  /** Tasks of published plans, in creation order. */
  readonly tasks: readonly TaskEntry[];
  /** Draws of those tasks, in the order they were prepared. */
  readonly draws: readonly DrawEntry[];
  plan(id: number): PlanEntry | undefined;
  task(id: number): TaskEntry | undefined;
  draw(id: number): DrawEntry | undefined;
  drawsOf(taskId: number): DrawEntry[];
  /** The draw that replaced a cancelled one, if any. */
  replacedBy(drawId: number): DrawEntry | undefined;
}

/** Reads everything published; draft plans and whatever hangs off them are left out. */
export async function loadCatalog(store: Store): Promise<Catalog> {
  const plans = (await store.plans.list({ publishedOnly: true })).sort((a, b) => b.plan.year - a.plan.year || b.id - a.id);
  const planIds = new Set(plans.map((plan) => plan.id));
  const tasks = (await store.tasks.list()).filter((task) => planIds.has(task.planId)).sort((a, b) => a.id - b.id);
  const taskIds = new Set(tasks.map((task) => task.id));
  const draws = (await store.draws.list()).filter((draw) => taskIds.has(draw.taskId)).sort((a, b) => a.id - b.id);
  const plansById = new Map(plans.map((plan) => [plan.id, plan]));
  const tasksById = new Map(tasks.map((task) => [task.id, task]));
  const drawsById = new Map(draws.map((draw) => [draw.id, draw]));
  return {
    plans,
    tasks,
    draws,
    plan: (id) => plansById.get(id),
    task: (id) => tasksById.get(id),
    draw: (id) => drawsById.get(id),
    drawsOf: (taskId) => draws.filter((draw) => draw.taskId === taskId),
    replacedBy: (drawId) => draws.find((draw) => draw.replaces === drawId),
  };
}

/** A published result as the public reads it, and the later published version that corrects it. */
export interface ShownResult extends PublicResult {
  readonly correctedBy: number | null;
}

/**
 * Published results of one draw, each projected through publicResult (so findings, notes and
 * review notes are gone before a page sees them) and marked when a later version corrects it.
 */
export async function publishedResultsOf(store: Store, draw: DrawEntry): Promise<ShownResult[]> {
  const published = await publishedOfDraw(store, draw.id);
  return published.map((entry) => shownResult(entry, draw, published));
}

/** Shows a page of published results (from listPublished) the same way, with their corrections. */
export async function showPublished(store: Store, catalog: Catalog, entries: readonly ResultEntry[]): Promise<ShownResult[]> {
  const siblings = new Map<number, ResultEntry[]>();
  for (const drawId of new Set(entries.map((entry) => entry.drawId))) siblings.set(drawId, await publishedOfDraw(store, drawId));
  return entries.map((entry) => shownResult(entry, catalog.draw(entry.drawId), siblings.get(entry.drawId) ?? []));
}

async function publishedOfDraw(store: Store, drawId: number): Promise<ResultEntry[]> {
  return (await store.results.list({ drawId })).filter((entry) => entry.status === 'published');
}

function shownResult(entry: ResultEntry, draw: DrawEntry | undefined, published: readonly ResultEntry[]): ShownResult {
  const target = draw?.record?.selected.find((selected) => selected.target.id === entry.targetId)?.target;
  return { ...publicResult(entry, target), correctedBy: published.find((other) => other.corrects === entry.id)?.id ?? null };
}

/** Where a task stands, for the plan page and the home page. */
export interface TaskProgress {
  readonly label: string;
  readonly tone: 'waiting' | 'active' | 'done' | 'cancelled';
  /** The draw that counts now: the latest one. */
  readonly draw: DrawEntry | undefined;
}

/** 待抽取 → 已抽取 → 结果公示中 (x/y) → 结果已全部公示; or 已作废 when the latest draw was cancelled. */
export async function taskProgress(store: Store, catalog: Catalog, taskId: number): Promise<TaskProgress> {
  const draw = catalog.drawsOf(taskId).at(-1);
  if (draw === undefined) return { label: '待抽取', tone: 'waiting', draw };
  if (draw.status === 'prepared') return { label: '已准备，待抽取', tone: 'waiting', draw };
  if (draw.status === 'cancelled') return { label: '抽取已作废，待重新抽取', tone: 'cancelled', draw };
  const drawn = draw.record?.selected.length ?? 0;
  const done = new Set((await publishedResultsOf(store, draw)).map((result) => result.targetId)).size;
  if (drawn > 0 && done >= drawn) return { label: '检查结果已全部公示', tone: 'done', draw };
  if (done > 0) return { label: `检查结果公示中（${done}/${drawn}）`, tone: 'active', draw };
  return { label: '已抽取，检查进行中', tone: 'active', draw };
}

/** 检查实施机关: the bureau, and the other bodies of a joint inspection. */
export function inspectingBodies(plan: PlanEntry | undefined, task: TaskEntry | undefined): string {
  const bodies = [plan?.plan.bureau, ...(task?.planned.cooperatingDepartments ?? [])].filter((body): body is string => Boolean(body));
  return bodies.join('、');
}

/** Item names by code, for showing a task's item codes with their names. */
export async function itemNames(store: Store): Promise<Map<string, string>> {
  return new Map((await store.items.list()).map((entry) => [entry.item.code, entry.item.name]));
}
