import type { DrawEntry, ResultEntry } from '@fairdraw/store';
import { seedFacts } from './trust/seed-facts.ts';

/**
 * The directory versions of a draw as the public sees them. A committed draw's 回避 list is
 * internal: it shows only by its count and salted digest (trust-spec §3.3), since its plain
 * digest would let anyone confirm a guessed list.
 */
export function publicDirectories(entry: DrawEntry) {
  const { targets, inspectors, conflicts } = entry.digests;
  if (entry.commitment === null) return { targets, inspectors, conflicts };
  return { targets, inspectors, conflicts: entry.commitment.directories.internal.conflicts };
}

/**
 * What the public may read of a draw: everything needed to check it, nothing about who
 * in the bureau clicked what (account ids are internal; the audit log keeps them).
 */
export function publicDraw(entry: DrawEntry, replacedBy: number | null, now: Date) {
  const seed = seedFacts(entry, now);
  return {
    id: entry.id,
    taskId: entry.taskId,
    status: entry.status,
    task: entry.task,
    directories: publicDirectories(entry),
    directoryVersions: entry.versions,
    replaces: entry.replaces,
    replacedBy,
    preparedAt: entry.preparedAt,
    /** What the draw committed to before the seed was known; null for draws made before commitments. */
    commitment: entry.commitment,
    commitmentDigest: entry.commitmentDigest,
    seed: entry.seed,
    seedSource: entry.commitment?.seedSource.type ?? entry.seedSource,
    seedVerifiable: seed.verifiable,
    seedDue: seed.due,
    overdue: seed.overdue,
    cancelledAfterSeed: seed.cancelledAfterSeed,
    /** The drand beacon, the witnesses' reveals or the operator's value that gave the seed. */
    evidence: entry.evidence,
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
