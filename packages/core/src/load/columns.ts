import { FairdrawError, type Issue } from '../errors.ts';
import type { CellValue } from './cell-value.ts';

/** One column a pool file may have: its schema field, its two header spellings and how to read a cell. */
export interface ColumnSpec {
  /** The schema field the column fills, e.g. "lastInspected". */
  readonly field: string;
  /** The English header, matched case-insensitively, e.g. "last_inspected". */
  readonly english: string;
  /** The Chinese header a bureau spreadsheet uses, e.g. "最近检查日期". */
  readonly chinese: string;
  readonly required: boolean;
  /** Reads a cell; empty cells of optional columns never reach it (they mean "not given"). */
  readonly read: (cell: string) => CellValue<unknown>;
}

/** A header cell matched to a column, with the header as the user wrote it. */
export interface MatchedColumn {
  readonly index: number;
  readonly header: string;
  readonly spec: ColumnSpec;
}

/** Where each field's cells are, and which columns are kept as attributes. */
export interface ColumnLayout {
  readonly matched: readonly MatchedColumn[];
  /** Columns with headers we do not know; their cells become the record's attributes. */
  readonly extra: readonly { readonly index: number; readonly header: string }[];
  /** Columns with an empty header: a value in one has no name to be kept under. */
  readonly unnamed: readonly number[];
}

/**
 * Matches a header row to a pool's columns by English (any case), Chinese or JSON field name; throws one
 * INVALID_INPUT listing every missing required column (both spellings), every column given
 * twice and the headers found.
 */
export function resolveColumns(header: readonly string[], columns: readonly ColumnSpec[], context: { readonly source: string; readonly line: number }): ColumnLayout {
  const byName = new Map<string, ColumnSpec>();
  for (const spec of columns) {
    byName.set(spec.english.toLowerCase(), spec);
    byName.set(spec.chinese.toLowerCase(), spec);
    // The JSON field name too: a "lastInspected" column kept as an attribute would silently drop the dates.
    byName.set(spec.field.toLowerCase(), spec);
  }
  const matched: MatchedColumn[] = [];
  const extra: { index: number; header: string }[] = [];
  const unnamed: number[] = [];
  const problems: { readonly message: string; readonly listFound?: boolean }[] = [];
  const seenExtra = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') {
      unnamed.push(index);
      return;
    }
    const spec = byName.get(name.toLowerCase());
    if (spec !== undefined) {
      const earlier = matched.find((column) => column.spec === spec);
      if (earlier !== undefined) {
        problems.push({ message: `columns ${quoteColumn(earlier)} and ${quoteColumn({ index, header: name })} both give ${bothNames(spec)}: keep one` });
      } else {
        matched.push({ index, header: name, spec });
      }
      return;
    }
    if (name === '__proto__') {
      // Record schemas drop this key silently, and a column must never vanish unnoticed.
      problems.push({ message: `column ${index + 1} is named "__proto__", which cannot be kept: rename it` });
      return;
    }
    const earlier = seenExtra.get(name);
    if (earlier !== undefined) {
      problems.push({ message: `columns ${earlier + 1} and ${index + 1} are both named "${name}": rename one` });
      return;
    }
    seenExtra.set(name, index);
    extra.push({ index, header: name });
  });
  for (const spec of columns) {
    if (spec.required && !matched.some((column) => column.spec === spec)) {
      problems.push({ message: `the required column ${bothNames(spec)} is missing`, listFound: true });
    }
  }
  if (problems.length > 0) {
    const found = header.length > 0 ? header.map((name) => `"${name}"`).join(', ') : 'none';
    // Each issue must stand alone (a form may show only issues), so a missing column names what was found.
    const issues: Issue[] = problems.map((problem) => ({
      source: context.source,
      line: context.line,
      path: [],
      message: problem.listFound === true ? `${problem.message} (headers found: ${found})` : problem.message,
    }));
    const summary = problems.map((problem) => problem.message).join('; ');
    throw new FairdrawError('INVALID_INPUT', `${context.source}:${context.line}: the header row cannot be used: ${summary} (headers found: ${found})`, {
      issues,
    });
  }
  return { matched, extra, unnamed };
}

function bothNames(spec: ColumnSpec): string {
  return `"${spec.english}" / "${spec.chinese}"`;
}

function quoteColumn(column: { readonly index: number; readonly header: string }): string {
  return `"${column.header}" (column ${column.index + 1})`;
}
