import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isFairdrawError } from '../errors.ts';
import { parseCsv } from './parse-csv.ts';
import { thrown } from './_fixtures.ts';

describe('parseCsv', () => {
  it('splits records on LF, CRLF and a lone CR, ignoring a final line break', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const table = parseCsv(['a,b', '1,2', '3,4', ''].join(end), 'x.csv');
      expect(table).toEqual({
        header: ['a', 'b'],
        headerLine: 1,
        rows: [
          { line: 2, cells: ['1', '2'] },
          { line: 3, cells: ['3', '4'] },
        ],
      });
    }
  });

  it('keeps commas, quotes and line breaks inside quoted fields and counts lines across them', () => {
    const text = 'name,note\r\n"Wang, Li","said ""hi""\r\nthen left"\r\nZhao,"a\nb\nc"\r\nQian,plain\r\n';
    expect(parseCsv(text, 'x.csv').rows).toEqual([
      { line: 2, cells: ['Wang, Li', 'said "hi"\r\nthen left'] },
      { line: 4, cells: ['Zhao', 'a\nb\nc'] },
      { line: 7, cells: ['Qian', 'plain'] },
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    const table = parseCsv('\n  a , b \n\n1,2\n   \n3,4\n\n', 'x.csv');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.headerLine).toBe(2);
    expect(table.rows.map((row) => row.line)).toEqual([4, 6]);
  });

  it('keeps empty cells, including a trailing one, and leaves data cells untrimmed', () => {
    expect(parseCsv('a,b,c\n, x ,\n', 'x.csv').rows).toEqual([{ line: 2, cells: ['', ' x ', ''] }]);
  });

  it('reads a quoted field preceded or followed by spaces as hand-typed CSV means it', () => {
    expect(parseCsv('a,b\n1, "x, y" \n', 'x.csv').rows[0]?.cells).toEqual(['1', 'x, y']);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(parseCsv('a\n12" pipe\n', 'x.csv').rows[0]?.cells).toEqual(['12" pipe']);
  });

  it('names the source and the line where an unterminated quote opens', () => {
    const error = thrown(() => parseCsv('a,b\n1,2\n3,"open\n4,5\n', 'targets.csv'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^targets\.csv:3: .*closing " is missing/);
    expect(error.issues).toEqual([expect.objectContaining({ source: 'targets.csv', line: 3 })]);
  });

  it('refuses text after a closing quote, naming its line', () => {
    expect(thrown(() => parseCsv('a,b\n"x\ny"z,1\n', 'x.csv')).message).toMatch(/^x\.csv:3: text after the closing "/);
  });

  it('gives an empty header for an empty text', () => {
    expect(parseCsv('', 'x.csv')).toEqual({ header: [], headerLine: 1, rows: [] });
  });

  // Any table written the way Excel writes CSV reads back cell for cell, on the right lines.
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', '中'), maxLength: 6 });
  test.prop([fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n')])(
    'reads back what a CSV writer wrote, with the line each record starts on',
    (rows, end) => {
      const quote = (value: string) => (/[",\r\n]|^\s|\s$/.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value);
      const lines = [['h1', 'h2'], ...rows].map((cells) => cells.map(quote).join(','));
      const table = parseCsv(lines.join(end) + end, 'x.csv');
      let line = 1;
      const expected = lines.map((text, index) => {
        const start = line;
        line += (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
        return { line: start, cells: index === 0 ? ['h1', 'h2'] : (rows[index - 1] ?? []) };
      });
      expect(table.rows).toEqual(expected.slice(1));
    },
  );

  test.prop([fc.string({ maxLength: 80 })])('either parses any text or throws INVALID_INPUT', (text) => {
    try {
      parseCsv(text, 'x.csv');
    } catch (error) {
      expect(isFairdrawError(error, 'INVALID_INPUT')).toBe(true);
    }
  });
});
