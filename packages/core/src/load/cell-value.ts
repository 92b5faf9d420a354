/** What a spreadsheet cell means: a value for the schema, or why it means nothing we accept. */
export type CellValue<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** A cell that was understood. */
export function accepted<T>(value: T): CellValue<T> {
  return { ok: true, value };
}

/** A cell that was not understood, with what was expected. */
export function refused<T = never>(message: string): CellValue<T> {
  return { ok: false, message };
}
