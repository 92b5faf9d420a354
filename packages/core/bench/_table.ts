// Shared with apps/server/bench: one table layout for every bench.
// Plain-text tables for bench output. Cells are ASCII, so width is string length.

export type Align = 'left' | 'right';

/** Lays out rows under a header, each column padded to its widest cell. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (align[column] === 'right' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const grouped = (digits: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const wholeFormat = grouped(0);
const tenthFormat = grouped(1);

/** 1234567 → "1,234,567". */
export const whole = (value: number) => wholeFormat.format(value);

/** 1234.56 → "1,234.6". */
export const tenth = (value: number) => tenthFormat.format(value);

/** A ratio to three decimals, or "-" when there is none. */
export const ratio = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(3));

const hundredthFormat = grouped(2);

/** 1.234 → "1.23". */
export const hundredth = (value: number) => hundredthFormat.format(value);

/** Bytes as KiB or MiB, whichever reads better. */
export const size = (bytes: number) => (bytes >= 2 ** 20 ? `${tenth(bytes / 2 ** 20)} MiB` : `${tenth(bytes / 2 ** 10)} KiB`);
