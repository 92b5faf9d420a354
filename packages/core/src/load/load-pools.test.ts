import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isFairdrawError } from '../errors.ts';
import { standardTargetKinds } from '../model/target.ts';
import { creditCode } from '../_arbitraries.ts';
import { arbitraryCreditCode, thrown, utf8 } from './_fixtures.ts';
import { loadConflicts, loadInspectors, loadTargets } from './load-pools.ts';
import { loadTask } from './load-task.ts';

const A = creditCode(1);
const B = creditCode(2);
const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('loadTargets', () => {
  it('returns every target when every row is valid', () => {
    const targets = loadTargets(utf8(csv('id,name,kind', `${A},甲,law_firm`, `${B},乙,公证处`)), { source: 't.csv' });
    expect(targets.map((target) => [target.id, target.kind])).toEqual([
      [A, 'law_firm'],
      [B, 'notary_office'],
    ]);
  });

  it('returns nothing and names the rejected rows when any row is bad', () => {
    const text = csv('id,name,kind', `${A},甲,law_firm`, `${B},,law_firm`, `X,丙,律所`);
    const error = thrown(() => loadTargets(utf8(text), { source: 't.csv' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^t\.csv: 2 rows rejected: t\.csv:3: name: must not be empty; t\.csv:4: id: a 统一社会信用代码 has 18 characters; "X" has 1; t\.csv:4: kind: "律所" is not a kind we know: [^;]*$/);
    expect(error.issues).toHaveLength(3);
  });

  it('shows at most three issues in the message and keeps all of them on the error', () => {
    const rows = Array.from({ length: 5 }, (_, index) => `${creditCode(index + 1)},,law_firm`);
    const error = thrown(() => loadTargets(utf8(csv('id,name,kind', ...rows)), { source: 't.csv' }));
    expect(error.message).toMatch(/^t\.csv: 5 rows rejected: (t\.csv:\d: name: must not be empty(; )?){3}…$/);
    expect(error.issues.map((issue) => issue.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('says "1 row" and counts JSON records by position', () => {
    const json = JSON.stringify([{ id: A, name: '甲', kind: 'law_firm' }, { id: B, name: '', kind: 'law_firm' }]);
    expect(thrown(() => loadTargets(utf8(json), { source: 't.json' })).message).toBe('t.json: 1 row rejected: t.json: 2.name: record 2: must not be empty');
  });
});

describe('loadInspectors and loadConflicts', () => {
  it('load whole files', () => {
    expect(loadInspectors(utf8(csv('id,name,department,certificate', 'I1,张三,市局,C1')), { source: 'i.csv' })).toHaveLength(1);
    expect(loadConflicts(utf8(csv('inspector_id,target_id', `I1,${A}`)), { source: 'c.csv' })).toEqual([{ inspectorId: 'I1', targetId: A, reason: null, attributes: {} }]);
  });

  it('refuse a file with any bad row', () => {
    const error = thrown(() => loadConflicts(utf8(csv('inspector_id,target_id', `I1,${A}`, 'I2,')), { source: 'c.csv' }));
    expect(error.message).toMatch(/^c\.csv: 1 row rejected: c\.csv:3: target_id: /);
  });
});

// Valid target rows, each with its own credit code, as a bureau might export them.
const targetRows = fc
  .uniqueArray(arbitraryCreditCode, { minLength: 1, maxLength: 12 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((code) =>
        fc
          .record({
            name: fc.constantFrom('甲律师事务所', '"乙, 丙"', '"说""明"', 'Zheng & Partners'),
            kind: fc.constantFrom(...standardTargetKinds, '公证处', '分所'),
            risk: fc.constantFrom('', 'A', '低', '信用风险较高'),
            dates: fc.constantFrom('', '2024/3/5', '2024-03-05；2023年1月31日'),
            note: fc.constantFrom('', '"多行\n备注"', '"a, b"'),
          })
          .map((row) => `${code},${row.name},${row.kind},${row.risk},${row.dates},${row.note}`),
      ),
    ),
  );

describe('properties', () => {
  test.prop([targetRows.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))), fc.constantFrom('\n', '\r\n')])(
    'gives the same set of targets whatever the order of the rows',
    ([rows, shuffled], end) => {
      const load = (lines: readonly string[]) => {
        const text = ['id,name,kind,risk,last_inspected,备注', ...lines].join(end) + end;
        return loadTargets(utf8(text), { source: 't.csv' }).sort((a, b) => (a.id < b.id ? -1 : 1));
      };
      expect(load(shuffled)).toEqual(load(rows));
    },
  );

  // Pieces of real inputs, so that garbage reaches past the header into rows, vocabulary and JSON.
  const token = fc.constantFrom(
    'id', 'name', 'kind', '统一社会信用代码', '名称', '类型', 'inspector_id', 'target_id', 'department', 'certificate', 'active',
    'last_inspected', 'fields', ',', '"', '""', '\n', '\r\n', '\r', ';', '；', ' ', 'law_firm', '律师事务所', '是', '2024/2/30',
    A, 'I1', '[', ']', '{', '}', ':', '"id"', '"name"', '"kind"', 'null', '1', '__proto__', 'constructor', '\uFEFF', '\u0000',
  );
  const garbage = fc.oneof(
    fc.uint8Array({ maxLength: 80 }),
    fc.string({ maxLength: 80 }).map(utf8),
    fc.array(token, { maxLength: 40 }).map((tokens) => utf8(tokens.join(''))),
  );

  test.prop([garbage, fc.constantFrom('x.csv', 'x.json')])('either loads garbage or throws a FairdrawError, never anything else', (bytes, source) => {
    for (const load of [loadTargets, loadInspectors, loadConflicts, loadTask]) {
      try {
        load(bytes, { source });
      } catch (error) {
        expect(isFairdrawError(error, 'INVALID_INPUT')).toBe(true);
      }
    }
  });
});
