import { z } from 'zod';
import { IsoDate, text } from './primitives.ts';

/**
 * 检查结果 categories as market-regulation platforms publish them. Several may apply to
 * one inspection, but 未发现问题 stands alone.
 */
export const outcomeLabels = {
  no_problem: '未发现问题',
  corrected: '发现问题已责令改正',
  pending: '发现问题待后续处理',
  no_activity: '未发现开展本次抽查涉及的经营活动',
  unreachable: '通过登记的住所（经营场所）无法联系',
  closed_or_liquidating: '已关闭停业或正在组织清算',
  non_cooperative: '不配合检查情节严重',
  deregistered: '注销',
  revoked: '被吊销',
  withdrawn: '被撤销',
  moved_out: '迁出',
} as const;
export type OutcomeCategory = keyof typeof outcomeLabels;
export const outcomeCategories = Object.keys(outcomeLabels) as OutcomeCategory[];
export const OutcomeCategory = z.enum(outcomeCategories as [OutcomeCategory, ...OutcomeCategory[]]);

/** 后续处置: what follows an inspection. */
export const followUpLabels = {
  none: '无需后续处置',
  rectify: '责令限期整改',
  investigate: '立案查处',
  refer: '移送/抄告相关部门',
  other: '其他',
} as const;
export type FollowUpAction = keyof typeof followUpLabels;
export const FollowUpAction = z.enum(Object.keys(followUpLabels) as [FollowUpAction, ...FollowUpAction[]]);

export const FollowUp = z
  .strictObject({
    action: FollowUpAction,
    note: text(1000).nullable().default(null),
    done: z.boolean().default(false),
    doneDate: IsoDate.nullable().default(null),
  })
  .superRefine((followUp, ctx) => {
    if (followUp.done && followUp.doneDate === null) {
      ctx.addIssue({ code: 'custom', path: ['doneDate'], message: 'a follow-up marked done needs the date it was done' });
    }
    if (!followUp.done && followUp.doneDate !== null) {
      ctx.addIssue({ code: 'custom', path: ['doneDate'], message: 'a follow-up not yet done has no done date' });
    }
  });
export type FollowUp = z.infer<typeof FollowUp>;

/** The result of inspecting one drawn target, as the inspectors report it. */
export const Outcome = z
  .strictObject({
    /** 检查完成日期. */
    inspectionDate: IsoDate,
    categories: z.array(OutcomeCategory).min(1, { error: 'choose at least one result category' }),
    /** The areas found in breach, required with 发现问题待后续处理. */
    problemAreas: z.array(text(200)).default([]),
    findings: text(5000).nullable().default(null),
    followUp: FollowUp,
    /** 备注, published. */
    remarks: text(1000).nullable().default(null),
  })
  .superRefine((outcome, ctx) => {
    const categories = new Set(outcome.categories);
    if (categories.size !== outcome.categories.length) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'a category is listed twice' });
    }
    if (categories.has('no_problem') && categories.size > 1) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: '未发现问题 (no_problem) excludes every other category' });
    }
    if (categories.has('pending') && outcome.problemAreas.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['problemAreas'], message: '发现问题待后续处理 (pending) needs the areas found in breach' });
    }
    if (categories.has('no_problem') && outcome.followUp.action !== 'none') {
      ctx.addIssue({ code: 'custom', path: ['followUp', 'action'], message: 'with 未发现问题 the follow-up is 无需后续处置 (none)' });
    }
    if ((categories.has('pending') || categories.has('corrected')) && outcome.followUp.action === 'none') {
      ctx.addIssue({ code: 'custom', path: ['followUp', 'action'], message: 'a problem found needs a follow-up other than 无需后续处置 (none)' });
    }
  });
export type Outcome = z.infer<typeof Outcome>;
export type OutcomeInput = z.input<typeof Outcome>;
