import { z } from 'zod';

/**
 * Ids of inspectors and other staff-made records: printable ASCII without spaces, so
 * that sorting by id means the same thing in every language (code-point order).
 */
export const RecordId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/, {
    error: 'must be 1-64 characters of letters, digits and . _ : / - (no spaces), starting with a letter or digit',
  });
export type RecordId = z.infer<typeof RecordId>;

// Years 1900-2999 only: Date.UTC maps years 0-99 to 1900-1999, and no inspection predates 1900.
const ISO_DATE = /^((?:19|2\d)\d\d)-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A calendar date, YYYY-MM-DD (no time, no zone: dates are China Standard Time dates). */
export const IsoDate = z.string().refine(isIsoDate, { error: 'must be a real date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A non-empty, trimmed line of text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: 'must be one line without control characters (tabs, line breaks)' });

/** A slug naming a kind or category that a bureau may define itself. */
export const Slug = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'must be lower-case letters, digits and _ (at most 40), starting with a letter' });

/** A set of strings: trimmed, de-duplicated and sorted, so its order never matters. */
export const stringSet = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).transform((values) => [...new Set(values)].sort(compareCodePoints));

/** Orders strings by Unicode code points (as UTF-8 bytes sort), unlike `<` on UTF-16. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (0xD800-0xDFFF) stand for code points above 0xFFFF, so they sort after
    // every other UTF-16 unit even though 0xE000-0xFFFF units are numerically larger.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Extra spreadsheet columns the draw does not use, kept with the record. */
export const Attributes = z.record(z.string(), z.string()).default({});

/** Days since 1970-01-01 of a YYYY-MM-DD date; differences of these are exact day counts. */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}
