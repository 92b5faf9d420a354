import { z } from 'zod';
import { IsoDate, compareCodePoints, dayNumber, isIsoDate, text } from '../model/primitives.ts';
import { isWeekendDay, weekdayName } from './_day-number.ts';

/** The first year whose holiday law (全国年节及纪念日放假办法, 2007 revision) this calendar knows. */
export const FIRST_ARRANGEMENT_YEAR = 2008;

/**
 * Days of statutory holiday (全体公民放假的假日) that the law gives in `year`: 11 from 2008
 * (国务院令第513号; the 2013 revision, 国务院令第644号, kept 11) and 13 from 2025 (国务院令第795号).
 * A statutory day that falls on a weekend is given on a weekday instead (补假), so every one of
 * them takes a weekday off.
 */
export function statutoryDaysOff(year: number): number {
  return year >= 2025 ? 13 : 11;
}

/** The State Council notice a year's arrangement is transcribed from. */
export const ArrangementSource = z.strictObject({
  /** e.g. 国务院办公厅关于2026年部分节假日安排的通知 */
  title: text(200),
  /** e.g. 国办发明电〔2025〕7号 */
  number: text(100),
  /** The date the notice was issued (落款日期). */
  issued: IsoDate,
});
export type ArrangementSource = z.infer<typeof ArrangementSource>;

const dateList = z.array(IsoDate).max(366);

/**
 * One year's working-day arrangement as the State Council published it: the days off
 * (放假, weekends inside a holiday span may be listed or not) and the weekend days that are
 * worked instead (调休上班). Dates lie in `year`, or in 25–31 December of the year before, which
 * some notices use for 元旦 (the 2019 notice made Saturday 2018-12-29 a working day). The
 * weekdays off minus the make-up days must equal the statutory days of the year plus
 * `extraDaysOff`, which catches a date left out or mistyped.
 */
export const YearArrangement = z
  .strictObject({
    year: z.number().int().min(FIRST_ARRANGEMENT_YEAR, { error: `must be ${FIRST_ARRANGEMENT_YEAR} or later (earlier years followed another holiday law)` }).max(2999),
    source: ArrangementSource,
    /** Days off: statutory holidays and the weekdays given off in exchange for make-up days. */
    holidays: dateList,
    /** Saturdays and Sundays that are working days (调休上班). */
    makeUpWorkdays: dateList,
    /**
     * Weekdays off beyond the statutory holidays granted by a separate State Council decision
     * (e.g. 2015's day for the 70th anniversary of victory, 2020's Spring Festival extension);
     * 0 in an ordinary year.
     */
    extraDaysOff: z.number().int().min(0).max(30).default(0),
  })
  .superRefine((arrangement, ctx) => {
    const { year } = arrangement;
    const issued = arrangement.source.issued;
    if (isIsoDate(issued) && (Number(issued.slice(0, 4)) < year - 1 || Number(issued.slice(0, 4)) > year)) {
      ctx.addIssue({ code: 'custom', path: ['source', 'issued'], message: `${issued} is not in ${year - 1} or ${year}; a notice for ${year} is issued in one of them` });
    }
    const first = `${year - 1}-12-25`;
    const last = `${year}-12-31`;
    const holidays = new Set<string>();
    const lists = [
      ['holidays', arrangement.holidays],
      ['makeUpWorkdays', arrangement.makeUpWorkdays],
    ] as const;
    for (const [field, dates] of lists) {
      const seen = new Set<string>();
      dates.forEach((date, index) => {
        if (!isIsoDate(date)) return; // IsoDate has reported it
        const path = [field, index];
        if (date < first || date > last) {
          ctx.addIssue({ code: 'custom', path, message: `${date} is outside ${year} (only ${first}…${last} may appear in ${year}'s arrangement)` });
        }
        if (seen.has(date)) ctx.addIssue({ code: 'custom', path, message: `${date} is listed twice` });
        seen.add(date);
        if (field === 'holidays') holidays.add(date);
        if (field === 'makeUpWorkdays') {
          if (holidays.has(date)) ctx.addIssue({ code: 'custom', path, message: `${date} is listed both as a day off and as a make-up working day` });
          if (!isWeekendDay(dayNumber(date))) {
            ctx.addIssue({ code: 'custom', path, message: `${date} is a ${weekdayName(dayNumber(date))}; a make-up working day (调休上班) is a Saturday or Sunday` });
          }
        }
      });
    }
    const weekdaysOff = [...holidays].filter((date) => !isWeekendDay(dayNumber(date))).length;
    const makeUpDays = new Set(arrangement.makeUpWorkdays.filter(isIsoDate)).size;
    const expected = statutoryDaysOff(year) + arrangement.extraDaysOff;
    if (weekdaysOff - makeUpDays !== expected) {
      const extra = arrangement.extraDaysOff > 0 ? ` plus ${arrangement.extraDaysOff} extra` : '';
      ctx.addIssue({
        code: 'custom',
        path: ['holidays'],
        message:
          `${weekdaysOff} weekdays off less ${makeUpDays} make-up working days leaves ${weekdaysOff - makeUpDays} days off, ` +
          `but ${year} has ${statutoryDaysOff(year)} statutory days${extra}: a date is missing, extra or mistyped`,
      });
    }
  })
  .transform((arrangement) => ({
    ...arrangement,
    holidays: [...arrangement.holidays].sort(compareCodePoints),
    makeUpWorkdays: [...arrangement.makeUpWorkdays].sort(compareCodePoints),
  }));
export type YearArrangement = z.infer<typeof YearArrangement>;
export type YearArrangementInput = z.input<typeof YearArrangement>;
