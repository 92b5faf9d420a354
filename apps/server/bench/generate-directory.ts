import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@fairdraw/core';
import { below, hash32, weighted } from './_fixture-hash.ts';
import { benchDistricts } from '../../../packages/core/bench/generate-pools.ts';

export interface GenerateDirectoryOptions {
  readonly targets: number;
  readonly inspectors: number;
  readonly conflicts: number;
}

/** The three directory files a bureau would upload: UTF-8 CSV with a BOM and Chinese headers. */
export interface DirectoryFiles {
  readonly targets: Buffer;
  readonly inspectors: Buffer;
  readonly conflicts: Buffer;
}

/** The two departments of a joint inspection, and the field each group of the bench task requires. */
export const LEAD_DEPARTMENT = '律师公证管理科';
export const COOPERATING_DEPARTMENT = '区市场监督管理局';
export const LAWYER_FIELD = '律师管理';
export const NOTARY_FIELD = '公证管理';
export const MARKET_FIELD = '市场监管';

// [label in the bureau's file, second character of the credit code, weight]
const kinds = [
  ['律师事务所', '1', 45],
  ['律师事务所分所', '1', 10],
  ['公证处', '2', 10],
  ['基层法律服务所', '3', 20],
  ['司法鉴定所', '4', 15],
] as const;
const risks = [
  ['A', 20],
  ['B', 50],
  ['C', 20],
  ['D', 5],
  ['', 5],
] as const;
const statuses = [
  ['正常', 90],
  ['停业', 3],
  ['注销', 3],
  ['吊销', 3],
  ['关闭', 1],
] as const;
const kindChoices = kinds.map(([, , weight], kind) => [kind, weight] as const);
const tradeWords = ['金', '信', '诚', '德', '正', '华', '海', '鹏', '明', '远', '君', '安', '和', '恒', '达', '泰', '中', '天', '致', '立'];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑'];
const givenChars = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平'];

// Salts keep the values of one row independent of each other.
const salt = {
  kind: 1,
  district: 2,
  trade1: 3,
  trade2: 4,
  risk: 5,
  status: 6,
  inspected: 7,
  inspectedCount: 8,
  inspectedDay: 9,
  surname: 10,
  given1: 11,
  hasGiven2: 12,
  given2: 13,
  notary: 14,
  active: 15,
  conflictTarget: 16,
  conflictReason: 17,
} as const;

// The 9-character body of a code is index × BODY_STEP (+ BODY_OFFSET) modulo 31^9: a bijection
// for indices below 31^9, so ids never repeat and do not sort in generation order.
const BODY_SPACE = 31 ** 9;
const BODY_STEP = 433_494_437; // prime, so coprime with 31^9
const BODY_OFFSET = 123_456_789;
const MAX_TARGETS = Math.floor((Number.MAX_SAFE_INTEGER - BODY_SPACE) / BODY_STEP);

const FIRST_DAY = Date.UTC(2022, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 4, 31) / 86_400_000;
const BOM = '\uFEFF';

/**
 * Generates the three directory files deterministically (no Math.random): valid, distinct
 * credit codes, inspectors split evenly between the two departments, and distinct 回避 pairs.
 * Throws RangeError for sizes it cannot serve.
 */
export function generateDirectory(options: GenerateDirectoryOptions): DirectoryFiles {
  if (options.targets < 1 || options.targets > MAX_TARGETS) throw new RangeError(`between 1 and ${MAX_TARGETS} targets can have distinct generated ids`);
  if (options.inspectors < 2) throw new RangeError('at least 2 inspectors, one per department');
  if (options.conflicts > options.targets * options.inspectors) {
    throw new RangeError(`${options.conflicts} 回避 pairs is more than ${options.targets} targets × ${options.inspectors} inspectors`);
  }
  return {
    targets: csv('统一社会信用代码,名称,类型,所属区域,信用风险等级,状态,最近检查日期', options.targets, targetRow),
    inspectors: csv('工号,姓名,单位,执法证号,执法领域,在岗', options.inspectors, (index) => inspectorRow(index, options.inspectors)),
    conflicts: conflictsCsv(options),
  };
}

function csv(header: string, count: number, row: (index: number) => string): Buffer {
  const lines: string[] = new Array(count + 1);
  lines[0] = BOM + header;
  for (let index = 0; index < count; index++) lines[index + 1] = row(index);
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** The credit code of target `index`. */
export function targetId(index: number): string {
  const kind = weighted(kindChoices, index, salt.kind);
  const [, regionCode] = benchDistricts[below(benchDistricts.length, index, salt.district)]!;
  const first17 = `3${kinds[kind]![1]}${regionCode}${codeBody((index * BODY_STEP + BODY_OFFSET) % BODY_SPACE)}`;
  return first17 + creditCodeCheckChar(first17);
}


function targetRow(index: number): string {
  const kind = kinds[weighted(kindChoices, index, salt.kind)]!;
  const [district] = benchDistricts[below(benchDistricts.length, index, salt.district)]!;
  const name = `${district}${tradeWords[below(tradeWords.length, index, salt.trade1)]}${tradeWords[below(tradeWords.length, index, salt.trade2)]}${kind[0]}`;
  return [targetId(index), name, kind[0], district, weighted(risks, index, salt.risk), weighted(statuses, index, salt.status), inspectionDates(index)].join(',');
}

/** Nothing for about two thirds of the targets, else one to three dates joined by ";". */
function inspectionDates(index: number): string {
  if (below(100, index, salt.inspected) >= 35) return '';
  const dates = new Set<string>();
  const wanted = 1 + below(3, index, salt.inspectedCount);
  for (let k = 0; k < wanted; k++) {
    const day = FIRST_DAY + below(LAST_DAY - FIRST_DAY + 1, index * 3 + k, salt.inspectedDay);
    dates.add(new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  return [...dates].join(';');
}

function codeBody(value: number): string {
  let body = '';
  for (let i = 0; i < 9; i++) {
    body = CREDIT_CODE_ALPHABET.charAt(value % 31) + body;
    value = Math.floor(value / 31);
  }
  return body;
}

/** The staff number of inspector `index`. */
export function inspectorId(index: number): string {
  return `PS${String(index + 1).padStart(5, '0')}`;
}

function inspectorRow(index: number, count: number): string {
  // The first half (rounded up) is the lead department; the rest cooperate.
  const lead = index < Math.ceil(count / 2);
  const name = `${surnames[below(surnames.length, index, salt.surname)]}${givenChars[below(givenChars.length, index, salt.given1)]}${
    below(2, index, salt.hasGiven2) === 0 ? '' : givenChars[below(givenChars.length, index, salt.given2)]
  }`;
  const fields = lead ? (below(100, index, salt.notary) < 40 ? `${LAWYER_FIELD};${NOTARY_FIELD}` : LAWYER_FIELD) : MARKET_FIELD;
  const active = below(100, index, salt.active) < 96 ? '是' : '否';
  return [inspectorId(index), name, lead ? LEAD_DEPARTMENT : COOPERATING_DEPARTMENT, `4403${String(10_000_000 + index * 7)}`, fields, active].join(',');
}

function conflictsCsv(options: GenerateDirectoryOptions): Buffer {
  const seen = new Set<string>();
  const rows: string[] = [];
  for (let k = 0, attempt = 0; rows.length < options.conflicts; attempt++) {
    const inspector = inspectorId(k % options.inspectors);
    const target = targetId(below(options.targets, attempt, salt.conflictTarget));
    const key = `${inspector}~${target}`;
    if (seen.has(key)) continue; // try another target for the same inspector
    seen.add(key);
    rows.push([inspector, target, below(100, k, salt.conflictReason) < 20 ? '近亲属在该所执业' : ''].join(','));
    k++;
  }
  return csv('检查人员工号,统一社会信用代码,回避事由', rows.length, (index) => rows[index]!);
}
