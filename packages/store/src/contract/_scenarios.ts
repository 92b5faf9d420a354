// Stores brought to a state a test starts from, through the Store's own methods.
import type { PoolDigest, PoolName } from '@fairdraw/core';
import type { DrawEntry, PlanEntry, ResultEntry, TaskEntry } from '../entities.ts';
import type { Store } from '../store.ts';
import { by, drawRecord, outcome, plan, plannedTask, pools, SEED, task } from './_fixtures.ts';

export interface Frozen {
  /** Directory version ids (DirectoryVersionMeta.id), which directories.get finds. */
  versions: { [P in PoolName]: number };
  digests: { [P in PoolName]: PoolDigest };
}

/** Appends the fixture pools as version 1 of each directory. */
export async function givenDirectories(store: Store): Promise<Frozen> {
  const targets = await store.directories.append({ pool: 'targets', records: pools.targets, digest: pools.digests.targets, reason: 'import 律所名录2021.xlsx' }, by('admin'));
  const inspectors = await store.directories.append(
    { pool: 'inspectors', records: pools.inspectors, digest: pools.digests.inspectors, reason: 'import 执法人员2021.xlsx' },
    by('admin'),
  );
  const conflicts = await store.directories.append({ pool: 'conflicts', records: pools.conflicts, digest: pools.digests.conflicts, reason: 'import 回避2021.xlsx' }, by('admin'));
  return {
    versions: { targets: targets.id, inspectors: inspectors.id, conflicts: conflicts.id },
    digests: pools.digests,
  };
}

/** A plan for `year` with task n. */
export async function givenTask(store: Store, options: { n?: number; year?: number } = {}): Promise<{ plan: PlanEntry; task: TaskEntry }> {
  const planEntry = await store.plans.create(plan(options.year), by('planner'));
  const taskEntry = await store.tasks.create(planEntry.id, plannedTask(options.n), by('planner'));
  return { plan: planEntry, task: taskEntry };
}

/** The input that prepares the first draw of task n. */
export function prepareInput(taskId: number, frozen: Frozen, n = 1, replaces: number | null = null) {
  return { taskId, task: task(n), versions: frozen.versions, digests: frozen.digests, replaces };
}

/** A prepared draw of a new task (directories appended first, unless given). */
export async function givenPreparedDraw(store: Store, options: { n?: number; year?: number; frozen?: Frozen } = {}) {
  const frozen = options.frozen ?? (await givenDirectories(store));
  const { plan: planEntry, task: taskEntry } = await givenTask(store, options);
  const drawEntry = await store.draws.prepare(prepareInput(taskEntry.id, frozen, options.n), by('drawer'));
  return { frozen, plan: planEntry, task: taskEntry, draw: drawEntry };
}

/** The input that completes a draw of task n with the fixture seed. */
export function completeInput(n = 1) {
  return { seed: SEED, seedSource: 'operator' as const, ...drawRecord(n) };
}

/** A drawn draw of a new task, with the ids of the targets it selected. */
export async function givenDrawnDraw(store: Store, options: { n?: number; year?: number; frozen?: Frozen } = {}) {
  const prepared = await givenPreparedDraw(store, options);
  const drawn: DrawEntry = await store.draws.complete(prepared.draw.id, completeInput(options.n), by('drawer'));
  const selected = drawn.record?.selected ?? [];
  return { ...prepared, draw: drawn, selected, targetIds: selected.map((entry) => entry.target.id) };
}

/** A result for a drawn target, taken through the workflow to `status`. */
export async function givenResult(
  store: Store,
  input: { drawId: number; targetId: string; status: 'entered' | 'reviewed' | 'published'; corrects?: number | null },
): Promise<ResultEntry> {
  let result = await store.results.enter({ drawId: input.drawId, targetId: input.targetId, outcome: outcome(), corrects: input.corrects ?? null }, by('clerk'));
  if (input.status === 'entered') return result;
  result = await store.results.transition(result.id, { from: 'entered', to: 'reviewed' }, by('reviewer'));
  if (input.status === 'reviewed') return result;
  return store.results.transition(result.id, { from: 'reviewed', to: 'published' }, by('reviewer'));
}
