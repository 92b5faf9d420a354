import type { Candidate, Candidates, Problem } from './_candidate.ts';
import { resolveColumns, type ColumnLayout, type ColumnSpec } from './columns.ts';
import { parseCsv, type CsvRow } from './parse-csv.ts';

/**
 * The rows of a CSV pool file as records keyed by schema field; file-level problems (an
 * unusable header, an unterminated quote) throw INVALID_INPUT, row problems are collected.
 */
export function csvCandidates(text: string, source: string, columns: readonly ColumnSpec[]): Candidates {
  const table = parseCsv(text, source);
  const layout = resolveColumns(table.header, columns, { source, line: table.headerLine });
  const headerOf = new Map(layout.matched.map((column) => [column.spec.field, column.header]));
  const fieldIndex = new Map(layout.matched.map((column) => [column.spec.field, column.index]));
  const extraIndex = new Map(layout.extra.map((column) => [column.header, column.index]));
  const last = table.header.length;
  return {
    unit: 'line',
    records: table.rows.filter((row) => row.cells.some((cell) => cell.trim() !== '')).map((row) => readRow(row, layout, table.header.length)),
    order: ({ path: [first, second] }) =>
      (first === 'attributes' && typeof second === 'string' ? extraIndex.get(second) : typeof first === 'string' ? fieldIndex.get(first) : undefined) ?? last,
    locate: (line, problem) => {
      const [first, ...rest] = problem.path;
      // Name fields by the header the user wrote; an attribute's path is its header already.
      const path =
        first === 'attributes' ? rest : typeof first === 'string' && headerOf.has(first) ? [headerOf.get(first) ?? first, ...rest] : problem.path;
      return { source, line, path, message: problem.message };
    },
  };
}

function readRow(row: CsvRow, layout: ColumnLayout, width: number): Candidate {
  const value: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const column of layout.matched) {
    const cell = row.cells[column.index] ?? '';
    if (!column.spec.required && cell.trim() === '') continue;
    const read = column.spec.read(cell);
    if (read.ok) value[column.spec.field] = read.value;
    else problems.push({ path: [column.spec.field], message: read.message });
  }
  // fromEntries defines own properties, so no header can reach a prototype.
  value['attributes'] = Object.fromEntries(layout.extra.map((column) => [column.header, row.cells[column.index] ?? '']));
  for (const index of layout.unnamed) {
    const cell = row.cells[index] ?? '';
    if (cell.trim() !== '') problems.push({ path: [`column ${index + 1}`], message: `"${cell.trim()}" is in a column without a header: name the column or clear the cell` });
  }
  const beyond = row.cells.slice(width).findIndex((cell) => cell.trim() !== '');
  if (beyond >= 0) {
    problems.push({
      path: [`column ${width + beyond + 1}`],
      message: `the row has ${row.cells.length} cells but the header only ${width}: is a comma inside a value missing its quotes?`,
    });
  }
  return { at: row.line, value, problems };
}
