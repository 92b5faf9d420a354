import { z } from 'zod';
import { Attributes, IsoDate, Slug, stringSet, text } from './primitives.ts';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.ts';

/** The kinds of legal-service providers a judicial-administration bureau inspects. */
export const standardTargetKinds = [
  'law_firm',
  'law_firm_branch',
  'notary_office',
  'basic_legal_service',
  'judicial_appraisal',
] as const;

/** A standard kind, or a slug the bureau defines for a kind of its own. */
export const TargetKind = Slug;
export type TargetKind = z.infer<typeof TargetKind>;

/** Credit/risk classes: A 信用风险低, B 一般, C 较高, D 高. */
export const riskClasses = ['A', 'B', 'C', 'D'] as const;
export const RiskClass = z.enum(riskClasses);
export type RiskClass = z.infer<typeof RiskClass>;

export const targetStatuses = ['active', 'suspended', 'closed', 'deregistered', 'revoked'] as const;
export const TargetStatus = z.enum(targetStatuses);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** 统一社会信用代码, normalised and checked against GB 32100-2015. */
export const CreditCode = z
  .string()
  .transform(normalizeCreditCode)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });

/** 检查对象: one entry of the target directory, identified by its credit code. */
export const Target = z.strictObject({
  id: CreditCode,
  name: text(200),
  kind: TargetKind,
  region: text(100).nullable().default(null),
  risk: RiskClass.nullable().default(null),
  status: TargetStatus.default('active'),
  /** Dates of earlier inspections, used by repeat limits; a set. */
  lastInspected: stringSet(IsoDate).default([]),
  attributes: Attributes,
});
export type Target = z.infer<typeof Target>;
export type TargetInput = z.input<typeof Target>;
