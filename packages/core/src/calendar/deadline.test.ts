import { describe, expect, it } from 'vitest';
import { resultDeadline } from './deadline.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { defaultArrangements } from './holidays-data.ts';

const calendar = createWorkingCalendar(defaultArrangements);
const base = { inspectionDate: '2026-09-24', days: 20, publishedOn: null, today: '2026-09-25' };

describe('resultDeadline', () => {
  it('counts 20 working days across Mid-Autumn, National Day and the 10/10 make-up day', () => {
    // 9/24 Thu inspected; 9/25 Fri (中秋) and 10/1–10/7 off, 10/10 Sat worked:
    // 9/28 9/29 9/30 (3), 10/8 10/9 10/10 (6), 10/12–16 (11), 10/19–23 (16), 10/26 27 28 29 (20).
    expect(resultDeadline(calendar, base)).toEqual({ due: '2026-10-29', status: 'pending' });
  });

  it('is due soon within five working days, and overdue the day after', () => {
    expect(resultDeadline(calendar, { ...base, today: '2026-10-22' }).status).toBe('due_soon');
    expect(resultDeadline(calendar, { ...base, today: '2026-10-29' }).status).toBe('due_soon');
    expect(resultDeadline(calendar, { ...base, today: '2026-10-30' }).status).toBe('overdue');
  });

  it('says whether a published result made its deadline', () => {
    expect(resultDeadline(calendar, { ...base, publishedOn: '2026-10-29', today: '2026-11-30' }).status).toBe('published_on_time');
    expect(resultDeadline(calendar, { ...base, publishedOn: '2026-10-30', today: '2026-11-30' }).status).toBe('published_late');
  });

  it('has no deadline before the inspection, and a shorter one where local rules say so', () => {
    expect(resultDeadline(calendar, { ...base, inspectionDate: null })).toEqual({ due: null, status: 'not_inspected' });
    expect(resultDeadline(calendar, { ...base, days: 5 }).due).toBe('2026-10-09');
  });

  it('refuses to count into a year the calendar does not know', () => {
    expect(() => resultDeadline(calendar, { ...base, inspectionDate: '2026-12-20' })).toThrow(/calendar unknown for 2027/);
  });
});
