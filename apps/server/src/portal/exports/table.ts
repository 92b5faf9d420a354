// A downloadable table and its two encodings: CSV (UTF-8 with BOM) and XLSX.
import type { Context } from 'hono';
import writeXlsxFile from 'write-excel-file/node';

export type Cell = string | number | null;

export interface ExportTable {
  /** The sheet name in the workbook (at most 31 characters, no []:*?/\). */
  readonly sheet: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly Cell[])[];
}

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

// A cell a spreadsheet would read as a formula (or as DDE through a leading tab or return).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made inert: one that starts with = + - @, a tab or a return gets a leading
 * single quote, so a firm named "=HYPERLINK(…)" is shown as text and never run.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends, starting with a BOM so that Excel reads it as UTF-8. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((column) => csvField(column.header)), ...table.rows.map((row) => row.map(csvField))];
  return `\uFEFF${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}

/** An XLSX workbook of one sheet; text cells are written as text (never formulas) and neutralised as in CSV. */
export async function toXlsx(table: ExportTable): Promise<Uint8Array> {
  const header = table.columns.map((column) => ({ value: column.header, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: neutraliseCell(cell), type: String })));
  const buffer = await writeXlsxFile([header, ...rows], { sheet: table.sheet, columns: table.columns.map((column) => ({ width: column.width })), stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer);
}

/** Sends a table as an attachment named `name`.csv or `name`.xlsx. */
export async function sendTable(c: Context, table: ExportTable, name: string, format: ExportFormat): Promise<Response> {
  c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'csv') return c.body(toCsv(table), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  const bytes = await toXlsx(table);
  return c.body(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, 200, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
