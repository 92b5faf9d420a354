import { describe, expect, it } from 'vitest';
import { defaultArrangements } from '@fairdraw/core';
import type { DrawEntry, ResultEntry } from '@fairdraw/store';
import { OPERATOR, SEED, publishedJointTask, testApp } from '../_test-app.ts';
import type { DeadlineRow } from '../services/deadlines.ts';

type Coverage = { years: { year: number; origin: string }[] };
type Deadlines = { today: string; rows: DeadlineRow[]; byTask: { taskId: number; total: number; pending: number; not_inspected: number; published_on_time: number }[]; byDepartment: { department: string; total: number }[] };

describe('the working-day calendar in the service', () => {
  it('covers the shipped years, and a planner can add or correct one, on the record', async () => {
    const t = await testApp();
    const before = await t.request<Coverage>('GET', '/api/v1/public/calendar');
    expect(before.body.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    const corrected = { ...defaultArrangements.find((a) => a.year === 2026)!, source: { title: '国务院办公厅关于2026年部分节假日安排的通知', number: '国办发明电〔2025〕7号', issued: '2025-11-04' } };
    expect((await t.request('PUT', '/api/v1/calendar/2026', { as: 'clerk', json: corrected })).status).toBe(403);
    const put = await t.request('PUT', '/api/v1/calendar/2026', { as: 'planner', json: corrected });
    expect(put.status).toBe(200);
    const after = await t.request<Coverage>('GET', '/api/v1/public/calendar');
    expect(after.body.years.find((y) => y.year === 2026)?.origin).toBe('added');
    const log = await t.request<{ entries: { action: string }[] }>('GET', '/api/v1/audit?entity=calendar', { as: 'auditor' });
    expect(log.body.entries.map((e) => e.action)).toEqual(['calendar.put']);
  });

  it('refuses an arrangement whose days do not add up, naming the field', async () => {
    const t = await testApp();
    const shipped = defaultArrangements.find((a) => a.year === 2026)!;
    const broken = { ...shipped, holidays: shipped.holidays.slice(1) };
    const response = await t.request('PUT', '/api/v1/calendar/2026', { as: 'planner', json: broken });
    expect(response.status).toBe(422);
    expect(response.body.error.issues.length).toBeGreaterThan(0);
    expect((await t.request('PUT', '/api/v1/calendar/2025', { as: 'planner', json: shipped })).status).toBe(422);
  });
});

describe('publication deadlines', () => {
  it('lists each drawn target against its deadline, counting per task and department', async () => {
    const t = await testApp(); // its clock stands in March 2021
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    const [first] = drawn.body.record!.selected;
    // Inspected on Friday 2021-09-17: 9/18 Sat worked (1), 9/19–21 off, 9/22–24 (4), 9/26 Sun
    // worked (5), 9/27–30 (9), 10/1–7 off, 10/8 (10), 10/9 Sat worked (11), 10/11–15 (16),
    // 10/18–21 (20): due 2021-10-21.
    const entered = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.body.id}/results`, {
      as: 'clerk',
      json: { targetId: first!.target.id, outcome: { inspectionDate: '2021-09-17', categories: ['no_problem'], followUp: { action: 'none' } } },
    });
    // An unpublished result's date stays inside the bureau.
    const before = await t.request<Deadlines>('GET', '/api/v1/public/deadlines');
    expect(before.body.rows.find((r) => r.targetId === first!.target.id)).toMatchObject({ inspectionDate: null, status: 'not_inspected' });
    expect(before.text).not.toContain('2021-09-17');
    await t.request('POST', `/api/v1/results/${entered.body.id}/approve`, { as: 'reviewer' });
    await t.request('POST', `/api/v1/results/${entered.body.id}/publish`, { as: 'reviewer' });
    const response = await t.request<Deadlines>('GET', '/api/v1/public/deadlines');
    expect(response.status).toBe(200);
    expect(response.body.today).toBe('2021-03-01');
    const row = response.body.rows.find((r) => r.targetId === first!.target.id);
    expect(row).toMatchObject({ inspectionDate: '2021-09-17', dateSource: 'result', dueDate: '2021-10-21', status: 'published_on_time', overdue: false });
    expect(response.body.byTask).toEqual([expect.objectContaining({ taskId, total: 2, published_on_time: 1, not_inspected: 1 })]);
    expect(response.body.byDepartment.map((d) => [d.department, d.total]).sort()).toEqual([
      ['区市场监督管理局', 2],
      ['律师公证管理科', 2],
    ]);
    const filtered = await t.request<Deadlines>('GET', `/api/v1/public/deadlines?department=${encodeURIComponent('无此部门')}`);
    expect(filtered.body.rows).toEqual([]);
  });

  it('counts across the 2026 Mid-Autumn and National Day holidays and the 10/10 make-up day (the issue’s example)', async () => {
    const t = await testApp();
    const { taskId } = await publishedJointTask(t);
    const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
    const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
    const target = drawn.body.record!.selected[0]!.target.id;
    const entered = await t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.body.id}/results`, {
      as: 'clerk',
      json: { targetId: target, outcome: { inspectionDate: '2026-09-24', categories: ['no_problem'], followUp: { action: 'none' } } },
    });
    await t.request('POST', `/api/v1/results/${entered.body.id}/approve`, { as: 'reviewer' });
    await t.request('POST', `/api/v1/results/${entered.body.id}/publish`, { as: 'reviewer' });
    const response = await t.request<Deadlines>('GET', `/api/v1/public/deadlines?taskId=${taskId}`);
    expect(response.body.rows.find((r) => r.targetId === target)).toMatchObject({ inspectionDate: '2026-09-24', dueDate: '2026-10-29' });
  });
});
