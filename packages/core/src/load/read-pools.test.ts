import { describe, expect, it } from 'vitest';
import { creditCode } from '../_arbitraries.ts';
import { gb18030, thrown, utf8, withUtf8Bom } from './_fixtures.ts';
import { readConflicts, readInspectors, readTargets } from './read-pools.ts';

const A = creditCode(1);
const B = creditCode(2);
const C = creditCode(3);
const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

// A directory as a bureau keeps it in Excel: Chinese headers, Chinese values, a notes column.
const CHINESE = csv(
  '统一社会信用代码,名称,类型,所属区域,信用风险等级,状态,最近检查日期,备注',
  `${A},北京市朝阳律师事务所,律师事务所,朝阳区,低,正常,2024/3/5；2023年11月20日,"重点, 关注"`,
  `${B},北京市海淀公证处,公证处,海淀区,信用风险高,停业,,`,
  `${C},朝阳分所,分所,,,,,`,
);

const EXPECTED = [
  {
    id: A,
    name: '北京市朝阳律师事务所',
    kind: 'law_firm',
    region: '朝阳区',
    risk: 'A',
    status: 'active',
    lastInspected: ['2023-11-20', '2024-03-05'],
    attributes: { 备注: '重点, 关注' },
  },
  { id: B, name: '北京市海淀公证处', kind: 'notary_office', region: '海淀区', risk: 'D', status: 'suspended', lastInspected: [], attributes: { 备注: '' } },
  { id: C, name: '朝阳分所', kind: 'law_firm_branch', region: null, risk: null, status: 'active', lastInspected: [], attributes: { 备注: '' } },
];

describe('readTargets', () => {
  it('reads Chinese headers and the words a bureau spreadsheet uses', () => {
    expect(readTargets(utf8(CHINESE), { source: 'targets.csv' })).toEqual({ records: EXPECTED, rejected: [] });
  });

  it('reads English headers in any case and English codes to the same records', () => {
    const english = csv(
      'ID, Name ,KIND,region,Risk,status,Last_Inspected,备注',
      `${A},北京市朝阳律师事务所,law_firm,朝阳区,a,Active,2024-03-05;2023.11.20,"重点, 关注"`,
      `${B.toLowerCase()},北京市海淀公证处,notary_office,海淀区,D,suspended,,`,
      `${C},朝阳分所,law_firm_branch,,,,,`,
    );
    expect(readTargets(utf8(english), { source: 'targets.csv' }).records).toEqual(EXPECTED);
  });

  it('gives identical records for UTF-8 with a BOM, UTF-8 without and GB18030 from Excel', () => {
    const bytes = gb18030(CHINESE);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(CHINESE);
    for (const input of [withUtf8Bom(CHINESE), utf8(CHINESE), bytes]) {
      expect(readTargets(input, { source: 'targets.csv' }).records).toEqual(EXPECTED);
    }
  });

  it('keeps unknown columns, empty or not, as attributes under the header as written', () => {
    const text = csv('id,name,kind,负责人,联系电话', `${A},甲所,law_firm,张三,`);
    expect(readTargets(utf8(text), { source: 't.csv' }).records[0]?.attributes).toEqual({ 负责人: '张三', 联系电话: '' });
  });

  it('reports every bad row at once, each with its line and the header the user wrote', () => {
    const typo = A.slice(0, 13) + 'O' + A.slice(14);
    const text = csv(
      '统一社会信用代码,名称,类型,最近检查日期',
      `${A},好律所,律师事务所,`,
      `${typo},坏码律所,律师事务所,`,
      `${B},"两行的`,
      `名称",律所,`,
      `${C},,公证处,2023-02-30`,
      `${creditCode(4)},"最后, 一行",公证处,2023-02-28`,
    );
    const result = readTargets(utf8(text), { source: 'targets.csv' });
    expect(result.records.map((target) => target.id)).toEqual([A, creditCode(4)]);
    expect(result.rejected).toEqual([
      { source: 'targets.csv', line: 3, path: ['统一社会信用代码'], message: expect.stringMatching(/character 14 "O"/) },
      // A line break inside quotes is a valid CSV cell, but a name must be one line.
      { source: 'targets.csv', line: 4, path: ['名称'], message: 'must be one line without control characters (tabs, line breaks)' },
      { source: 'targets.csv', line: 4, path: ['类型'], message: expect.stringMatching(/"律所" is not a kind we know: use one of law_firm \(律师事务所\)/) },
      { source: 'targets.csv', line: 6, path: ['名称'], message: 'must not be empty' },
      { source: 'targets.csv', line: 6, path: ['最近检查日期'], message: expect.stringMatching(/"2023-02-30" is not a real date/) },
    ]);
  });

  it('refuses a date written in none of the accepted forms', () => {
    const text = csv('id,name,kind,last_inspected', `${A},甲所,law_firm,2024-03-05;05/03/2024`);
    expect(readTargets(utf8(text), { source: 't.csv' }).rejected).toEqual([
      expect.objectContaining({ line: 2, path: ['last_inspected'], message: expect.stringMatching(/YYYY-MM-DD.*not "05\/03\/2024"/) }),
    ]);
  });

  it('accepts a bureau-defined kind written as a slug and refuses other words with the list of labels', () => {
    const text = csv('id,name,kind', `${A},甲,Lawyer`, `${B},乙,律师个人`);
    const result = readTargets(utf8(text), { source: 't.csv' });
    expect(result.records.map((target) => target.kind)).toEqual(['lawyer']);
    expect(result.rejected[0]?.message).toMatch(/notary_office \(公证处, 公证机构\).*slug/);
  });

  it('names the file, both spellings of the missing column and the headers found', () => {
    const error = thrown(() => readTargets(utf8(csv('名称,类型', '甲,律师事务所')), { source: 'targets.csv' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('targets.csv:1: the header row cannot be used: the required column "id" / "统一社会信用代码" is missing (headers found: "名称", "类型")');
    expect(error.issues).toHaveLength(1);
  });

  it('lists every missing column in one error', () => {
    const error = thrown(() => readTargets(utf8(csv('备注', 'x')), { source: 't.csv' }));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/"id" \/ "统一社会信用代码" is missing \(headers found: "备注"\)/),
      expect.stringMatching(/"name" \/ "名称"/),
      expect.stringMatching(/"kind" \/ "类型"/),
    ]);
  });

  it('refuses an empty file as having no header', () => {
    expect(thrown(() => readTargets(new Uint8Array(), { source: 't.csv' })).message).toMatch(/headers found: none/);
  });

  it('refuses a column given under both its names', () => {
    const error = thrown(() => readTargets(utf8(csv('id,name,名称,kind', `${A},甲,甲,law_firm`)), { source: 't.csv' }));
    expect(error.message).toMatch(/columns "name" \(column 2\) and "名称" \(column 3\) both give "name" \/ "名称"/);
  });

  it('refuses a column named __proto__, which a record could not keep', () => {
    expect(thrown(() => readTargets(utf8(csv('id,name,kind,__proto__', `${A},甲,law_firm,x`)), { source: 't.csv' })).message).toMatch(/column 4 is named "__proto__"/);
  });

  it('refuses two unknown columns with the same header', () => {
    expect(thrown(() => readTargets(utf8(csv('id,name,kind,备注,备注', `${A},甲,law_firm,,`)), { source: 't.csv' })).message).toMatch(
      /columns 4 and 5 are both named "备注"/,
    );
  });

  it('rejects a repeated credit code with both lines and keeps the first', () => {
    const text = csv('id,name,kind', `${A},甲,law_firm`, `${B},乙,law_firm`, ` ${A.toLowerCase()} ,甲二,law_firm`);
    const result = readTargets(utf8(text), { source: 't.csv' });
    expect(result.records.map((target) => target.name)).toEqual(['甲', '乙']);
    expect(result.rejected).toEqual([
      { source: 't.csv', line: 4, path: ['id'], message: `target "${A}" is on line 2 and again on line 4: each target appears once, so line 4 is rejected` },
    ]);
  });

  it('reports a repeat of a row that was itself rejected, so fixing that row cannot reveal a duplicate', () => {
    const text = csv('id,name,kind', `${A},,law_firm`, `${A},甲,law_firm`);
    const result = readTargets(utf8(text), { source: 't.csv' });
    expect(result.records).toEqual([]);
    expect(result.rejected.map((issue) => issue.line)).toEqual([2, 3]);
  });

  it('rejects values in columns beyond the header and in columns without a header', () => {
    const text = csv('id,name,,kind', `${A},甲,,law_firm,`, `${B},乙,x,law_firm`, `${C},丙,,law_firm,extra`);
    const result = readTargets(utf8(text), { source: 't.csv' });
    expect(result.records.map((target) => target.id)).toEqual([A]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ line: 3, path: ['column 3'], message: expect.stringMatching(/"x" is in a column without a header/) }),
      expect.objectContaining({ line: 4, path: ['column 5'], message: expect.stringMatching(/5 cells but the header only 4/) }),
    ]);
  });

  it('skips rows whose cells are all empty, as Excel writes below a table', () => {
    const text = csv('id,name,kind', `${A},甲,law_firm`, ',,', ' , , ');
    expect(readTargets(utf8(text), { source: 't.csv' })).toMatchObject({ records: [{ id: A }], rejected: [] });
  });

  it('reads a JSON array of records keyed by the schema fields, naming a bad record by its position', () => {
    const json = JSON.stringify([
      { id: A, name: '甲', kind: 'law_firm', lastInspected: ['2024-03-05'] },
      { id: B, name: '乙', kind: 'law_firm', lastInspectd: ['2024-03-05'] },
      { id: A, name: '甲二', kind: 'law_firm' },
    ]);
    const result = readTargets(utf8(json), { source: 'targets.json' });
    expect(result.records).toEqual([{ ...EXPECTED[0], name: '甲', region: null, risk: null, lastInspected: ['2024-03-05'], attributes: {} }]);
    expect(result.rejected).toEqual([
      { source: 'targets.json', path: [2], message: 'record 2: Unrecognized key: "lastInspectd"' },
      { source: 'targets.json', path: [3, 'id'], message: `record 3: target "${A}" is in record 1 and again in record 3: each target appears once, so record 3 is rejected` },
    ]);
  });

  it('refuses a JSON attribute named __proto__ rather than lose it', () => {
    const json = `[{"id":"${A}","name":"甲","kind":"law_firm","attributes":{"__proto__":"x"}}]`;
    expect(readTargets(utf8(json), { source: 't.json' }).rejected).toEqual([
      { source: 't.json', path: [1, 'attributes', '__proto__'], message: 'record 1: an attribute may not be named "__proto__": rename it' },
    ]);
  });

  it('reads JSON from a file whose name does not say so when it opens with an array', () => {
    const json = `\n [{"id":"${A}","name":"甲","kind":"notary_office"}]`;
    expect(readTargets(utf8(json), { source: 'upload' }).records.map((target) => target.kind)).toEqual(['notary_office']);
  });

  it('refuses JSON that is not an array, or not JSON, as a whole file', () => {
    expect(thrown(() => readTargets(utf8('{"id":1}'), { source: 't.json' })).message).toBe('t.json must be a JSON array of records, not an object');
    expect(thrown(() => readTargets(utf8('[\n{"id":1,}\n]'), { source: 't.json' })).message).toMatch(/^t\.json:2 is not valid JSON/);
  });
});

describe('readInspectors', () => {
  it('reads Chinese headers, ；-separated fields and 在岗 words', () => {
    const text = csv(
      '工号,姓名,单位,执法证号,执法领域,在岗',
      'I001,张三,市司法局,110100001,公证管理；律师管理,是',
      'I002,李四,区司法局,110100002,,否',
      'I003,王五,区司法局,110100003,律师管理,',
    );
    expect(readInspectors(utf8(text), { source: 'inspectors.csv' })).toEqual({
      records: [
        { id: 'I001', name: '张三', department: '市司法局', certificate: '110100001', fields: ['公证管理', '律师管理'], active: true, attributes: {} },
        { id: 'I002', name: '李四', department: '区司法局', certificate: '110100002', fields: [], active: false, attributes: {} },
        { id: 'I003', name: '王五', department: '区司法局', certificate: '110100003', fields: ['律师管理'], active: true, attributes: {} },
      ],
      rejected: [],
    });
  });

  it('rejects an unknown 在岗 word and a repeated 工号 in one pass', () => {
    const text = csv('id,name,department,certificate,active', 'I001,张三,市局,1,maybe', 'I002,李四,市局,2,1', 'I002,李四,市局,2,1');
    const result = readInspectors(utf8(text), { source: 'i.csv' });
    expect(result.records.map((inspector) => inspector.id)).toEqual(['I002']);
    expect(result.rejected).toEqual([
      expect.objectContaining({ line: 2, path: ['active'], message: expect.stringMatching(/"maybe" is not yes or no/) }),
      expect.objectContaining({ line: 4, path: ['id'], message: 'inspector "I002" is on line 3 and again on line 4: each inspector appears once, so line 4 is rejected' }),
    ]);
  });

  it('names an id with a space by its header and the schema message', () => {
    const text = csv('工号,姓名,单位,执法证号', 'I 001,张三,市局,1');
    expect(readInspectors(utf8(text), { source: 'i.csv' }).rejected).toEqual([
      { source: 'i.csv', line: 2, path: ['工号'], message: expect.stringMatching(/no spaces/) },
    ]);
  });
});

describe('readConflicts', () => {
  it('reads 回避 pairs and rejects a repeated pair, not a repeated inspector', () => {
    const text = csv('检查人员工号,统一社会信用代码,回避事由', `I001,${A},近亲属在该所执业`, `I001,${B},`, `I001,${A},重复`);
    const result = readConflicts(utf8(text), { source: 'conflicts.csv' });
    expect(result.records).toEqual([
      { inspectorId: 'I001', targetId: A, reason: '近亲属在该所执业', attributes: {} },
      { inspectorId: 'I001', targetId: B, reason: null, attributes: {} },
    ]);
    expect(result.rejected).toEqual([
      { source: 'conflicts.csv', line: 4, path: ['统一社会信用代码'], message: `回避 pair "I001 × ${A}" is on line 2 and again on line 4: each 回避 pair appears once, so line 4 is rejected` },
    ]);
  });
});
