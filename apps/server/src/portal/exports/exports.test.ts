import { beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { FORMULA_NAME, PLUS_NAME, SCRIPT_NAME, portalFixture, type PortalFixture } from '../_portal-fixture.ts';
import { neutraliseCell, toCsv } from './table.ts';

let f: PortalFixture;
beforeAll(async () => {
  f = await portalFixture();
});

/** The raw bytes of a download. */
async function rawBytes(path: string): Promise<Buffer> {
  const response = await f.raw(path);
  expect(response.status, path).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** CSV rows (RFC 4180: quoted fields may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('neutraliseCell', () => {
  it('prefixes a quote to text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+2', '+86', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, dates and credit codes alone', () => {
    for (const text of ['广东聚龙律师事务所', '2021-06-08', '31440300KXLELYTY4T', 'a=b', '']) expect(neutraliseCell(text)).toBe(text);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and quotes commas, quotes and line breaks', () => {
    const csv = toCsv({ sheet: 's', columns: [{ header: '甲', width: 1 }, { header: '乙', width: 1 }], rows: [[1, 'a,"b"'], [2, null]] });
    expect(csv).toBe('\uFEFF甲,乙\r\n1,"a,""b"""\r\n2,\r\n');
  });
});

describe('downloads', () => {
  it('exports results as UTF-8 CSV with a BOM in the layout bureaus publish, formulas neutralised', async () => {
    const response = await f.t.request('GET', '/results/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="results.csv"');
    const raw = await rawBytes('/results/export.csv');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(raw).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['序号', '抽查任务', '抽查对象名称', '统一社会信用代码', '检查实施机关', '检查完成日期', '检查结果', '备注']);
    expect(rows).toHaveLength(f.published + 1);
    expect(rows.map((row) => row[0])).toEqual(['序号', ...Array.from({ length: f.published }, (_, i) => String(i + 1))]);
    const names = rows.map((row) => row[2]);
    expect(names).toContain(`'${FORMULA_NAME}`);
    expect(names).toContain(`'${PLUS_NAME}`);
    expect(names).toContain(SCRIPT_NAME);
    expect(names).not.toContain(FORMULA_NAME);
    const corrected = rows.find((row) => row[7]?.includes(`以第${f.correction.id}号结果为准`));
    expect(corrected?.[6]).toContain('发现问题已责令改正');
    expect(rows[1]?.[4]).toBe('某区司法局、区市场监督管理局');
  });

  it('exports the results the page filters to, no more', async () => {
    const rows = parseCsv(new TextDecoder().decode(await rawBytes('/results/export.csv?category=corrected')).replace(/^\uFEFF/, ''));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row[6]).toContain('发现问题已责令改正');
  });

  it('exports results as an XLSX workbook that reads back cell for cell', async () => {
    const response = await f.t.request('GET', '/results/export.xlsx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(await rawBytes('/results/export.xlsx'));
    expect(sheet!.sheet).toBe('抽查结果');
    const rows = sheet!.data;
    expect(rows[0]).toEqual(['序号', '抽查任务', '抽查对象名称', '统一社会信用代码', '检查实施机关', '检查完成日期', '检查结果', '备注']);
    expect(rows).toHaveLength(f.published + 1);
    expect(rows[1]![0]).toBe(1);
    const names = rows.map((row) => row[2]);
    expect(names).toContain(`'${FORMULA_NAME}`);
    expect(names).toContain(SCRIPT_NAME);
  });

  it('exports a draw’s list of targets with their teams', async () => {
    const rows = parseCsv(new TextDecoder().decode(await rawBytes(`/draws/${f.drawn.id}/export.csv`)).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['序号', '抽查任务', '抽查对象名称', '统一社会信用代码', '对象类型', '检查实施机关', '执法检查人员', '抽取日期', '备注']);
    expect(rows).toHaveLength(f.drawn.record.selected.length + 1);
    const first = f.drawn.record.selected[0]!;
    expect(rows[1]?.[3]).toBe(first.target.id);
    expect(rows[1]?.[6]).toContain(`${first.team[0]!.name}（${first.team[0]!.department}，执法证号${first.team[0]!.certificate}）`);
    const [sheet] = await readXlsxFile(await rawBytes(`/draws/${f.drawn.id}/export.xlsx`));
    expect(sheet!.data).toHaveLength(f.drawn.record.selected.length + 1);
  });

  it('exports a plan’s tasks', async () => {
    const rows = parseCsv(new TextDecoder().decode(await rawBytes(`/plans/${f.planId}/export.csv`)).replace(/^\uFEFF/, ''));
    expect(rows[0]?.slice(0, 7)).toEqual(['序号', '任务编号', '抽查任务', '抽查事项', '抽查对象范围', '抽查比例', '检查时间']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['某司抽查〔2021〕1号', '某司抽查〔2021〕2号']);
    expect(rows[1]?.[3]).toBe('SF-LS-01 律师事务所执业活动监督检查');
    const [sheet] = await readXlsxFile(await rawBytes(`/plans/${f.planId}/export.xlsx`));
    expect(sheet!.data[2]![1]).toBe('某司抽查〔2021〕2号');
  });
});
