import { describe, expect, it } from 'vitest';
import { creditCode } from '../_arbitraries.ts';
import { DateSpan, DrawSummary, InspectorAvailability, ScheduleConstraints, ScheduleWindow, TargetBlackout } from './schedule-input.ts';
import { summary } from './_arbitraries.ts';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map(({ message }) => message).join('; ');

describe('schedule inputs', () => {
  it('takes a date or a span of dates, both ends included', () => {
    expect(DateSpan.parse('2026-10-10')).toBe('2026-10-10');
    expect(DateSpan.parse({ from: '2026-10-08', to: '2026-10-08' })).toEqual({ from: '2026-10-08', to: '2026-10-08' });
    expect(DateSpan.safeParse('2026-02-29').success).toBe(false);
    expect(DateSpan.safeParse({ from: '2026-10-09', to: '2026-10-08' }).success).toBe(false);
    expect(DateSpan.safeParse({ from: '2026-10-08', to: '2026-10-09', reason: '年假' }).success).toBe(false);
  });

  it('takes a window of up to 366 days that does not end before it starts', () => {
    expect(ScheduleWindow.safeParse({ start: '2026-01-01', end: '2027-01-01' }).success).toBe(true);
    expect(messageOf(ScheduleWindow.safeParse({ start: '2026-01-01', end: '2027-01-02' }))).toBe('a window spans at most 366 days; 2026-01-01…2027-01-02 spans 367');
    expect(messageOf(ScheduleWindow.safeParse({ start: '2026-10-09', end: '2026-10-08' }))).toBe('the window ends (2026-10-08) before it starts (2026-10-09)');
  });

  it('takes daily limits from 1 to 100 and inspector ids as the directory writes them', () => {
    expect(InspectorAvailability.parse({ id: ' I001 ', dailyLimit: 2 })).toEqual({ id: 'I001', dailyLimit: 2, unavailable: [] });
    expect(InspectorAvailability.safeParse({ id: 'I001', dailyLimit: 0 }).success).toBe(false);
    expect(InspectorAvailability.safeParse({ id: 'I001', dailyLimit: 1.5 }).success).toBe(false);
    expect(InspectorAvailability.safeParse({ id: 'I001', dailyLimit: 101 }).success).toBe(false);
    expect(InspectorAvailability.safeParse({ id: '张三' }).success).toBe(false);
    expect(InspectorAvailability.safeParse({ id: 'I001', leave: [] }).success).toBe(false);
  });

  it('normalises and checks the credit code of a blackout', () => {
    expect(TargetBlackout.parse({ targetId: ` ${creditCode(3).toLowerCase()} `, dates: [] }).targetId).toBe(creditCode(3));
    expect(TargetBlackout.safeParse({ targetId: creditCode(3).slice(0, 17) + '0', dates: [] }).success).toBe(false);
  });

  it('fills a daily limit of 1 and refuses an inspector or target listed twice', () => {
    const window = { start: '2026-10-08', end: '2026-10-09' };
    expect(ScheduleConstraints.parse({ window })).toEqual({ window, dailyLimit: 1, inspectors: [], blackouts: [] });
    expect(messageOf(ScheduleConstraints.safeParse({ window, inspectors: [{ id: 'I001' }, { id: 'I001' }] }))).toBe('inspector "I001" is listed twice');
    const twice = { window, blackouts: [{ targetId: creditCode(1), dates: [] }, { targetId: creditCode(1).toLowerCase(), dates: [] }] };
    expect(messageOf(ScheduleConstraints.safeParse(twice))).toBe(`target "${creditCode(1)}" is listed twice`);
    expect(ScheduleConstraints.safeParse({ window, dailyLimits: 2 }).success).toBe(false);
  });

  it('takes a draw summary only in draw order, with each target and team member once', () => {
    const good = summary([[0, 1], [2, 3]]);
    expect(DrawSummary.parse(good)).toEqual(good);
    const reordered = { ...good, selected: [good.selected[1]!, good.selected[0]!] };
    expect(messageOf(DrawSummary.safeParse(reordered))).toMatch(/must be 1: targets are listed in draw order/);
    const repeated = { ...good, selected: [good.selected[0]!, { ...good.selected[0]!, order: 2 }] };
    expect(messageOf(DrawSummary.safeParse(repeated))).toBe(`target "${creditCode(0)}" is drawn twice`);
    const doubled = summary([[0, 0]]);
    expect(messageOf(DrawSummary.safeParse(doubled))).toBe('inspector "I000" is on this team twice');
    expect(DrawSummary.safeParse(summary([[]])).success).toBe(false);
    expect(DrawSummary.safeParse({ ...good, digest: 'sha256:00' }).success).toBe(false);
    expect(DrawSummary.safeParse({ ...good, seed: 'A'.repeat(64) }).success).toBe(false);
  });
});
