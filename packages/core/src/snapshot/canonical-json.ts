import { FairdrawError } from '../errors.ts';

/** A value canonical JSON can hold: no floats, no undefined, no functions. */
export type CanonicalValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

/**
 * Serialises `value` as RFC 8785 (JCS) canonical JSON restricted to integers: keys sorted
 * by UTF-16 code units, no white space, strings escaped as ECMAScript JSON.stringify does.
 * Throws INVALID_INPUT on a non-integer number or a value JSON cannot hold.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new FairdrawError('INVALID_INPUT', `canonical JSON holds only safe integers; ${path} is ${value}`);
      }
      return String(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, index) => write(item, `${path}[${index}]`)).join(',')}]`;
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${path}.${key}`)}`).join(',')}}`;
    }
    default:
      throw new FairdrawError('INVALID_INPUT', `canonical JSON cannot hold a ${typeof value} at ${path}`);
  }
}
