import { isIsoDate } from '../model/primitives.ts';
import { accepted, refused, type CellValue } from './cell-value.ts';

// The same separator on both sides, so "2024-3/5" stays an error rather than a guess.
const NUMERIC = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

const EXPECTED = 'a date written YYYY-MM-DD (also YYYY/M/D, YYYY.M.D or YYYY年M月D日)';

/**
 * Reads a date as people type it in Excel (2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日)
 * and gives it as YYYY-MM-DD; refuses anything else, and dates that do not exist.
 */
export function normalizeDate(cell: string): CellValue<string> {
  const written = cell.trim();
  const numeric = NUMERIC.exec(written);
  const chinese = numeric ? undefined : CHINESE.exec(written);
  const parts = numeric ? [numeric[1], numeric[3], numeric[4]] : chinese ? [chinese[1], chinese[2], chinese[3]] : undefined;
  if (parts === undefined) return refused(`must be ${EXPECTED}, not "${written}"`);
  const [year = '', month = '', day = ''] = parts;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!isIsoDate(iso)) return refused(`"${written}" is not a real date (read as ${iso})`);
  return accepted(iso);
}
