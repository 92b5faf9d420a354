// Realistic records for the contract suite, built with the core's own schemas and draw, so
// that a result refers to a target the draw really selected. Pure data: no store here.
import {
  AnnualPlan,
  Conflict,
  InspectionItem,
  Inspector,
  Outcome,
  PlannedTask,
  Target,
  Task,
  appendEntry,
  creditCodeCheckChar,
  draw,
  prepareCommitment,
  recordDigest,
  snapshotPools,
  type DrawRecord,
  type LedgerEntryType,
  type OutcomeInput,
  type Pools,
} from '@fairdraw/core';
import type { Change, DrawCommitment, LedgerAppend } from '../store.ts';

/** A valid 统一社会信用代码 for a legal-service body registered in 坪山, numbered n. */
export function creditCode(n: number): string {
  const first = `31440300${String(n).padStart(9, '0')}`;
  return first + creditCodeCheckChar(first);
}

const firmNames = ['广东坪岳', '广东坑梓明理', '广东马峦山', '广东聚龙', '广东碧岭', '广东石井', '广东龙田', '广东汤坑', '广东金龟', '广东田头'];

export const targets: Target[] = [
  ...firmNames.map((name, i) =>
    Target.parse({
      id: creditCode(i + 1),
      name: `${name}律师事务所`,
      kind: 'law_firm',
      region: i % 2 === 0 ? '坪山街道' : '坑梓街道',
      risk: (['A', 'B', 'C'] as const)[i % 3],
      lastInspected: i === 2 ? ['2019-06-18'] : [],
      attributes: { 地址: `深圳市坪山区某路${100 + i}号`, 联系电话: `0755-8844${String(i).padStart(4, '0')}` },
    }),
  ),
  Target.parse({ id: creditCode(11), name: '深圳市坪山公证处', kind: 'notary_office', attributes: {} }),
  Target.parse({ id: creditCode(12), name: '坪山区坑梓公证处', kind: 'notary_office', attributes: { 备注: '2020年更名' } }),
];

const departments = ['律师公证管理科', '区市场监督管理局'] as const;

export const inspectors: Inspector[] = Array.from({ length: 10 }, (_, i) =>
  Inspector.parse({
    id: `PS${String(i + 1).padStart(3, '0')}`,
    name: ['王建国', '李晓明', '张丽华', '刘志强', '陈静', '杨帆', '赵磊', '黄敏', '周涛', '吴芳'][i],
    department: departments[i % 2],
    certificate: `4403017959${String(i).padStart(2, '0')}`,
    fields: i % 2 === 0 ? ['律师管理', '公证管理'] : ['市场监管'],
    attributes: { 性别: i % 3 === 0 ? '女' : '男' },
  }),
);

export const conflicts: Conflict[] = [
  Conflict.parse({ inspectorId: 'PS001', targetId: creditCode(4), reason: '配偶在该所执业', attributes: {} }),
  Conflict.parse({ inspectorId: 'PS004', targetId: creditCode(2), reason: '曾在该所执业，离职未满三年', attributes: {} }),
];

export const pools: Pools = snapshotPools({ targets, inspectors, conflicts });

/**
 * Task n, numbered like 坪司抽查〔2021〕n号: odd n is a joint task with one inspector of each
 * department per team; even n draws teams of two from 律师公证管理科 alone.
 */
export function task(n = 1): Task {
  const joint = n % 2 === 1;
  return Task.parse({
    number: `坪司抽查〔2021〕${n}号`,
    name: joint ? '律师事务所与公证机构执业活动部门联合抽查' : '律师事务所与公证机构执业活动抽查',
    items: ['SF-LS-01'],
    referenceDate: '2021-06-01',
    eligibility: { kinds: ['law_firm', 'notary_office'], excludeInspectedWithinDays: 365 },
    sample: { count: 8 },
    team: joint
      ? { groups: departments.map((department) => ({ department, size: 1 })), maxTargetsPerInspector: 2 }
      : { groups: [{ department: departments[0], size: 2 }] },
  });
}

/** Task n as a plan lists it, with its window and departments. */
export function plannedTask(n = 1): PlannedTask {
  return PlannedTask.parse({
    task: task(n),
    window: { start: '2021-06-07', end: '2021-07-30' },
    leadDepartment: departments[0],
    cooperatingDepartments: n % 2 === 1 ? [departments[1]] : [],
  });
}

/** The bureau's annual plan for `year`. */
export function plan(year = 2021): AnnualPlan {
  return AnnualPlan.parse({ year, title: `坪山区司法局${year}年度双随机抽查工作计划`, bureau: '深圳市坪山区司法局', description: null });
}

export const item: InspectionItem = InspectionItem.parse({
  code: 'SF-LS-01',
  name: '律师事务所执业活动检查',
  legalBasis: '《中华人民共和国律师法》第四条；《律师事务所管理办法》第六十三条',
  inspectingBody: '深圳市坪山区司法局',
  targetKinds: ['law_firm', 'law_firm_branch'],
  method: 'on_site',
  ratio: '10%',
  frequency: '每年一次',
});

// Chosen so that the draw selects both notary offices and law firms, for the listing's kind filter.
export const SEED = '03c0ffee'.padEnd(64, '5');

/** The record of drawing task(n) from the pools with SEED, and its digest. */
export function drawRecord(n = 1): { record: DrawRecord; recordDigest: string } {
  const record = draw({ task: task(n), pools, seed: SEED, algorithm: 'fairdraw-draw/1' });
  return { record, recordDigest: recordDigest(record) };
}

/** As drawRecord, under the algorithm commitments name (fairdraw-draw/2, the 回避 digest salted with SALT). */
export function committedDrawRecord(n = 1): { record: DrawRecord; recordDigest: string } {
  const record = draw({ task: task(n), pools, seed: SEED, conflictsSalt: SALT });
  return { record, recordDigest: recordDigest(record) };
}

/** An inspection that found no problem, with `fields` changed. */
export function outcome(fields: Partial<OutcomeInput> = {}): Outcome {
  return Outcome.parse({ inspectionDate: '2021-06-15', categories: ['no_problem'], followUp: { action: 'none' }, ...fields });
}

export const problemOutcome: Outcome = outcome({
  categories: ['pending'],
  problemAreas: ['律师执业档案管理'],
  findings: '部分案卷未按规定归档',
  followUp: { action: 'rectify', note: '三十日内整改', done: false },
});

let tick = 0;

/** A change by `actor` at the next instant of a test clock that only moves forward. */
export function by(actor: string): Change {
  tick += 1;
  return { actor, at: new Date(Date.UTC(2021, 5, 1, 1, 0, 0) + tick * 1_001).toISOString() };
}

/** The RFC 8032 test-1 key: the contract suite's bureau signing key. */
export const LEDGER_KEY = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

/** The salt of the fixture commitments' 回避 digest. */
export const SALT = 'a1'.repeat(32);

/** A commitment to draw task n from the fixture pools with an operator seed, replacing `replaces` if given. */
export function commitmentOf(n = 1, replaces: { commitment: string; reason: string } | null = null): DrawCommitment {
  const { commitment, digest } = prepareCommitment({ task: task(n), pools, salt: SALT, seedSource: { type: 'operator' }, at: '2021-06-01T00:00:00Z', replaces });
  return { commitment, digest, salt: SALT };
}

/** A ledger append of one entry, signed with LEDGER_KEY. */
export function ledgerEntry(type: LedgerEntryType, payload: unknown, at = '2021-06-01T01:00:00Z'): LedgerAppend {
  return (head) => appendEntry(head, { type, at, payload }, LEDGER_KEY);
}

/** LEDGER_KEY's public key (RFC 8032 test 1). */
export const LEDGER_PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
