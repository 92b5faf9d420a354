import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalizeDate } from './normalize-date.ts';

describe('normalizeDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    [' 2024 年 12 月 31 日 ', '2024-12-31'],
    ['2024-3-5', '2024-03-05'],
    ['2024/2/29', '2024-02-29'],
    ['2000/2/29', '2000-02-29'],
  ])('reads %s as %s', (written, iso) => {
    expect(normalizeDate(written)).toEqual({ ok: true, value: iso });
  });

  it.each(['2023/2/29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024年1月32日'])('refuses %s, which is not a real date', (written) => {
    expect(normalizeDate(written)).toEqual({ ok: false, message: expect.stringMatching(/is not a real date/) });
  });

  it.each(['05/03/2024', '2024-3/5', '24-3-5', '2024-03-05 10:00', '45356', '', '2024年3月5'])('refuses %s, written in no accepted form', (written) => {
    expect(normalizeDate(written)).toEqual({ ok: false, message: expect.stringMatching(/must be a date written YYYY-MM-DD/) });
  });

  test.prop([fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })])(
    'reads every real date in each accepted form to the same YYYY-MM-DD',
    (date) => {
      const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
      const iso = date.toISOString().slice(0, 10);
      for (const written of [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`]) {
        expect(normalizeDate(written)).toEqual({ ok: true, value: iso });
      }
    },
  );
});
