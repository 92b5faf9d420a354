import { beforeAll, describe, expect, it } from 'vitest';
import { FORMULA_NAME, SCRIPT_NAME, SECRETS, linksOf, page, portalFixture, textOf, type PortalFixture } from './_portal-fixture.ts';

let f: PortalFixture;
beforeAll(async () => {
  f = await portalFixture();
});

/** Every page, export and feed of the fixture, as text. */
async function everything(): Promise<{ path: string; text: string }[]> {
  const paths = [
    '/',
    '/items',
    '/plans',
    `/plans/${f.planId}`,
    `/plans/${f.planId}/export.csv`,
    `/tasks/${f.lawTaskId}`,
    `/tasks/${f.notaryTaskId}`,
    '/draws',
    `/draws/${f.cancelled.id}`,
    `/draws/${f.drawn.id}`,
    `/draws/${f.prepared.id}`,
    `/draws/${f.drawn.id}/export.csv`,
    '/results',
    '/results?page=2',
    '/results/export.csv',
    '/feed.atom',
    '/api/v1/public/overview',
    ...f.drawn.record.selected.map((s) => `/targets/${s.target.id}`),
  ];
  const pages = [];
  for (const path of paths) {
    const response = await page(f.t, path);
    expect(response.status, path).toBe(200);
    pages.push({ path, text: response.text });
  }
  return pages;
}

describe('the portal keeps people safe', () => {
  it('shows a firm named <script> as text on every page that names it', async () => {
    const script = f.firms.find((firm) => firm.name === SCRIPT_NAME)!;
    for (const path of ['/results', `/draws/${f.drawn.id}`, `/targets/${script.id}`, `/results?q=${encodeURIComponent('<script>')}`]) {
      const html = (await page(f.t, path)).text;
      expect(html, path).not.toContain('<script>');
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;律师事务所');
      expect(textOf(html), path).toContain(SCRIPT_NAME);
    }
    const feed = (await page(f.t, '/feed.atom')).text;
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps a hostile name inside its attribute and its text', async () => {
    const html = (await page(f.t, `/results?q=${encodeURIComponent(FORMULA_NAME)}`)).text;
    expect(html).toContain('value="=HYPERLINK(&quot;http://evil.example/&quot;,&quot;点击&quot;)律师事务所"');
    expect(linksOf(html)).not.toContain('http://evil.example/');
  });

  it('never shows an internal field: 回避 reasons, contact columns, findings, follow-up notes, review notes, unpublished results, drafts or staff accounts', async () => {
    for (const { path, text } of await everything()) {
      for (const secret of SECRETS) expect(text, `${secret} on ${path}`).not.toContain(secret);
    }
  });

  it('shows no result of a target whose result was sent back to the clerk', async () => {
    const html = (await page(f.t, `/results?q=${f.unpublishedTarget}`)).text;
    expect(textOf(html)).toContain('没有符合条件的检查结果');
  });
});
