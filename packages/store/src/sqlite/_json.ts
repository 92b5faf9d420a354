// JSON columns. The store reads back only what it wrote, so parsing trusts the shape.

/** The JSON text of a value for a TEXT column. */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError('cannot store undefined as JSON');
  return text;
}

/** The value of a JSON column written by toJson. */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** As fromJson, keeping SQL NULL as null. */
export function fromJsonOrNull<T>(text: string | null): T | null {
  return text === null ? null : fromJson<T>(text);
}
