import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { chinaDateOf } from './china-date-of.ts';

const shanghai = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
function shanghaiDate(instant: Date): string {
  const parts = Object.fromEntries(shanghai.formatToParts(instant).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

describe('chinaDateOf', () => {
  it.each([
    ['2026-09-30T15:59:59.999Z', '2026-09-30'],
    ['2026-09-30T16:00:00.000Z', '2026-10-01'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'], // midnight in Beijing, still 2025 in UTC
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
    ['2026-03-08T10:30:00-08:00', '2026-03-09'], // the day US clocks change: 02:30 in Beijing
    ['2026-01-01T00:00:00+08:00', '2026-01-01'],
  ])('puts %s on %s', (instant, date) => {
    expect(chinaDateOf(new Date(instant))).toBe(date);
  });

  it('refuses an invalid Date and instants outside the years 1900–2999', () => {
    expect(() => chinaDateOf(new Date('not a date'))).toThrow(/^instant: must be a valid instant/);
    expect(() => chinaDateOf(new Date('3000-01-01T00:00:00+08:00'))).toThrow(/^instant: must be a valid instant/);
    expect(() => chinaDateOf(new Date(8.64e15))).toThrow(/^instant: must be a valid instant/);
    expect(chinaDateOf(new Date('2999-12-31T23:59:59.999+08:00'))).toBe('2999-12-31');
  });

  test.prop([fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })])(
    "agrees with Intl's Asia/Shanghai time zone for every instant since China last kept summer time",
    (instant) => {
      expect(chinaDateOf(instant)).toBe(shanghaiDate(instant));
    },
  );
});
