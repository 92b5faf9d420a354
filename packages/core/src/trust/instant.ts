import { z } from 'zod';

// UTC only: an instant written with an offset would hash differently for the same moment.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

/** True when `value` is a real UTC instant written YYYY-MM-DDTHH:MM:SS[.sss]Z. */
export function isIsoInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1970 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** A moment in time, in UTC: "2023-08-23T15:09:27Z" or with milliseconds "….123Z". Kept as written. */
export const IsoInstant = z.string().refine(isIsoInstant, { error: 'must be a UTC instant written YYYY-MM-DDTHH:MM:SS[.sss]Z' });
export type IsoInstant = z.infer<typeof IsoInstant>;

/** Milliseconds since 1970-01-01T00:00:00Z of an instant already validated. */
export const instantMs = (instant: string): number => Date.parse(instant);
