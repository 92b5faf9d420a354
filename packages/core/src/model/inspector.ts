import { z } from 'zod';
import { Attributes, RecordId, stringSet, text } from './primitives.ts';

/** 执法检查人员: a certified law-enforcement officer who may be drawn onto teams. */
export const Inspector = z.strictObject({
  /** 工号: the bureau's staff number. */
  id: RecordId,
  name: text(100),
  /** 单位: the department the inspector belongs to; joint teams draw per department. */
  department: text(100),
  /** 执法证号: law-enforcement certificate number, published with the team. */
  certificate: text(64),
  /** 执法领域 / qualified item codes; a task can require some of them. */
  fields: stringSet(text(100)).default([]),
  /** 在岗 with a valid certificate; inactive inspectors are never drawn. */
  active: z.boolean().default(true),
  attributes: Attributes,
});
export type Inspector = z.infer<typeof Inspector>;
export type InspectorInput = z.input<typeof Inspector>;
