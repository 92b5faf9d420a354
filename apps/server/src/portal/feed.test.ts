import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { testApp } from '../_test-app.ts';
import { SCRIPT_NAME, portalFixture, type PortalFixture } from './_portal-fixture.ts';
import { escapeXml } from './feed.ts';

const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses strictly: any warning or error fails the test. */
function parseXml(text: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'application/xml');
}

const child = (element: Element, name: string) => element.getElementsByTagNameNS(ATOM, name)[0];
const textIn = (element: Element, name: string) => child(element, name)?.textContent ?? '';

let f: PortalFixture;
beforeAll(async () => {
  f = await portalFixture();
});

describe('the Atom feed', () => {
  it('parses as Atom with an entry per plan, draw and published result version, newest first', async () => {
    const response = await f.t.request('GET', '/feed.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(response.text).documentElement!;
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.localName).toBe('feed');
    expect(textIn(feed, 'title')).toBe('某区司法局“双随机、一公开”抽查公示');
    const entries = [...feed.getElementsByTagNameNS(ATOM, 'entry')];
    const kinds = entries.map((entry) => child(entry, 'category')!.getAttribute('term'));
    expect(kinds.filter((kind) => kind === 'plan')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'draw')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'result')).toHaveLength(f.published);
    const updated = entries.map((entry) => textIn(entry, 'updated'));
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(textIn(feed, 'updated')).toBe(updated[0]);
    for (const entry of entries) {
      expect(Number.isNaN(Date.parse(textIn(entry, 'published')))).toBe(false);
      expect(textIn(entry, 'published') <= textIn(entry, 'updated')).toBe(true);
      expect(textIn(entry, 'id')).toMatch(/^http:\/\/localhost\//);
    }
    const titles = entries.map((entry) => textIn(entry, 'title'));
    expect(titles).toContain('公布年度抽查工作计划：某区司法局2021年度抽查工作计划');
    expect(titles).toContain(`公示检查结果：${SCRIPT_NAME}`);
    expect(titles.some((title) => title.startsWith('更正检查结果：'))).toBe(true);
    expect(titles).not.toContain('DRAFT-PLAN-SECRET');
  });

  it('gives each publication a stable id and the time it happened', async () => {
    const ids = async () => {
      const feed = parseXml((await f.t.request('GET', '/feed.atom')).text).documentElement!;
      return [...feed.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => `${textIn(entry, 'id')} ${textIn(entry, 'updated')}`);
    };
    const before = await ids();
    expect(new Set(before).size).toBe(before.length);
    expect(await ids()).toEqual(before);
    const cancelled = before.find((line) => line.startsWith(`http://localhost/draws/${f.cancelled.id} `));
    expect(cancelled).toBe(`http://localhost/draws/${f.cancelled.id} ${f.cancelled.cancelledAt}`);
    const correction = before.find((line) => line.startsWith(`http://localhost/targets/${f.correction.targetId}#result-${f.correction.id} `));
    expect(correction).toBe(`http://localhost/targets/${f.correction.targetId}#result-${f.correction.id} ${f.correction.publishedAt}`);
  });

  it('is a valid, empty feed before anything is published', async () => {
    const t = await testApp();
    const feed = parseXml((await t.request('GET', '/feed.atom')).text).documentElement!;
    expect(feed.getElementsByTagNameNS(ATOM, 'entry')).toHaveLength(0);
    expect(textIn(feed, 'updated')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008\uFFFE`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
