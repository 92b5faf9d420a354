import { FairdrawError } from '../errors.ts';
import { isIsoDate } from '../model/primitives.ts';

/** China Standard Time is UTC+8 all year: mainland China has kept no daylight saving since 1991. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar date (YYYY-MM-DD) in mainland China, China Standard Time (UTC+8), at `instant`,
 * whatever the process time zone: 2026-09-30T16:00:00Z is 2026-10-01. Uses the fixed offset,
 * not the tz database, so it agrees with Intl's Asia/Shanghai for every instant since 1992
 * (the tz database records summer time in 1986–1991). Throws INVALID_INPUT for an invalid
 * Date or a date outside the years 1900–2999.
 */
export function chinaDateOf(instant: Date): string {
  const shifted = new Date((instant instanceof Date ? instant.getTime() : Number.NaN) + CHINA_OFFSET_MS);
  const date = Number.isNaN(shifted.getTime()) ? '' : shifted.toISOString().slice(0, 10);
  if (!isIsoDate(date)) {
    const message = `must be a valid instant in the years 1900–2999 (China Standard Time), not ${String(instant)}`;
    throw new FairdrawError('INVALID_INPUT', `instant: ${message}`, { issues: [{ path: ['instant'], message }] });
  }
  return date;
}
