import { Slug } from '../model/primitives.ts';
import type { RiskClass, TargetKind, TargetStatus, standardTargetKinds } from '../model/target.ts';
import { accepted, refused, type CellValue } from './cell-value.ts';

/** The words a bureau spreadsheet uses for each value, English code first. */
export const targetKindLabels: Readonly<Record<(typeof standardTargetKinds)[number], readonly string[]>> = {
  law_firm: ['law_firm', '律师事务所'],
  law_firm_branch: ['law_firm_branch', '律师事务所分所', '分所'],
  notary_office: ['notary_office', '公证处', '公证机构'],
  basic_legal_service: ['basic_legal_service', '基层法律服务所'],
  judicial_appraisal: ['judicial_appraisal', '司法鉴定机构', '司法鉴定所'],
};

export const riskClassLabels: Readonly<Record<RiskClass, readonly string[]>> = {
  A: ['A', '低', '信用风险低'],
  B: ['B', '一般', '信用风险一般'],
  C: ['C', '较高', '信用风险较高'],
  D: ['D', '高', '信用风险高'],
};

export const targetStatusLabels: Readonly<Record<TargetStatus, readonly string[]>> = {
  active: ['active', '正常', '存续', '开业'],
  suspended: ['suspended', '停业', '歇业'],
  closed: ['closed', '关闭', '已关闭'],
  deregistered: ['deregistered', '注销', '已注销'],
  revoked: ['revoked', '吊销', '被吊销', '撤销', '被撤销'],
};

export const activeLabels: Readonly<Record<'true' | 'false', readonly string[]>> = {
  true: ['true', '1', 'yes', '是', '在岗'],
  false: ['false', '0', 'no', '否', '不在岗', '离岗'],
};

/**
 * A lookup from every label (English lower-cased) to its value. A Map, not an object, so
 * that a cell reading "constructor" or "__proto__" cannot hit Object.prototype.
 */
function lookup<V extends string>(labels: Readonly<Record<V, readonly string[]>>): ReadonlyMap<string, V> {
  const map = new Map<string, V>();
  for (const [value, words] of Object.entries(labels) as [V, readonly string[]][]) {
    for (const word of words) map.set(word.toLowerCase(), value);
  }
  return map;
}

function listLabels(labels: Readonly<Record<string, readonly string[]>>): string {
  return Object.values(labels)
    .map(([code, ...words]) => (words.length > 0 ? `${code} (${words.join(', ')})` : String(code)))
    .join(', ');
}

const KINDS = lookup(targetKindLabels);
const RISKS = lookup(riskClassLabels);
const STATUSES = lookup(targetStatusLabels);
const ACTIVE = lookup(activeLabels);

/** Reads 类型: a standard kind in English or Chinese, or a lower-case slug the bureau defines. */
export function parseTargetKind(cell: string): CellValue<TargetKind> {
  const word = cell.trim().toLowerCase();
  const known = KINDS.get(word);
  if (known !== undefined) return accepted(known);
  if (Slug.safeParse(word).success) return accepted(word);
  const problem = word === '' ? 'must not be empty' : `"${cell.trim()}" is not a kind we know`;
  return refused(
    `${problem}: use one of ${listLabels(targetKindLabels)}, ` +
      'or a slug of lower-case letters, digits and _ for a kind the bureau defines',
  );
}

/** Reads 信用风险等级: A-D or the Chinese class names; an empty cell is "no class". */
export function parseRiskClass(cell: string): CellValue<RiskClass | null> {
  const word = cell.trim().toLowerCase();
  if (word === '') return accepted(null);
  const known = RISKS.get(word);
  return known !== undefined ? accepted(known) : refused(`"${cell.trim()}" is not a risk class: use ${listLabels(riskClassLabels)}`);
}

/** Reads 状态 in English or as registered (正常, 停业, 注销, 吊销, …). */
export function parseTargetStatus(cell: string): CellValue<TargetStatus> {
  const known = STATUSES.get(cell.trim().toLowerCase());
  return known !== undefined ? accepted(known) : refused(`"${cell.trim()}" is not a status: use ${listLabels(targetStatusLabels)}`);
}

/** Reads 在岗: true/false, 1/0, yes/no, 是/否, 在岗/不在岗/离岗. */
export function parseActive(cell: string): CellValue<boolean> {
  const known = ACTIVE.get(cell.trim().toLowerCase());
  return known !== undefined ? accepted(known === 'true') : refused(`"${cell.trim()}" is not yes or no: use ${listLabels(activeLabels)}`);
}
