// The portal in a real browser: Debian's chromium, driven by playwright-core, against the real
// server process with the demo bureau. Never downloads a browser: chromium must be installed
// (`apt-get install -y chromium`; .ci/run does it), and without it this test fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseBundle, verifyBundle } from '@fairdraw/core';
import { startServer, type RunningServer } from './_server-process.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server: RunningServer;
let context: BrowserContext;
let page: Page;
let downloads: string;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the portal browser test needs Debian's chromium at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (.ci/run does this)`);
  }
  await mkdir(ARTIFACTS, { recursive: true });
  downloads = await mkdtemp(join(tmpdir(), 'fairdraw-downloads-'));
  server = await startServer(await mkdtemp(join(tmpdir(), 'fairdraw-portal-')), {});
  context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'fairdraw-chromium-')), {
    executablePath: CHROMIUM,
    args: LAUNCH_ARGS,
    headless: true,
    acceptDownloads: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  // A CSP violation or a script error shows up on the console; the portal must cause none.
  page.on('console', (message) => {
    // The one failed load we ask for: the 404 page itself.
    if (message.location().url.endsWith('/no-such-page')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function shot(name: string, options: { mobile?: boolean } = {}) {
  if (options.mobile) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS, `${name}-mobile.png`), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Clicks a download link and saves the file under the name the server gives it. */
async function download(name: RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#verify').getByRole('link', { name }).click()]);
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('the portal in a browser', () => {
  it('opens the home page, follows the plan to a draw, downloads the bundle that verifies it, and filters results', async () => {
    await page.goto(`${server.url}/`);
    await expect(page.title()).resolves.toContain('深圳市坪山区司法局');
    await expect(page.locator('h1').textContent()).resolves.toBe('“双随机、一公开”抽查公示');
    await expect(page.getByText('随机选派执法检查人员').count()).resolves.toBeGreaterThan(0);
    // The stylesheet loaded and applied: the header is the brand colour.
    // (Browser code as a string: the project's TypeScript has no DOM library.)
    await expect(page.evaluate('getComputedStyle(document.querySelector(".site-header")).backgroundColor')).resolves.toBe('rgb(31, 78, 140)');
    await shot('home', { mobile: true });

    // Home → the plan.
    await page.getByRole('link', { name: '深圳市坪山区司法局2021年度“双随机、一公开”抽查工作计划' }).first().click();
    await page.waitForURL(/\/plans\/\d+$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('2021年度');
    await expect(page.getByText('坪司抽查〔2021〕1号').count()).resolves.toBeGreaterThan(0);
    await shot('plan', { mobile: true });

    // The plan → the draw of its first task.
    await page.locator('article', { hasText: '坪司抽查〔2021〕1号' }).getByRole('link', { name: /查看第\d+号抽取/ }).click();
    await page.waitForURL(/\/draws\/\d+$/);
    const drawId = Number(/\/draws\/(\d+)$/.exec(page.url())![1]);
    await expect(page.getByText('见证人仪式（可验证）').count()).resolves.toBe(1);
    await expect(page.getByText('坪山区人大代表 陈明').count()).resolves.toBe(1);
    const publicKey = ((await (await fetch(`${server.url}/api/v1/public/ledger`)).json()) as { publicKey: string }).publicKey;
    const command = await page.locator('#verify pre').textContent();
    expect(command).toBe(`pnpm fairdraw verify draw-${drawId}-bundle.json --public-key ${publicKey}`);
    await shot('draw', { mobile: true });

    // Download the bundle as a person would, and check it offline with the published key.
    const bundlePath = await download(/draw-\d+-bundle\.json/);
    expect(bundlePath.slice(downloads.length + 1)).toBe(`draw-${drawId}-bundle.json`);
    const bundle = parseBundle(JSON.parse(await readFile(bundlePath, 'utf8')));
    const verdict = verifyBundle(bundle, { publicKey });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
    expect(verdict).toMatchObject({ ok: true, seedVerifiable: true });
    const record = bundle.record;
    const shown = await page.locator('tr[id^="target-"] td[data-label="统一社会信用代码"]').allTextContents();
    expect(shown).toEqual(record.selected.map((selected) => selected.target.id));

    // The ledger the draw page links to.
    await page.locator('#verify').page().getByRole('link', { name: '查看完整台账' }).click();
    await page.waitForURL(/\/ledger$/);
    await expect(page.getByText(publicKey).count()).resolves.toBeGreaterThan(0);
    await shot('ledger', { mobile: true });
    await page.goBack();

    // A drawn firm's page.
    await page.locator('tr[id^="target-"]').first().getByRole('link').first().click();
    await page.waitForURL(/\/targets\/[0-9A-Z]{18}$/);
    await expect(page.getByText('抽查记录').count()).resolves.toBeGreaterThan(0);
    await shot('target');

    // Results: filter by outcome with the form, no script involved.
    await page.goto(`${server.url}/results`);
    const all = await page.locator('tbody tr').count();
    expect(all).toBeGreaterThan(1);
    await page.locator('select[name="category"]').selectOption('corrected');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/category=corrected/);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThan(all);
    for (const outcome of await page.locator('td[data-label="检查结果"]').allTextContents()) expect(outcome).toContain('发现问题已责令改正');
    await shot('results', { mobile: true });

    // The other pages, for the record.
    for (const [name, path] of [['items', '/items'], ['plans', '/plans'], ['draws', '/draws'], ['not-found', '/no-such-page']] as const) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(name === 'not-found' ? 404 : 200);
      await shot(name);
    }
    await expect(page.getByText('页面不存在').count()).resolves.toBeGreaterThan(0);

    // The feed is XML a browser parses, with entries.
    await page.goto(`${server.url}/`);
    const entries = await page.evaluate(`(async () => {
      const text = await (await fetch('/feed.atom')).text();
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      return xml.querySelector('parsererror') ? -1 : xml.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length;
    })()`);
    expect(entries).toBeGreaterThan(3);
    expect(problems).toEqual([]);
  }, 180_000);
});
