import { describe, expect, it } from 'vitest';
import { verifySchedule, type DrawRecord, type ScheduleRecord } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import { OPERATOR, SEED, publishedJointTask, testApp, type TestApp } from '../_test-app.ts';

type View = {
  digest: string;
  record: ScheduleRecord;
  moves: { targetId: string; from: string; to: string; reason: string }[];
  inspections: { target: { id: string; name: string }; team: { id: string }[]; scheduledDate: string; date: string; moved: boolean }[];
};

async function drawnDraw(t: TestApp) {
  const { taskId } = await publishedJointTask(t); // window 2021-09-01 … 2021-10-31
  const prepared = await t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId, seedSource: OPERATOR } });
  const drawn = await t.request<DrawEntry>('POST', `/api/v1/draws/${prepared.body.id}/draw`, { as: 'drawer', json: { value: SEED } });
  return { taskId, draw: drawn.body };
}

describe('schedules', () => {
  it('gives every team a working day in the window, replayable from the draw', async () => {
    const t = await testApp();
    const { draw } = await drawnDraw(t);
    const member = draw.record!.selected[0]!.team[0]!.id;
    const created = await t.request<View>('POST', `/api/v1/draws/${draw.id}/schedule`, {
      as: 'drawer',
      json: { inspectors: [{ id: member, unavailable: [{ from: '2021-09-01', to: '2021-09-30' }] }] },
    });
    expect(created.status, created.text).toBe(201);
    for (const inspection of created.body.inspections) {
      expect(inspection.date >= '2021-09-01' && inspection.date <= '2021-10-31').toBe(true);
      expect(['2021-10-01', '2021-10-04', '2021-10-05', '2021-10-06', '2021-10-07']).not.toContain(inspection.date);
    }
    const withLeave = created.body.inspections.find((i) => i.team.some((m) => m.id === member))!;
    expect(withLeave.date >= '2021-10-01').toBe(true);
    const pub = await t.request<View>('GET', `/api/v1/public/draws/${draw.id}/schedule`);
    expect(verifySchedule(pub.body.record, draw.record as DrawRecord)).toMatchObject({ ok: true, scheduleDigest: created.body.digest });
    expect((await t.request('POST', `/api/v1/draws/${draw.id}/schedule`, { as: 'drawer', json: {} })).status).toBe(409);
    // Until a result is published, the public deadline counts from the scheduled date.
    const deadlines = await t.request<{ rows: { targetId: string; inspectionDate: string; dateSource: string; dueDate: string }[] }>('GET', '/api/v1/public/deadlines');
    expect(deadlines.body.rows.find((r) => r.targetId === withLeave.target.id)).toMatchObject({ inspectionDate: withLeave.date, dateSource: 'schedule', dueDate: expect.any(String) });
  });

  it('moves a date with a reason, and shows both dates', async () => {
    const t = await testApp();
    const { draw } = await drawnDraw(t);
    const created = await t.request<View>('POST', `/api/v1/draws/${draw.id}/schedule`, { as: 'drawer', json: {} });
    const first = created.body.inspections[0]!;
    const target = first.date === '2021-10-29' ? '2021-10-28' : '2021-10-29';
    const holiday = await t.request('POST', `/api/v1/draws/${draw.id}/schedule/moves`, { as: 'drawer', json: { targetId: first.target.id, date: '2021-10-04', reason: '改期' } });
    expect(holiday.status).toBe(422);
    expect(holiday.body.error.message).toMatch(/not a working day/);
    expect((await t.request('POST', `/api/v1/draws/${draw.id}/schedule/moves`, { as: 'drawer', json: { targetId: first.target.id, date: target } })).status).toBe(422);
    const moved = await t.request<View>('POST', `/api/v1/draws/${draw.id}/schedule/moves`, { as: 'drawer', json: { targetId: first.target.id, date: target, reason: '被检查单位负责人出差' } });
    expect(moved.status, moved.text).toBe(201);
    const view = moved.body.inspections.find((i) => i.target.id === first.target.id)!;
    expect(view).toMatchObject({ scheduledDate: first.date, date: target, moved: true });
    const pub = await t.request<View>('GET', `/api/v1/public/draws/${draw.id}/schedule`);
    expect(pub.body.moves).toEqual([{ targetId: first.target.id, from: first.date, to: target, reason: '被检查单位负责人出差', at: expect.any(String) }]);
    expect(pub.text).not.toContain('drawer-1');
  });

  it('refuses leave for an inspector the directory does not hold, and a schedule by a clerk', async () => {
    const t = await testApp();
    const { draw } = await drawnDraw(t);
    const unknown = await t.request('POST', `/api/v1/draws/${draw.id}/schedule`, { as: 'drawer', json: { inspectors: [{ id: 'PS999', unavailable: ['2021-09-01'] }] } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.issues[0]?.path).toEqual(['inspectors', 0, 'id']);
    expect((await t.request('POST', `/api/v1/draws/${draw.id}/schedule`, { as: 'clerk', json: {} })).status).toBe(403);
  });

  it('exports iCalendar files per task and per inspector', async () => {
    const t = await testApp();
    const { draw, taskId } = await drawnDraw(t);
    const created = await t.request<View>('POST', `/api/v1/draws/${draw.id}/schedule`, { as: 'drawer', json: {} });
    const task = await t.request('GET', `/api/v1/public/tasks/${taskId}/calendar.ics`);
    expect(task.status).toBe(200);
    expect(task.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(task.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(task.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    const first = created.body.inspections[0]!;
    expect(task.text).toContain(`DTSTART;VALUE=DATE:${first.date.replaceAll('-', '')}`);
    for (const line of task.text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const member = first.team[0]!.id;
    const mine = await t.request('GET', `/api/v1/public/inspectors/${member}/calendar.ics`);
    expect(mine.text.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(1);
    expect(mine.text.replace(/\r\n /g, '')).toContain(first.target.name);
  });
});
