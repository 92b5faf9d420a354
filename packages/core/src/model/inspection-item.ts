import { z } from 'zod';
import { TargetKind } from './target.ts';
import { text } from './primitives.ts';

export const inspectionMethods = ['on_site', 'paper', 'case_file'] as const;
export const itemCategories = ['general', 'key'] as const;

/** 抽查事项: one entry of the published inspection-item list (no legal basis, no inspection). */
export const InspectionItem = z.object({
  code: text(40),
  name: text(200),
  /** 抽查依据: the law or regulation that allows the inspection. */
  legalBasis: text(2000),
  /** 抽查主体: the body that inspects. */
  inspectingBody: text(100).nullable().default(null),
  targetKinds: z.array(TargetKind).min(1, { error: 'an item applies to at least one target kind' }),
  /** 现场检查 on site, 书面检查 on paper, 案卷评查 case-file review. */
  method: z.enum(inspectionMethods),
  /** 一般检查事项 (ratio limited) or 重点检查事项. */
  category: z.enum(itemCategories).default('general'),
  /** 抽查比例 and 抽查频次 as published, in words (the task holds the exact rule). */
  ratio: text(100).nullable().default(null),
  frequency: text(100).nullable().default(null),
  notes: text(2000).nullable().default(null),
});
export type InspectionItem = z.infer<typeof InspectionItem>;
