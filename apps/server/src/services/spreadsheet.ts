import { readSheet } from 'read-excel-file/node';
import { FairdrawError } from '@fairdraw/core';

/** True when bytes are an XLSX workbook (a ZIP archive) rather than text. */
export function isXlsx(bytes: Uint8Array, filename: string | undefined): boolean {
  return (filename ?? '').toLowerCase().endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

/**
 * The first sheet of an XLSX workbook as CSV text, one line per sheet row, so that the
 * directory loaders read it exactly like a CSV export and their line numbers are the
 * sheet's row numbers. Date cells become YYYY-MM-DD; numbers their shortest decimal form.
 */
export async function xlsxToCsv(bytes: Uint8Array, source: string): Promise<string> {
  let rows: unknown[][];
  try {
    rows = (await readSheet(Buffer.from(bytes))) as unknown[][];
  } catch (error) {
    throw new FairdrawError('INVALID_INPUT', `${source} is not a readable XLSX workbook: ${(error as Error).message}`, {
      issues: [{ source, path: [], message: 'not a readable XLSX workbook; save it again from Excel, or as CSV' }],
      cause: error,
    });
  }
  return rows.map((row) => row.map(cellText).map(quote).join(',')).join('\r\n') + '\r\n';
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
