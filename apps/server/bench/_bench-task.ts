import type { PlannedTaskInput } from '@fairdraw/core';
import { COOPERATING_DEPARTMENT, LAWYER_FIELD, LEAD_DEPARTMENT, MARKET_FIELD, NOTARY_FIELD } from './generate-directory.ts';

export const benchPlan = { year: 2025, title: '2025年度抽查工作计划（基准测试）', bureau: '某市司法局' } as const;

/** A joint task: 1% of each risk stratum, one inspector from each of the two departments. */
export const benchPlannedTask: PlannedTaskInput = {
  task: {
    number: '某司抽查〔2025〕1号',
    name: '2025年度法律服务机构部门联合抽查',
    items: ['SF-LS-01', 'SF-GZ-01'],
    referenceDate: '2025-06-01',
    eligibility: {
      kinds: ['law_firm', 'law_firm_branch', 'notary_office', 'basic_legal_service', 'judicial_appraisal'],
      statuses: ['active'],
      excludeInspectedWithinDays: 365,
      maxInspectionsPerYear: 1,
    },
    sample: { percent: 1 },
    stratifyByRisk: true,
    team: {
      groups: [
        {
          department: LEAD_DEPARTMENT,
          size: 1,
          requiredFieldsByKind: { law_firm: [LAWYER_FIELD], law_firm_branch: [LAWYER_FIELD], notary_office: [NOTARY_FIELD] },
        },
        { department: COOPERATING_DEPARTMENT, size: 1, requiredFields: [MARKET_FIELD] },
      ],
      maxTargetsPerInspector: 2,
    },
  },
  window: { start: '2025-09-01', end: '2025-10-31' },
  leadDepartment: LEAD_DEPARTMENT,
  cooperatingDepartments: [COOPERATING_DEPARTMENT],
};
