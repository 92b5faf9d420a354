import { z } from 'zod';
import { IsoDate, stringSet, text } from './primitives.ts';
import { RiskClass, TargetKind, TargetStatus } from './target.ts';
import { SampleRule } from './sample-rule.ts';

/** Risk strata in the order they are drawn; targets without a class form "unrated". */
export const strataKeys = [...RiskClass.options, 'unrated'] as const;
export type StratumKey = (typeof strataKeys)[number] | 'all';

const positive = z.number().int().min(1);

/** Which targets of the directory a task may draw. */
export const Eligibility = z.strictObject({
  kinds: stringSet(TargetKind).refine((kinds) => kinds.length > 0, { error: 'name at least one target kind' }),
  /** Streets/districts; null means every region. */
  regions: stringSet(text(100)).nullable().default(null),
  statuses: stringSet(TargetStatus).default(['active']),
  /** Leave out targets inspected fewer than this many days before the reference date. */
  excludeInspectedWithinDays: positive.nullable().default(null),
  /** Leave out targets already inspected this many times in the reference date's year. */
  maxInspectionsPerYear: positive.nullable().default(null),
});
export type Eligibility = z.infer<typeof Eligibility>;

/** One department's share of a team; department null means "any department". */
export const TeamGroup = z.strictObject({
  department: text(100).nullable().default(null),
  size: positive,
  /** Fields every inspector of this group must hold (执法领域 or item codes). */
  requiredFields: stringSet(text(100)).default([]),
  /** Further fields for targets of a kind, e.g. notary_office → 公证管理. */
  requiredFieldsByKind: z.record(TargetKind, stringSet(text(100))).default({}),
});
export type TeamGroup = z.infer<typeof TeamGroup>;

export const Team = z
  .strictObject({
    /** Joint inspections list each participating department with its number of inspectors. */
    groups: z.array(TeamGroup).min(1, { error: 'a team has at least one group' }),
    /** Fair load: at most this many targets per inspector in this task. */
    maxTargetsPerInspector: positive.nullable().default(null),
  })
  .superRefine((team, ctx) => {
    const total = team.groups.reduce((sum, group) => sum + group.size, 0);
    if (total < 2) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: `a team needs at least two inspectors (行政处罚法 Art.42), this one has ${total}` });
    }
    const named = team.groups.filter((group) => group.department !== null);
    if (named.length > 0 && named.length !== team.groups.length) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'either every group names a department or there is a single group for any department' });
    }
    if (named.length === 0 && team.groups.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['groups'], message: 'only one group may draw from any department; give its size instead' });
    }
    const seen = new Set<string>();
    team.groups.forEach((group, index) => {
      if (group.department === null) return;
      if (seen.has(group.department)) {
        ctx.addIssue({ code: 'custom', path: ['groups', index, 'department'], message: `department "${group.department}" is listed twice` });
      }
      seen.add(group.department);
    });
  });
export type Team = z.infer<typeof Team>;

/** 抽查任务: what to draw, from which targets, with which teams. Frozen into every draw record. */
export const Task = z
  .strictObject({
    /** Task number as published, e.g. 坪司抽查〔2021〕1号. */
    number: text(100),
    name: text(200),
    /** Codes of the inspection items covered in one visit. */
    items: stringSet(text(40)).refine((items) => items.length > 0, { error: 'name at least one inspection item' }),
    /** The date exclusions are counted from; core never reads a clock. */
    referenceDate: IsoDate,
    eligibility: Eligibility,
    /** The sample rule for every stratum, unless `strata` overrides it. */
    sample: SampleRule,
    /** Stratify by credit/risk class, with a rule per class where it differs. */
    stratifyByRisk: z.boolean().default(false),
    strata: z.partialRecord(z.enum(strataKeys), SampleRule).default({}),
    team: Team,
  })
  .superRefine((task, ctx) => {
    if (!task.stratifyByRisk && Object.keys(task.strata).length > 0) {
      ctx.addIssue({ code: 'custom', path: ['strata'], message: 'per-class rules need "stratifyByRisk": true' });
    }
  });
export type Task = z.infer<typeof Task>;
export type TaskInput = z.input<typeof Task>;
