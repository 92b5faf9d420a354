import { describe, expect, it } from 'vitest';
import { gb18030, thrown, utf8 } from './_fixtures.ts';
import { loadTask } from './load-task.ts';

const TASK = {
  number: '坪司抽查〔2021〕1号',
  name: '律师事务所年度抽查',
  items: ['LS-01'],
  referenceDate: '2026-03-02',
  eligibility: { kinds: ['law_firm'] },
  sample: { percent: 10, minimum: 2 },
  team: { groups: [{ size: 2 }] },
};

describe('loadTask', () => {
  it('reads a task with the schema defaults filled in', () => {
    const task = loadTask(utf8(JSON.stringify(TASK)), { source: 'task.json' });
    expect(task).toMatchObject({ number: TASK.number, sample: { percent: '10', rounding: 'up', minimum: 2, maximum: null }, stratifyByRisk: false });
  });

  it('reads a task saved as GB18030', () => {
    const text = JSON.stringify(TASK);
    expect(loadTask(gb18030(text), { source: 'task.json' }).name).toBe('律师事务所年度抽查');
  });

  it('says which field is wrong', () => {
    const error = thrown(() => loadTask(utf8(JSON.stringify({ ...TASK, eligibility: { kinds: [] } })), { source: 'task.json' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/task\.json is not valid: eligibility\.kinds: name at least one target kind/);
    expect(error.issues).toEqual([expect.objectContaining({ source: 'task.json', path: ['eligibility', 'kinds'] })]);
  });

  it('names the line of a JSON syntax error', () => {
    const error = thrown(() => loadTask(utf8('{\n  "number": "1",\n  "name": "x",\n}'), { source: 'task.json' }));
    expect(error.message).toMatch(/^task\.json:4 is not valid JSON/);
    expect(error.issues[0]).toMatchObject({ source: 'task.json', line: 4 });
  });
});
