// Reading the bench's knobs from the environment.

/** A whole number from `name` (underscores and commas allowed), or `fallback` when unset. */
export function envCount(name: string, fallback: number, minimum = 1): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(value) || value < minimum) throw new RangeError(`${name} must be a whole number of at least ${minimum}, not "${raw}"`);
  return value;
}

/** A comma list of whole numbers from 1 to 1000, like "1,8,32", or `fallback` when unset. */
export function envCounts(name: string, fallback: readonly number[]): number[] {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return [...fallback];
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isSafeInteger(value) || value < 1 || value > 1000)) {
    throw new RangeError(`${name} must be a comma list of whole numbers from 1 to 1000, like "1,8,32", not "${raw}"`);
  }
  return values;
}
