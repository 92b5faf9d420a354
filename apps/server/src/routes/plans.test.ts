import { describe, expect, it } from 'vitest';
import type { PlanEntry, TaskEntry } from '@fairdraw/store';
import { publishedJointTask, testApp } from '../_test-app.ts';

describe('plans and tasks', () => {
  it('creates a draft plan, adds a task, publishes, and shows both to staff', async () => {
    const t = await testApp();
    const { planId, taskId } = await publishedJointTask(t);
    const plan = await t.request<PlanEntry & { tasks: TaskEntry[] }>('GET', `/api/v1/plans/${planId}`, { as: 'clerk' });
    expect(plan.body.publishedAt).toMatch(/^2021-/);
    expect(plan.body.tasks.map((task) => task.id)).toEqual([taskId]);
    expect((await t.request('POST', `/api/v1/plans/${planId}/publish`, { as: 'planner' })).status).toBe(409);
  });

  it('refuses a task whose window ends before it starts, or whose team has one inspector', async () => {
    const t = await testApp();
    const plan = await t.request<PlanEntry>('POST', '/api/v1/plans', { as: 'planner', json: { year: 2021, title: '计划', bureau: '某局' } });
    const task = {
      number: '坪司抽查〔2021〕9号',
      name: '测试',
      items: ['SF-LS-01'],
      referenceDate: '2021-05-01',
      eligibility: { kinds: ['law_firm'] },
      sample: { count: 1 },
      team: { groups: [{ size: 1 }] },
    };
    const response = await t.request('POST', `/api/v1/plans/${plan.body.id}/tasks`, {
      as: 'planner',
      json: { task, window: { start: '2021-06-30', end: '2021-06-01' }, leadDepartment: '律师公证管理科' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['task.team.groups', 'window.end']);
    expect(response.body.error.issues.find((i) => i.path.join('.') === 'task.team.groups')?.message).toMatch(/at least two inspectors/);
  });

  it('refuses a second task with the same task number', async () => {
    const t = await testApp();
    const { planId } = await publishedJointTask(t);
    const existing = await t.request<TaskEntry>('GET', '/api/v1/tasks/1', { as: 'planner' });
    const again = await t.request('POST', `/api/v1/plans/${planId}/tasks`, { as: 'planner', json: existing.body.planned });
    expect(again.status).toBe(409);
  });
});
