import type { DrawEntry, ResultEntry } from '@fairdraw/store';

/**
 * What the public may read of a draw: everything needed to check it, nothing about who
 * in the bureau clicked what (account ids are internal; the audit log keeps them).
 */
export function publicDraw(entry: DrawEntry, replacedBy: number | null) {
  return {
    id: entry.id,
    taskId: entry.taskId,
    status: entry.status,
    task: entry.task,
    directories: entry.digests,
    directoryVersions: entry.versions,
    replaces: entry.replaces,
    replacedBy,
    preparedAt: entry.preparedAt,
    seed: entry.seed,
    seedSource: entry.seedSource,
    seedVerifiable: false,
    drawnAt: entry.drawnAt,
    recordDigest: entry.recordDigest,
    record: entry.record,
    cancelledAt: entry.cancelledAt,
    cancelReason: entry.cancelReason,
  };
}
export type PublicDraw = ReturnType<typeof publicDraw>;

/**
 * A published result as the public reads it: 检查完成日期, 检查结果, 后续处置 and 备注. The
 * inspectors' findings, the follow-up's internal note and the review notes stay inside.
 */
export function publicResult(entry: ResultEntry, target: { name: string; kind: string } | undefined) {
  const { outcome } = entry;
  return {
    id: entry.id,
    drawId: entry.drawId,
    targetId: entry.targetId,
    targetName: target?.name ?? null,
    targetKind: target?.kind ?? null,
    inspectionDate: outcome.inspectionDate,
    categories: outcome.categories,
    problemAreas: outcome.problemAreas,
    followUp: { action: outcome.followUp.action, done: outcome.followUp.done, doneDate: outcome.followUp.doneDate },
    remarks: outcome.remarks,
    corrects: entry.corrects,
    publishedAt: entry.publishedAt,
  };
}
export type PublicResult = ReturnType<typeof publicResult>;
