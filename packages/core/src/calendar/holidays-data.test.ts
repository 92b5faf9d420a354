import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './working-calendar.ts';
import { calendar } from './_arbitraries.ts';
import { defaultArrangements } from './holidays-data.ts';
import { isWorkingDay } from './is-working-day.ts';
import { workingDaysBetween } from './working-days-between.ts';

const off = (...dates: string[]) => dates.map((date) => [date, false] as const);
const on = (...dates: string[]) => dates.map((date) => [date, true] as const);
const range = (from: string, to: string) => {
  const dates: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += 86_400_000) dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
};

const shipped = createWorkingCalendar(defaultArrangements);

describe('defaultArrangements', () => {
  it('covers 2021 to 2026, each from its State Council notice', () => {
    expect(defaultArrangements.map(({ year, source }) => [year, source.title, source.number, source.issued])).toEqual([
      [2021, '国务院办公厅关于2021年部分节假日安排的通知', '国办发明电〔2020〕27号', '2020-11-25'],
      [2022, '国务院办公厅关于2022年部分节假日安排的通知', '国办发明电〔2021〕11号', '2021-10-25'],
      [2023, '国务院办公厅关于2023年部分节假日安排的通知', '国办发明电〔2022〕16号', '2022-12-08'],
      [2024, '国务院办公厅关于2024年部分节假日安排的通知', '国办发明电〔2023〕7号', '2023-10-25'],
      [2025, '国务院办公厅关于2025年部分节假日安排的通知', '国办发明电〔2024〕12号', '2024-11-12'],
      [2026, '国务院办公厅关于2026年部分节假日安排的通知', '国办发明电〔2025〕7号', '2025-11-04'],
    ]);
    expect(shipped.years).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
  });

  describe('2021 and 2022 (国办发明电〔2020〕27号, 国办发明电〔2021〕11号)', () => {
    it.each([
      ...on('2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'),
      ...off(...range('2021-02-11', '2021-02-17'), ...range('2021-09-19', '2021-09-21'), ...range('2021-10-01', '2021-10-07')),
      ...on('2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'),
      ...off(...range('2022-01-31', '2022-02-06'), ...range('2022-04-30', '2022-05-04'), ...range('2022-10-01', '2022-10-07')),
    ])('%s is a working day: %s', (date, working) => {
      expect(isWorkingDay(shipped, date)).toBe(working);
    });

    it('gives the published number of working days', () => {
      // 2021: 261 weekdays − 18 off + 7 make-up; 2022: 260 − 18 + 7.
      expect(workingDaysBetween(shipped, '2021-01-01', '2021-12-31')).toBe(250);
      expect(workingDaysBetween(shipped, '2021-12-31', '2022-12-31')).toBe(249);
    });
  });

  describe('2026 (国办发明电〔2025〕7号)', () => {
    it.each([
      ...on('2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'), // 调休上班: Sun, Sat, Sat, Sat, Sun, Sat
      ...off(...range('2026-02-15', '2026-02-23'), ...range('2026-10-01', '2026-10-07')),
      ...off(...range('2026-01-01', '2026-01-03'), ...range('2026-04-04', '2026-04-06'), ...range('2026-05-01', '2026-05-05')),
      ...off(...range('2026-06-19', '2026-06-21'), ...range('2026-09-25', '2026-09-27')),
      ...on('2026-01-05', '2026-02-13', '2026-02-24', '2026-04-07', '2026-05-06', '2026-06-18', '2026-06-22', '2026-09-24', '2026-09-28', '2026-10-08'),
      ...off('2026-10-11', '2026-12-26', '2026-12-27'), // ordinary weekends
    ])('%s is a working day: %s', (date, working) => {
      expect(isWorkingDay(calendar, date)).toBe(working);
    });
  });

  describe('2025 (国办发明电〔2024〕12号)', () => {
    it.each([
      ...on('2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'), // 调休上班: Sun, Sat, Sun, Sun, Sat
      ...off('2025-01-01', ...range('2025-01-28', '2025-02-04'), ...range('2025-05-01', '2025-05-05'), ...range('2025-10-01', '2025-10-08')),
      ...off(...range('2025-04-04', '2025-04-06'), ...range('2025-05-31', '2025-06-02')),
      ...on('2025-01-27', '2025-02-05', '2025-04-03', '2025-04-07', '2025-05-06', '2025-06-03', '2025-09-30', '2025-10-09'),
    ])('%s is a working day: %s', (date, working) => {
      expect(isWorkingDay(calendar, date)).toBe(working);
    });

    it('gives New Year’s Eve (除夕) off from 2025, when the law made it a statutory day', () => {
      expect(isWorkingDay(calendar, '2025-01-28')).toBe(false); // 除夕 2025, a Tuesday
      expect(isWorkingDay(calendar, '2024-02-09')).toBe(true); // 除夕 2024, a Friday: only "encouraged" off
    });
  });

  describe('2024 (国办发明电〔2023〕7号) and 2023 (国办发明电〔2022〕16号)', () => {
    it.each([
      ...on('2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'),
      ...off('2024-01-01', ...range('2024-02-10', '2024-02-17'), '2024-06-10', ...range('2024-09-15', '2024-09-17'), ...range('2024-10-01', '2024-10-07')),
      ...on('2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'),
      ...off('2023-01-02', ...range('2023-01-21', '2023-01-27'), '2023-04-05', ...range('2023-09-29', '2023-10-06')),
    ])('%s is a working day: %s', (date, working) => {
      expect(isWorkingDay(calendar, date)).toBe(working);
    });
  });

  it('gives the published number of working days in each year', () => {
    // Weekdays, less weekdays off, plus make-up days: 2023 260 − 18 + 7, 2024 262 − 19 + 8,
    // 2025 261 − 18 + 5, 2026 261 − 19 + 6.
    expect(calendar.years.map((year) => workingDaysBetween(calendar, `${year - 1}-12-31`, `${year}-12-31`))).toEqual([249, 251, 248, 248]);
  });
});
