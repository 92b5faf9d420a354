import { z } from 'zod';
import { IsoDate, text } from './primitives.ts';
import { Task } from './task.ts';

/** 年度抽查工作计划: the plan a bureau publishes for a year. */
export const AnnualPlan = z.strictObject({
  year: z.number().int().min(2000).max(2999),
  title: text(200),
  /** The inspecting body that publishes the plan, e.g. 深圳市坪山区司法局. */
  bureau: text(100),
  description: text(5000).nullable().default(null),
});
export type AnnualPlan = z.infer<typeof AnnualPlan>;

/** A task of a plan: the draw parameters and what the public reads about it. */
export const PlannedTask = z
  .strictObject({
    task: Task,
    /** The inspection window (检查时间): inspections happen between these dates. */
    window: z.strictObject({ start: IsoDate, end: IsoDate }),
    /** 发起部门 and 配合部门 of a joint inspection (the lead alone otherwise). */
    leadDepartment: text(100),
    cooperatingDepartments: z.array(text(100)).default([]),
    /** Working days after an inspection by which its result is published (default 20). */
    publicationDeadlineDays: z.number().int().min(1).max(60).default(20),
  })
  .superRefine((planned, ctx) => {
    if (planned.window.end < planned.window.start) {
      ctx.addIssue({ code: 'custom', path: ['window', 'end'], message: 'the window ends before it starts' });
    }
    if (planned.cooperatingDepartments.includes(planned.leadDepartment)) {
      ctx.addIssue({ code: 'custom', path: ['cooperatingDepartments'], message: 'the lead department is not also a cooperating one' });
    }
  });
export type PlannedTask = z.infer<typeof PlannedTask>;
export type PlannedTaskInput = z.input<typeof PlannedTask>;
