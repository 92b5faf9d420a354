import { z } from 'zod';
import { Attributes, RecordId, text } from './primitives.ts';
import { CreditCode } from './target.ts';

/** 回避: an inspector who must never be on a team that inspects this target. */
export const Conflict = z.strictObject({
  inspectorId: RecordId,
  targetId: CreditCode,
  /** Internal: why the inspector must recuse. Never published, never part of a digest. */
  reason: text(500).nullable().default(null),
  attributes: Attributes,
});
export type Conflict = z.infer<typeof Conflict>;
export type ConflictInput = z.input<typeof Conflict>;
