import { describe, expect, it } from 'vitest';
import { Task, parseWith, type TaskInput } from '@fairdraw/core';
import { chinaDay, chinaTime, kindLabel, outcomeText, ratioText, sampleRuleText, scopeText, seedSourceLabel } from './format.ts';

const task = (input: Partial<TaskInput>) =>
  parseWith(Task, { number: 'N', name: 'T', items: ['I'], referenceDate: '2021-05-01', eligibility: { kinds: ['law_firm'] }, sample: { count: 2 }, team: { groups: [{ size: 2 }] }, ...input }, { source: 'test' });

describe('chinaTime', () => {
  it('shows instants in China Standard Time, across the end of a day and of a year', () => {
    expect(chinaTime('2021-12-31T15:59:59.000Z', 'second')).toBe('2021-12-31 23:59:59');
    expect(chinaTime('2021-12-31T16:00:00.000Z', 'second')).toBe('2022-01-01 00:00:00');
    expect(chinaTime('2024-02-28T16:30:00.000Z')).toBe('2024-02-29 00:30');
    expect(chinaDay('2021-06-30T16:00:00.000Z')).toBe('2021-07-01');
  });
});

describe('labels', () => {
  it('says sample rules as bureaus write them', () => {
    expect(sampleRuleText({ count: 2 })).toBe('固定抽取2家');
    expect(sampleRuleText({ percent: '10', rounding: 'up', minimum: 2, maximum: null })).toBe('10%（进一法取整，不少于2家）');
    expect(sampleRuleText({ percent: '12.5', rounding: 'half_up', minimum: 0, maximum: 5 })).toBe('12.5%（四舍五入取整，不多于5家）');
  });

  it('says a stratified ratio per credit class', () => {
    expect(ratioText(task({ stratifyByRisk: true, sample: { percent: 10 }, strata: { D: { percent: 100 } } }))).toBe('按信用风险分类抽取；D类（信用风险高） 100%（进一法取整）；其他 10%（进一法取整）');
  });

  it('says the scope of a task with its repeat limits', () => {
    expect(scopeText(task({ eligibility: { kinds: ['law_firm', 'notary_office'], regions: ['坪山街道'], excludeInspectedWithinDays: 365, maxInspectionsPerYear: 2 } }))).toBe(
      '律师事务所、公证处；限坪山街道；365天内检查过的不抽取；同一年度已检查2次的不抽取',
    );
  });

  it('keeps a kind the bureau defined itself as written', () => {
    expect(kindLabel('law_firm_branch')).toBe('律师事务所分所');
    expect(kindLabel('lawyer')).toBe('lawyer');
  });

  it('says results with their problem areas, and the seed source plainly', () => {
    expect(outcomeText({ categories: ['corrected', 'pending'], problemAreas: ['档案管理'] })).toBe('发现问题已责令改正；发现问题待后续处理（问题领域：档案管理）');
    expect(seedSourceLabel('operator')).toBe('由工作人员输入（不可验证的种子）');
    expect(seedSourceLabel('drand')).toBe('公共随机信标 drand（可验证）');
  });
});
