import type { Target } from '../model/target.ts';
import type { Eligibility } from '../model/task.ts';
import { dayNumber } from '../model/primitives.ts';

/** Why a target of the pool is not eligible, in the order the rules are checked. */
export const exclusionReasons = ['kind', 'region', 'status', 'inspectedRecently', 'inspectedTooOften'] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

/**
 * The first rule that leaves `target` out of a task, or undefined when it is eligible.
 * Inspection dates after the reference date count as recent (they are more recent still).
 */
export function exclusionReason(target: Target, rules: Eligibility, referenceDate: string): ExclusionReason | undefined {
  if (!rules.kinds.includes(target.kind)) return 'kind';
  if (rules.regions !== null && (target.region === null || !rules.regions.includes(target.region))) return 'region';
  if (!rules.statuses.includes(target.status)) return 'status';
  if (target.lastInspected.length === 0) return undefined;
  const reference = dayNumber(referenceDate);
  const within = rules.excludeInspectedWithinDays;
  if (within !== null && target.lastInspected.some((date) => reference - dayNumber(date) < within)) {
    return 'inspectedRecently';
  }
  const cap = rules.maxInspectionsPerYear;
  if (cap !== null) {
    const year = referenceDate.slice(0, 4);
    if (target.lastInspected.filter((date) => date.startsWith(year)).length >= cap) return 'inspectedTooOften';
  }
  return undefined;
}
