// The words the portal shows for codes and values: every label comes from core where core has one.
import {
  followUpLabels,
  outcomeLabels,
  standardTargetKinds,
  targetKindLabels,
  targetStatusLabels,
  type FollowUpAction,
  type LedgerEntryType,
  type OutcomeCategory,
  type PoolName,
  type SampleRule,
  type Task,
} from '@fairdraw/core';
import type { DrawStatus } from '@fairdraw/store';
import type { PublicResult } from '../public-views.ts';

/** China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** "2021-03-01 09:00:05" in China Standard Time, whatever the server's time zone. */
export function chinaTime(instant: string, precision: 'minute' | 'second' = 'minute'): string {
  const shifted = new Date(Date.parse(instant) + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, precision === 'second' ? 19 : 16)}`;
}

/** The calendar date of an instant in China Standard Time. */
export function chinaDay(instant: string): string {
  return chinaTime(instant).slice(0, 10);
}

const isStandardKind = (kind: string): kind is (typeof standardTargetKinds)[number] => (standardTargetKinds as readonly string[]).includes(kind);

/** 律师事务所 for law_firm; a kind the bureau defined itself is shown as it is written. */
export function kindLabel(kind: string): string {
  return isStandardKind(kind) ? (targetKindLabels[kind][1] ?? kind) : kind;
}

export function statusLabel(status: keyof typeof targetStatusLabels): string {
  return targetStatusLabels[status][1] ?? status;
}

export function categoryLabel(category: string): string {
  return outcomeLabels[category as OutcomeCategory] ?? category;
}

export function followUpLabel(action: string): string {
  return followUpLabels[action as FollowUpAction] ?? action;
}

export const methodLabels: Readonly<Record<string, string>> = { on_site: '现场检查', paper: '书面检查', case_file: '案卷评查' };
export const itemCategoryLabels: Readonly<Record<string, string>> = { general: '一般检查事项', key: '重点检查事项' };

export const poolLabels: Readonly<Record<PoolName, string>> = {
  targets: '检查对象名录',
  inspectors: '执法检查人员名录',
  conflicts: '回避名单（仅人员与对象的配对，不含回避事由）',
};

export const drawStatusLabels: Readonly<Record<DrawStatus, string>> = {
  prepared: '已准备，待抽取',
  drawn: '已抽取',
  cancelled: '已作废',
};

/** How the seed was obtained, said plainly: an operator's seed cannot be checked by anyone outside. */
export function seedSourceLabel(source: string | null): string {
  if (source === null) return '尚未抽取';
  if (source === 'operator') return '由工作人员输入（不可验证的种子）';
  if (source === 'drand') return '公共随机信标 drand（可验证）';
  if (source === 'witnesses') return '见证人仪式（可验证）';
  return source;
}

/** What each kind of ledger entry records. */
export const ledgerEntryLabels: Readonly<Record<LedgerEntryType, string>> = {
  commitment: '公布抽取承诺',
  draw: '抽取',
  cancellation: '作废',
  result: '公示检查结果',
};

const roundingWords: Readonly<Record<string, string>> = { up: '进一法取整', down: '去尾法取整', half_up: '四舍五入取整' };

/** "10%（进一法取整，不少于2家）" or "2家": a sample rule as a bureau writes it. */
export function sampleRuleText(rule: SampleRule): string {
  if ('count' in rule) return `固定抽取${rule.count}家`;
  const limits = [roundingWords[rule.rounding] ?? rule.rounding];
  if (rule.minimum > 0) limits.push(`不少于${rule.minimum}家`);
  if (rule.maximum !== null) limits.push(`不多于${rule.maximum}家`);
  return `${rule.percent}%（${limits.join('，')}）`;
}

const stratumWords: Readonly<Record<string, string>> = { all: '全部', A: 'A类（信用风险低）', B: 'B类（信用风险一般）', C: 'C类（信用风险较高）', D: 'D类（信用风险高）', unrated: '未评级' };

/** A risk stratum as people say it: "A类（信用风险低）", or 全部 when the draw is not stratified. */
export function stratumLabel(stratum: string): string {
  return stratumWords[stratum] ?? stratum;
}

/** The task's ratio, per credit class when it is stratified. */
export function ratioText(task: Task): string {
  if (!task.stratifyByRisk) return sampleRuleText(task.sample);
  const special = Object.entries(task.strata).map(([stratum, rule]) => `${stratumLabel(stratum)} ${sampleRuleText(rule)}`);
  return [`按信用风险分类抽取`, ...special, `其他 ${sampleRuleText(task.sample)}`].join('；');
}

/** 抽查对象范围: kinds, regions, statuses and repeat limits. */
export function scopeText(task: Task): string {
  const { eligibility } = task;
  const parts = [eligibility.kinds.map(kindLabel).join('、')];
  if (eligibility.regions !== null) parts.push(`限${eligibility.regions.join('、')}`);
  if (eligibility.statuses.length !== 1 || eligibility.statuses[0] !== 'active') parts.push(`状态：${eligibility.statuses.map(statusLabel).join('、')}`);
  if (eligibility.excludeInspectedWithinDays !== null) parts.push(`${eligibility.excludeInspectedWithinDays}天内检查过的不抽取`);
  if (eligibility.maxInspectionsPerYear !== null) parts.push(`同一年度已检查${eligibility.maxInspectionsPerYear}次的不抽取`);
  return parts.join('；');
}

/** Who is on a team: "律师公证管理科 1人、区市场监督管理局 1人". */
export function teamRuleText(task: Task): string {
  const groups = task.team.groups.map((group) => `${group.department ?? '不限部门'} ${group.size}人`).join('、');
  const cap = task.team.maxTargetsPerInspector === null ? '' : `；每名检查人员至多检查${task.team.maxTargetsPerInspector}家`;
  return `每个检查组：${groups}${cap}`;
}

/** 检查结果 as published: the categories, with the areas found in breach. */
export function outcomeText(result: Pick<PublicResult, 'categories' | 'problemAreas'>): string {
  const categories = result.categories.map(categoryLabel).join('；');
  return result.problemAreas.length > 0 ? `${categories}（问题领域：${result.problemAreas.join('、')}）` : categories;
}

/** 后续处置 as published: the action and whether it is done. */
export function followUpText(followUp: PublicResult['followUp']): string {
  const state = followUp.action === 'none' ? '' : followUp.done ? `（已完成${followUp.doneDate ? `，${followUp.doneDate}` : ''}）` : '（未完成）';
  return `${followUpLabel(followUp.action)}${state}`;
}
