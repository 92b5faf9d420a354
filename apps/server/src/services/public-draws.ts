import type { DrawEntry, Store, TaskEntry } from '@fairdraw/store';

/**
 * Draws of published plans, each with its task: what the public may see. A draft plan's tasks
 * and draws stay inside the bureau. `taskId` narrows to one task's draws.
 */
export async function publicDraws(store: Store, options: { taskId?: number } = {}): Promise<{ draw: DrawEntry; task: TaskEntry }[]> {
  const published = new Set((await store.plans.list({ publishedOnly: true })).map((plan) => plan.id));
  const tasks = new Map((await store.tasks.list()).map((task) => [task.id, task]));
  const draws = await store.draws.list(options.taskId === undefined ? {} : { taskId: options.taskId });
  return draws.flatMap((draw) => {
    const task = tasks.get(draw.taskId);
    return task && published.has(task.planId) ? [{ draw, task }] : [];
  });
}
