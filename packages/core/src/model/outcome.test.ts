import { describe, expect, it } from 'vitest';
import { Outcome, type OutcomeInput } from './outcome.ts';

const base: OutcomeInput = { inspectionDate: '2021-09-10', categories: ['no_problem'], followUp: { action: 'none' } };
const problems = (input: object) => {
  const result = Outcome.safeParse({ ...base, ...input });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('Outcome', () => {
  it('accepts a clean inspection', () => {
    expect(problems({})).toEqual([]);
  });

  it('lets 未发现问题 stand alone', () => {
    expect(problems({ categories: ['no_problem', 'corrected'], followUp: { action: 'rectify' } })).toContain(
      'categories: 未发现问题 (no_problem) excludes every other category',
    );
  });

  it('accepts several problem categories together', () => {
    expect(problems({ categories: ['corrected', 'pending'], problemAreas: ['执业档案管理'], followUp: { action: 'rectify' } })).toEqual([]);
  });

  it('asks for the areas in breach with 发现问题待后续处理', () => {
    expect(problems({ categories: ['pending'], followUp: { action: 'investigate' } })).toEqual([
      'problemAreas: 发现问题待后续处理 (pending) needs the areas found in breach',
    ]);
  });

  it('ties the follow-up to the finding', () => {
    expect(problems({ followUp: { action: 'rectify' } })).toEqual(['followUp.action: with 未发现问题 the follow-up is 无需后续处置 (none)']);
    expect(problems({ categories: ['corrected'] })).toEqual(['followUp.action: a problem found needs a follow-up other than 无需后续处置 (none)']);
  });

  it('needs a date for a follow-up that is done, and none for one that is not', () => {
    expect(problems({ categories: ['corrected'], followUp: { action: 'rectify', done: true } })).toEqual([
      'followUp.doneDate: a follow-up marked done needs the date it was done',
    ]);
    expect(problems({ categories: ['corrected'], followUp: { action: 'rectify', doneDate: '2021-10-01' } })).toEqual([
      'followUp.doneDate: a follow-up not yet done has no done date',
    ]);
  });

  it('refuses no category, an unknown one and a repeated one', () => {
    expect(problems({ categories: [] })).toEqual(['categories: choose at least one result category']);
    expect(problems({ categories: ['fine'] })[0]).toMatch(/^categories\.0: /);
    expect(problems({ categories: ['corrected', 'corrected'], followUp: { action: 'rectify' } })).toEqual(['categories: a category is listed twice']);
  });
});
