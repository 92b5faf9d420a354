import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../_test-app.ts';
import { RESULTS_PER_PAGE } from './result-query.ts';
import { linksOf, page, portalFixture, textOf, type PortalFixture } from './_portal-fixture.ts';

let f: PortalFixture;
beforeAll(async () => {
  f = await portalFixture();
});

/** The result rows of a results page, as "name|date" in page order. */
function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr id="result-\d+">([\s\S]*?)<\/tr>/g)].map((row) => textOf(row[1]!));
}

describe('抽查结果公示', () => {
  it('shows the newest results first, twenty to a page, with page links and a JSON twin', async () => {
    expect(f.published).toBeGreaterThan(RESULTS_PER_PAGE);
    const first = await page(f.t, '/results');
    const text = textOf(first.text);
    expect(text).toContain(`共 ${f.published} 条结果`);
    expect(text).toContain(`第 1/2 页`);
    expect(rowsOf(first.text)).toHaveLength(RESULTS_PER_PAGE);
    expect(linksOf(first.text)).toEqual(expect.arrayContaining(['/results?page=2', `/api/v1/public/results?limit=${RESULTS_PER_PAGE}&offset=0`]));

    const second = await page(f.t, '/results?page=2');
    expect(rowsOf(second.text)).toHaveLength(f.published - RESULTS_PER_PAGE);
    expect(rowsOf(second.text)[0]).toMatch(/^21 /);
    expect(linksOf(second.text)).toEqual(expect.arrayContaining(['/results', `/api/v1/public/results?limit=${RESULTS_PER_PAGE}&offset=${RESULTS_PER_PAGE}`]));

    const beyond = await page(f.t, '/results?page=9');
    expect(beyond.status).toBe(200);
    expect(textOf(beyond.text)).toContain('没有这一页');
  });

  it('marks a corrected result 已更正 and shows the correction as the current version', async () => {
    const html = (await page(f.t, `/results?q=${f.corrected.targetId}`)).text;
    const rows = rowsOf(html);
    expect(rows).toHaveLength(2);
    const [newest, older] = rows;
    expect(newest).toContain('未发现问题');
    expect(newest).toContain(`更正第${f.corrected.id}号结果`);
    expect(newest).toContain('经复核，原结果有误，更正为未发现问题');
    expect(older).toContain('发现问题已责令改正');
    expect(older).toContain(`已更正 以第${f.correction.id}号结果为准`);
    expect(linksOf(html)).toContain(`/targets/${f.corrected.targetId}#result-${f.correction.id}`);
  });

  it('filters by year, task, target kind, result and department, and says when nothing matches', async () => {
    const count = async (query: string) => {
      const text = textOf((await page(f.t, `/results?${query}`)).text);
      return /符合条件的结果共 (\d+) 条/.exec(text)?.[1] ?? (text.includes('没有符合条件的检查结果') ? '0' : `?${text.slice(0, 80)}`);
    };
    expect(await count('year=2021')).toBe(String(f.published));
    expect(await count('year=2022')).toBe('0');
    expect(await count(`taskId=${f.lawTaskId}`)).toBe(String(f.published));
    expect(await count(`taskId=${f.notaryTaskId}`)).toBe('0');
    expect(await count('kind=law_firm')).toBe(String(f.published));
    expect(await count('kind=notary_office')).toBe('0');
    const corrected = Number(await count('category=corrected'));
    const noProblem = Number(await count('category=no_problem'));
    expect(corrected + noProblem).toBe(f.published);
    expect(corrected).toBeGreaterThan(0);
    expect(await count(`department=${encodeURIComponent('律师公证管理科')}`)).toBe(String(f.published));
    expect(await count(`department=${encodeURIComponent('区市场监督管理局')}`)).toBe('0');
    const none = textOf((await page(f.t, '/results?year=2022')).text);
    expect(none).toContain('没有符合条件的检查结果');
    expect(none).toContain('清除条件');
  });

  it('keeps the chosen filters in the form, the page links and the downloads', async () => {
    const html = (await page(f.t, `/results?year=2021&category=no_problem&q=${encodeURIComponent('坪山第')}`)).text;
    expect(html).toContain('<option value="2021" selected="">2021年</option>');
    expect(html).toContain('<option value="no_problem" selected="">未发现问题</option>');
    expect(html).toContain('value="坪山第"');
    const links = linksOf(html);
    expect(links).toContain(`/results/export.csv?year=2021&category=no_problem&q=${encodeURIComponent('坪山第')}`);
    expect(links.some((link) => link.startsWith('/api/v1/public/results?year=2021&category=no_problem&q='))).toBe(true);
  });

  it('searches by part of a name or by the start of a credit code', async () => {
    const byName = rowsOf((await page(f.t, `/results?q=${encodeURIComponent('第12律师')}`)).text);
    expect(byName).toHaveLength(1);
    expect(byName[0]).toContain('坪山第12律师事务所');
    const firm = f.firms.find((candidate) => candidate.name === '坪山第12律师事务所')!;
    const byCode = rowsOf((await page(f.t, `/results?q=${firm.id.toLowerCase()}`)).text);
    expect(byCode.some((row) => row.includes(firm.id))).toBe(true);
  });

  it('ignores a filter it cannot read rather than failing', async () => {
    const response = await page(f.t, '/results?year=abc&page=-3&taskId=x');
    expect(response.status).toBe(200);
    expect(textOf(response.text)).toContain(`共 ${f.published} 条结果`);
  });

  it('says so when no result is published yet', async () => {
    const t = await testApp();
    expect(textOf((await page(t, '/results')).text)).toContain('还没有公示的检查结果');
  });
});

describe('a firm page', () => {
  it('lists every draw of the firm, its team and every published result, the corrected one marked', async () => {
    const response = await page(f.t, `/targets/${f.corrected.targetId}`);
    expect(response.status).toBe(200);
    const text = textOf(response.text);
    const firm = f.drawn.record.selected.find((s) => s.target.id === f.corrected.targetId)!;
    expect(text).toContain(firm.target.name);
    expect(text).toContain(`统一社会信用代码 ${firm.target.id}`);
    expect(text).toContain(`第${f.drawn.id}号抽取 已抽取`);
    expect(text).toContain(`第${f.cancelled.id}号抽取 已作废`);
    expect(text).toContain('该次抽取已作废：检查组人员调整，重新抽取');
    expect(text).toContain('被抽中次数 1次（另有已作废的抽取）');
    for (const member of firm.team) expect(text).toContain(member.certificate);
    expect(text).toContain(`第${f.corrected.id}号`);
    expect(text).toContain(`已更正 以第${f.correction.id}号结果为准`);
    expect(response.text).toContain(`id="result-${f.correction.id}"`);
    expect(linksOf(response.text)).toContain(`/api/v1/public/targets/${firm.target.id}`);
  });

  it('says a result is not yet published', async () => {
    const text = textOf((await page(f.t, `/targets/${f.unpublishedTarget}`)).text);
    expect(text).toContain('检查结果尚未公示');
  });
});
