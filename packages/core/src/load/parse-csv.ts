import { FairdrawError } from '../errors.ts';

/** One record of a CSV file and the 1-based physical line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A CSV file: its first record as the trimmed header, then the data records. */
export interface CsvTable {
  header: string[];
  /** The line the header record starts on (blank lines may precede it). */
  headerLine: number;
  rows: CsvRow[];
}

/**
 * Parses RFC 4180 CSV (comma separator, "" inside quoted fields, quoted commas and line
 * breaks, CRLF, LF or CR line ends) and skips blank lines; throws INVALID_INPUT naming the
 * source and line of an unterminated quote or of text after a closing quote.
 */
export function parseCsv(text: string, source: string): CsvTable {
  const records: CsvRow[] = [];
  let line = 1;
  let at = 0;
  while (at < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      const field = readField(text, at, line, source);
      cells.push(field.value);
      line = field.line;
      at = field.end;
      const next = text.charAt(at);
      if (next === ',') {
        at += 1;
        continue;
      }
      if (next === '\r' || next === '\n') {
        at += next === '\r' && text.charAt(at + 1) === '\n' ? 2 : 1;
        line += 1;
      }
      break;
    }
    const blank = cells.length === 1 && (cells[0] ?? '').trim() === '';
    if (!blank) records.push({ line: start, cells });
  }
  const [first, ...rows] = records;
  return {
    header: (first?.cells ?? []).map((cell) => cell.trim()),
    headerLine: first?.line ?? 1,
    rows,
  };
}

interface Field {
  readonly value: string;
  /** Index just past the field: a comma, a line end or the end of the text. */
  readonly end: number;
  /** The physical line at `end`. */
  readonly line: number;
}

function readField(text: string, at: number, line: number, source: string): Field {
  // Hand-typed CSV often has `a, "b"`: spaces before an opening quote do not make it literal.
  const open = skipSpaces(text, at);
  if (text.charAt(open) !== '"') {
    const end = findFieldEnd(text, at);
    return { value: text.slice(at, end), end, line };
  }
  let value = '';
  let from = open + 1;
  let current = line;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) {
      throw csvError(source, line, 'a quoted field starts here but its closing " is missing (a " inside a quoted field is written "")');
    }
    const chunk = text.slice(from, quote);
    value += chunk;
    current += countLineBreaks(chunk);
    if (text.charAt(quote + 1) === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    const end = skipSpaces(text, quote + 1);
    const next = text.charAt(end);
    if (end < text.length && next !== ',' && next !== '\r' && next !== '\n') {
      throw csvError(source, current, `text after the closing " of a quoted field (a " inside a quoted field is written "")`);
    }
    return { value, end, line: current };
  }
}

function skipSpaces(text: string, at: number): number {
  let index = at;
  while (text.charAt(index) === ' ' || text.charAt(index) === '\t') index += 1;
  return index;
}

function findFieldEnd(text: string, at: number): number {
  for (let index = at; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === ',' || char === '\r' || char === '\n') return index;
  }
  return text.length;
}

function countLineBreaks(chunk: string): number {
  // CRLF is one break; a lone CR (classic Mac Excel) or LF is one each.
  return chunk.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function csvError(source: string, line: number, problem: string): FairdrawError {
  return new FairdrawError('INVALID_INPUT', `${source}:${line}: ${problem}`, { issues: [{ source, line, path: [], message: problem }] });
}
