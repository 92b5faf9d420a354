import { chinaDateOf, isFairdrawError, resultDeadline, type DeadlineStatus } from '@fairdraw/core';
import type { Store, TaskEntry } from '@fairdraw/store';
import { workingCalendarOf } from './calendar.ts';
import { datesInForce } from './schedules.ts';
import { publicDraws } from './public-draws.ts';

export interface DeadlineRow {
  readonly drawId: number;
  readonly taskId: number;
  readonly taskNumber: string;
  readonly targetId: string;
  readonly targetName: string;
  readonly departments: readonly string[];
  /** 检查完成日期 of the published result, else the scheduled date in force, else null. */
  readonly inspectionDate: string | null;
  readonly dateSource: 'result' | 'schedule' | null;
  readonly dueDate: string | null;
  readonly publishedOn: string | null;
  /** Or "calendar_unknown" when the deadline runs into a year the calendar does not cover yet. */
  readonly status: DeadlineStatus | 'calendar_unknown';
  readonly overdue: boolean;
}

export type DeadlineCounts = Record<DeadlineStatus | 'calendar_unknown' | 'total', number>;

const emptyCounts = (): DeadlineCounts => ({
  total: 0,
  not_inspected: 0,
  pending: 0,
  due_soon: 0,
  overdue: 0,
  published_on_time: 0,
  published_late: 0,
  calendar_unknown: 0,
});

/**
 * Every drawn target of every standing draw against its publication deadline (N working days
 * after the inspection, N from the task), as of `today`, with counts per task and department.
 */
export async function deadlines(store: Store, today: string, filter: { taskId?: number; department?: string } = {}) {
  const calendar = await workingCalendarOf(store);
  const rows: DeadlineRow[] = [];
  const tasks = new Map<number, TaskEntry>();
  for (const { draw, task } of await publicDraws(store, filter)) {
    tasks.set(task.id, task);
    if (draw.status !== 'drawn' || !draw.record) continue;
    const results = await store.results.list({ drawId: draw.id });
    const scheduleEntry = await store.schedules.get(draw.id);
    const schedule = scheduleEntry ? datesInForce(scheduleEntry) : undefined;
    for (const selected of draw.record.selected) {
      const departments = [...new Set(selected.team.map((member) => member.department))];
      if (filter.department !== undefined && !departments.includes(filter.department)) continue;
      // Only what is public counts: the newest *published* version's date, else the date the
      // published schedule has in force. An unpublished result's date never leaves the bureau.
      const published = results.filter((result) => result.targetId === selected.target.id && result.status === 'published');
      const latest = published.at(-1);
      const firstPublished = published[0];
      const scheduledOn = schedule?.[selected.target.id] ?? null;
      const inspectionDate = latest?.outcome.inspectionDate ?? scheduledOn;
      const publishedOn = firstPublished?.publishedAt ? chinaDateOf(new Date(firstPublished.publishedAt)) : null;
      let due: string | null = null;
      let status: DeadlineRow['status'];
      try {
        ({ due, status } = resultDeadline(calendar, { inspectionDate, days: task.planned.publicationDeadlineDays, publishedOn, today }));
      } catch (error) {
        if (!isFairdrawError(error, 'INVALID_INPUT')) throw error;
        status = 'calendar_unknown';
      }
      rows.push({
        drawId: draw.id,
        taskId: draw.taskId,
        taskNumber: task.planned.task.number,
        targetId: selected.target.id,
        targetName: selected.target.name,
        departments,
        inspectionDate,
        dateSource: latest ? 'result' : scheduledOn !== null ? 'schedule' : null,
        dueDate: due,
        publishedOn,
        status,
        overdue: status === 'overdue',
      });
    }
  }
  const byTask = new Map<number, DeadlineCounts>();
  const byDepartment = new Map<string, DeadlineCounts>();
  for (const row of rows) {
    for (const counts of [
      byTask.get(row.taskId) ?? byTask.set(row.taskId, emptyCounts()).get(row.taskId)!,
      ...row.departments.map((d) => byDepartment.get(d) ?? byDepartment.set(d, emptyCounts()).get(d)!),
    ]) {
      counts.total++;
      counts[row.status]++;
    }
  }
  return {
    today,
    rows,
    byTask: [...byTask].map(([taskId, counts]) => ({ taskId, taskNumber: tasks.get(taskId)!.planned.task.number, ...counts })),
    byDepartment: [...byDepartment].map(([department, counts]) => ({ department, ...counts })),
  };
}
