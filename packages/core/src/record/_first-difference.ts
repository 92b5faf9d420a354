// The first field in which two JSON-like values differ, depth first: how every verifier
// (draw records, schedules, trust bundles) names what broke. Never re-exported.

export interface Difference {
  /** Where, e.g. "selected[3].target.id". */
  readonly path: string;
  readonly recorded: unknown;
  readonly replayed: unknown;
}

export function firstDifference(recorded: unknown, replayed: unknown, path: string): Difference | undefined {
  if (Array.isArray(recorded) && Array.isArray(replayed)) {
    for (let i = 0; i < Math.max(recorded.length, replayed.length); i++) {
      const found = firstDifference(recorded[i], replayed[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(recorded) && isObject(replayed)) {
    for (const key of new Set([...Object.keys(recorded), ...Object.keys(replayed)])) {
      const found = firstDifference(recorded[key], replayed[key], `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return recorded === replayed ? undefined : { path, recorded, replayed };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
