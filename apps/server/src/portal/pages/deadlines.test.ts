import { beforeAll, describe, expect, it } from 'vitest';
import { page, portalFixture, textOf, SECRETS, type PortalFixture } from '../_portal-fixture.ts';

let f: PortalFixture;
beforeAll(async () => {
  f = await portalFixture();
});

describe('schedule and deadlines on the portal', () => {
  it('shows a draw without a schedule as not yet scheduled, then its dates and a moved date with its reason', async () => {
    expect(textOf((await page(f.t, `/draws/${f.drawn.id}`)).text)).toContain('检查日程尚未排定');
    const created = await f.t.request<{ inspections: { target: { id: string; name: string }; date: string }[]; record: { workingDays: string[] } }>(
      'POST',
      `/api/v1/draws/${f.drawn.id}/schedule`,
      { as: 'drawer', json: {} },
    );
    expect(created.status, created.text).toBe(201);
    // The draw's seed (hence its dates) differs per run, since each commitment has a fresh salt: move the earliest inspection.
    const first = [...created.body.inspections].sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const later = created.body.record.workingDays.find((day) => day > first.date && !created.body.inspections.some((i) => i.date === day));
    expect(later, 'a free working day after the earliest inspection').toBeDefined();
    await f.t.request('POST', `/api/v1/draws/${f.drawn.id}/schedule/moves`, { as: 'drawer', json: { targetId: first.target.id, date: later!, reason: '负责人出差，申请改期' } });
    const text = textOf((await page(f.t, `/draws/${f.drawn.id}`)).text);
    expect(text).toContain('检查日程');
    expect(text).toContain(later!);
    expect(text).toContain(`已调整 原定${first.date}；理由：负责人出差，申请改期`);
  });

  it('lists every drawn target against its publication deadline, with counts per task and department', async () => {
    const response = await page(f.t, '/deadlines');
    expect(response.status).toBe(200);
    const text = textOf(response.text);
    expect(text).toContain('检查结果公示期限');
    expect(text).toContain('按抽查任务');
    expect(text).toContain('按检查部门');
    expect(text).toMatch(/按期公示|逾期公示|待公示|已逾期/);
    expect(response.text).toContain('href="/api/v1/public/deadlines"');
    for (const secret of SECRETS) expect(response.text).not.toContain(secret);
  });
});

describe('the plan page', () => {
  it('shows progress per task: drawn, inspected, published, on time', async () => {
    const text = textOf((await page(f.t, `/plans/${f.planId}`)).text);
    expect(text).toContain('执行进度');
    for (const column of ['已抽取', '已检查', '结果已公示', '按期公示', '已逾期未公示']) expect(text).toContain(column);
  });
});
