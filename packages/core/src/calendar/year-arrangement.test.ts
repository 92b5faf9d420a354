import { describe, expect, it } from 'vitest';
import { defaultArrangements } from './holidays-data.ts';
import { YearArrangement, statutoryDaysOff, type YearArrangementInput } from './year-arrangement.ts';

const shipped2026 = defaultArrangements.find(({ year }) => year === 2026)!;
const with2026 = (change: Partial<YearArrangementInput>): YearArrangementInput => ({ ...shipped2026, ...change });

function messages(input: unknown): string[] {
  const result = YearArrangement.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('YearArrangement', () => {
  it.each(defaultArrangements.map((arrangement) => [arrangement.year, arrangement] as const))('accepts the shipped arrangement for %i', (_year, arrangement) => {
    expect(messages(arrangement)).toEqual([]);
  });

  it('sorts the dates and gives no extra days off by default', () => {
    const parsed = YearArrangement.parse(with2026({ holidays: [...shipped2026.holidays].reverse(), makeUpWorkdays: [...shipped2026.makeUpWorkdays].reverse() }));
    expect(parsed.holidays).toEqual([...shipped2026.holidays].sort());
    expect(parsed.makeUpWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(parsed.extraDaysOff).toBe(0);
  });

  it('refuses a date outside the year', () => {
    // 2025-12-20 is a Saturday, so only its place is wrong.
    expect(messages(with2026({ holidays: [...shipped2026.holidays, '2025-12-20'] }))).toEqual([
      `holidays.${shipped2026.holidays.length}: 2025-12-20 is outside 2026 (only 2025-12-25…2026-12-31 may appear in 2026's arrangement)`,
    ]);
    expect(messages(with2026({ makeUpWorkdays: [...shipped2026.makeUpWorkdays, '2027-01-02'] }))).toContainEqual(
      expect.stringMatching(/^makeUpWorkdays\.6: 2027-01-02 is outside 2026/),
    );
  });

  it('accepts the last week of the year before, as the 元旦 of some notices reaches back', () => {
    expect(messages(with2026({ holidays: ['2025-12-27', ...shipped2026.holidays] }))).toEqual([]);
  });

  it('refuses a date listed twice', () => {
    expect(messages(with2026({ holidays: [...shipped2026.holidays, '2026-02-15'] }))).toEqual([
      `holidays.${shipped2026.holidays.length}: 2026-02-15 is listed twice`,
    ]);
  });

  it('refuses a date that is both a day off and a make-up working day', () => {
    expect(messages(with2026({ makeUpWorkdays: [...shipped2026.makeUpWorkdays, '2026-02-15'] }))).toContainEqual(
      'makeUpWorkdays.6: 2026-02-15 is listed both as a day off and as a make-up working day',
    );
  });

  it('refuses a make-up working day that is not a Saturday or Sunday', () => {
    const makeUpWorkdays = shipped2026.makeUpWorkdays.map((date) => (date === '2026-02-14' ? '2026-02-13' : date));
    expect(messages(with2026({ makeUpWorkdays }))).toEqual([
      'makeUpWorkdays.1: 2026-02-13 is a Friday; a make-up working day (调休上班) is a Saturday or Sunday',
    ]);
  });

  it('refuses days off that do not add up to the statutory days, as when a date is left out', () => {
    const holidays = shipped2026.holidays.filter((date) => date !== '2026-10-07');
    expect(messages(with2026({ holidays }))).toEqual([
      'holidays: 18 weekdays off less 6 make-up working days leaves 12 days off, but 2026 has 13 statutory days: a date is missing, extra or mistyped',
    ]);
    expect(messages(with2026({ makeUpWorkdays: shipped2026.makeUpWorkdays.slice(1) }))).toHaveLength(1);
  });

  it('accepts weekdays off beyond the statutory days only when extraDaysOff counts them', () => {
    const holidays = [...shipped2026.holidays, '2026-03-03'];
    expect(messages(with2026({ holidays, extraDaysOff: 1 }))).toEqual([]);
    expect(messages(with2026({ holidays }))).toEqual([expect.stringMatching(/leaves 14 days off, but 2026 has 13 statutory days/)]);
  });

  it('refuses a year before the 2008 holiday law and a notice issued in another year', () => {
    expect(messages(with2026({ year: 2007 }))).toContainEqual('year: must be 2008 or later (earlier years followed another holiday law)');
    expect(messages(with2026({ source: { ...shipped2026.source, issued: '2024-11-04' } }))).toEqual([
      'source.issued: 2024-11-04 is not in 2025 or 2026; a notice for 2026 is issued in one of them',
    ]);
  });

  it('refuses malformed dates and unknown fields', () => {
    expect(messages(with2026({ holidays: ['2026-02-30', ...shipped2026.holidays] }))).toContainEqual('holidays.0: must be a real date written YYYY-MM-DD');
    expect(messages({ ...shipped2026, note: 'x' })).toEqual([expect.stringMatching(/note/)]);
  });
});

describe('statutoryDaysOff', () => {
  it('is 11 under the 2007 and 2013 law and 13 from 2025', () => {
    expect([2008, 2014, 2024, 2025, 2026].map(statutoryDaysOff)).toEqual([11, 11, 11, 13, 13]);
  });
});
