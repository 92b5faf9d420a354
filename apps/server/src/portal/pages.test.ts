import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../_test-app.ts';
import { createApp } from '../app.ts';
import { WITNESSES, linksOf, page, portalFixture, textOf, type PortalFixture } from './_portal-fixture.ts';
import { parseBundle, verifyBundle, witnessHash } from '@fairdraw/core';

let f: PortalFixture;
beforeAll(async () => {
  f = await portalFixture();
});

describe('the portal pages', () => {
  it('home: names the bureau, explains 双随机、一公开, shows the plan at a glance and the latest draws and results', async () => {
    const response = await page(f.t, '/');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    const text = textOf(response.text);
    expect(text).toContain('某区司法局');
    expect(text).toContain('随机抽取检查对象');
    expect(text).toContain('随机选派执法检查人员');
    expect(text).toContain('某区司法局2021年度抽查工作计划');
    expect(text).toContain('某司抽查〔2021〕1号');
    expect(text).toContain('检查结果公示中');
    expect(text).toContain(`第${f.drawn.id}号抽取`);
    expect(text).toContain('最新公示的检查结果');
    expect(linksOf(response.text)).toEqual(expect.arrayContaining(['/api/v1/public/overview', '/feed.atom', `/plans/${f.planId}`, `/draws/${f.drawn.id}`]));
  });

  it('home: says when nothing is published yet', async () => {
    const t = await testApp();
    const text = textOf((await page(t, '/')).text);
    expect(text).toContain('尚未公布年度抽查工作计划');
    expect(text).toContain('还没有进行过抽取');
    expect(text).toContain('还没有公示的检查结果');
  });

  it('home has a JSON twin that says the same', async () => {
    const twin = await f.t.request<{ bureau: string; plan: { id: number; tasks: { number: string; status: string }[] }; latestDraws: { id: number }[] }>('GET', '/api/v1/public/overview');
    expect(twin.status).toBe(200);
    expect(twin.body.bureau).toBe('某区司法局');
    expect(twin.body.plan.id).toBe(f.planId);
    expect(twin.body.plan.tasks.map((task) => task.number)).toEqual(['某司抽查〔2021〕1号', '某司抽查〔2021〕2号']);
    expect(twin.body.latestDraws.map((draw) => draw.id)).toContain(f.drawn.id);
  });

  it('抽查事项清单 lists each item with its legal basis, method, ratio and frequency', async () => {
    const response = await page(f.t, '/items');
    const text = textOf(response.text);
    expect(text).toContain('随机抽查事项清单');
    expect(text).toContain('SF-LS-01 律师事务所执业活动监督检查');
    expect(text).toContain('《中华人民共和国律师法》第五十二条');
    expect(text).toContain('现场检查');
    expect(text).toContain('书面检查');
    expect(text).toContain('不低于10%，至少2家');
    expect(text).toContain('每年1次');
    expect(text).toContain('重点检查事项');
    expect(linksOf(response.text)).toContain('/api/v1/public/items');
  });

  it('年度抽查工作计划: lists published plans only and shows a plan with each task and its status', async () => {
    const list = textOf((await page(f.t, '/plans')).text);
    expect(list).toContain('某区司法局2021年度抽查工作计划');
    expect(list).not.toContain('DRAFT-PLAN-SECRET');

    const response = await page(f.t, `/plans/${f.planId}`);
    expect(response.status).toBe(200);
    const text = textOf(response.text);
    for (const words of ['某司抽查〔2021〕1号 律师事务所执业活动监督检查', '某司抽查〔2021〕2号 公证机构执业活动监督检查', '律师事务所', '100%（进一法取整）', '1家', '2021-05-10 至 2021-06-30', '发起部门 律师公证管理科', '配合部门 区市场监督管理局', '检查实施机关：某区司法局、区市场监督管理局']) {
      expect(text).toContain(words);
    }
    expect(text).toContain(`检查结果公示中（${f.drawn.record.selected.length - 1 - 0}/${f.drawn.record.selected.length}）`);
    expect(text).toContain('已准备，待抽取');
    expect(linksOf(response.text)).toEqual(expect.arrayContaining([`/api/v1/public/plans/${f.planId}`, `/tasks/${f.lawTaskId}`, `/draws/${f.drawn.id}`, `/plans/${f.planId}/export.csv`, `/plans/${f.planId}/export.xlsx`]));
  });

  it('a task page lists every draw of the task, the cancelled one with its reason', async () => {
    const response = await page(f.t, `/tasks/${f.lawTaskId}`);
    const text = textOf(response.text);
    expect(text).toContain(`第${f.cancelled.id}号抽取 已作废`);
    expect(text).toContain('作废原因：检查组人员调整，重新抽取');
    expect(text).toContain(`替代已作废的第${f.cancelled.id}号抽取`);
    expect(linksOf(response.text)).toContain(`/api/v1/public/tasks/${f.lawTaskId}`);
    expect(textOf((await page(f.t, `/tasks/${f.notaryTaskId}`)).text)).toContain('已准备，待抽取');
  });

  it('a draw page shows the task, times, the commitment, the witnessed seed, the digests, the targets and their teams', async () => {
    const response = await page(f.t, `/draws/${f.drawn.id}`);
    expect(response.status).toBe(200);
    const text = textOf(response.text);
    expect(text).toContain('某司抽查〔2021〕1号 律师事务所执业活动监督检查');
    expect(text).toMatch(/准备时间（名录冻结） 2021-03-01 \d\d:\d\d:\d\d/);
    expect(text).toMatch(/抽取时间 2021-03-01 \d\d:\d\d:\d\d/);
    expect(text).toContain(f.drawn.seed!);
    expect(text).toContain('见证人仪式（可验证）');
    expect(text).toContain(`承诺摘要 ${f.drawn.commitmentDigest}`);
    for (const { witness, secret } of WITNESSES) expect(text).toContain(`${witness} ${witnessHash(secret)} ${secret}`);
    for (const pool of ['targets', 'inspectors'] as const) expect(text).toContain(f.drawn.digests[pool].digest);
    // The 回避 list shows by its salted digest only: its plain digest would let a guess be confirmed.
    expect(text).not.toContain(f.drawn.digests.conflicts.digest);
    expect(text).toContain(f.drawn.commitment!.directories.internal.conflicts.saltedDigest);
    // Its place in the ledger: the commitment and the draw, after the cancelled draw's three entries.
    expect(text).toMatch(/#3 公布抽取承诺 .*#4 抽取/);
    for (const s of f.drawn.record.selected) {
      expect(text).toContain(s.target.id);
      for (const member of s.team) expect(text).toContain(`${member.name} （${member.department}，执法证号 ${member.certificate} ）`);
    }
    expect(text).toContain(`替代已作废的 第${f.cancelled.id}号抽取`);
    expect(text).toContain('尚未公示');
  });

  it('shows a draw seeded by the operator as unverifiable', async () => {
    const text = textOf((await page(f.t, `/draws/${f.cancelled.id}`)).text);
    expect(text).toContain('由工作人员输入（不可验证的种子）');
    expect(text).toContain('不可验证的种子： 本次抽取的种子来源为工作人员输入');
    expect(text).toContain(`输入值： ${'cd'.repeat(32)}`);
    expect(text).toMatch(/#0 公布抽取承诺 .*#1 抽取 .*#2 作废/);
  });

  it('a draw page says how to verify: the bundle, the published key and the exact offline command', async () => {
    const response = await page(f.t, `/draws/${f.drawn.id}`);
    const id = f.drawn.id;
    const links = linksOf(response.text);
    expect(links).toEqual(
      expect.arrayContaining([
        `/api/v1/public/draws/${id}/bundle.json`,
        `/api/v1/public/draws/${id}/directories/targets`,
        `/api/v1/public/draws/${id}/directories/inspectors`,
        `/api/v1/public/draws/${id}`,
        `/draws/${id}/export.csv`,
        '/ledger',
      ]),
    );
    expect(links).not.toContain(`/api/v1/public/draws/${id}/directories/conflicts`);
    const text = textOf(response.text);
    expect(text).toContain(`pnpm fairdraw verify draw-${id}-bundle.json --public-key ${f.t.trust.ledger.publicKey}`);
    // The name the page tells people to type is the name the download arrives under.
    const bundle = await f.t.request('GET', `/api/v1/public/draws/${id}/bundle.json`);
    expect(bundle.headers.get('content-disposition')).toContain(`draw-${id}-bundle.json`);
    const verdict = verifyBundle(parseBundle(JSON.parse(bundle.text)), { publicKey: f.t.trust.ledger.publicKey });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
  });

  it('the ledger page lists every entry, newest first, with the key, the head and the command that checks them', async () => {
    const response = await page(f.t, '/ledger');
    expect(response.status).toBe(200);
    const text = textOf(response.text);
    const head = (await f.t.store.ledger.head())!;
    expect(text).toContain(`本局台账公钥（Ed25519） ${f.t.trust.ledger.publicKey}`);
    expect(text).toContain(`pnpm fairdraw ledger verify fairdraw-ledger.json --public-key ${f.t.trust.ledger.publicKey} --head ${head.hash}`);
    expect(text).toMatch(new RegExp(`#${head.index} 公示检查结果 .*#4 抽取 .* 第${f.drawn.id}号抽取 .*#0 公布抽取承诺`));
    expect(linksOf(response.text)).toEqual(expect.arrayContaining(['/api/v1/public/ledger.json', `/draws/${f.drawn.id}`, `/draws/${f.cancelled.id}`]));
    expect(text).not.toContain('台账核验未通过');
  });

  it('a cancelled draw shows its reason and links to the draw that replaced it', async () => {
    const text = textOf((await page(f.t, `/draws/${f.cancelled.id}`)).text);
    expect(text).toContain('本次抽取已作废');
    expect(text).toContain('作废原因：检查组人员调整，重新抽取');
    expect(text).toContain(`已由 第${f.drawn.id}号抽取 替代`);
    expect(linksOf((await page(f.t, `/draws/${f.cancelled.id}`)).text)).toContain(`/draws/${f.drawn.id}`);
  });

  it('a prepared draw shows its commitment, the drand round it waits for, and no bundle to download yet', async () => {
    const response = await page(f.t, `/draws/${f.prepared.id}`);
    const text = textOf(response.text);
    expect(text).toContain('名录、任务参数和随机种子的来源已经冻结并公开承诺，尚未抽取');
    expect(text).toContain('公共随机信标 drand（可验证）');
    // The fixture's clock is in 2021, before quicknet's genesis: round 1, due 2023-08-23 23:09:27 Beijing time.
    expect(text).toContain('种子取自公共随机信标 drand（quicknet 链）第 1 轮的随机数，该轮预定于 2023-08-23 23:09:27');
    expect(text).toContain('等待该轮随机数公布；公布后系统自动取得并抽取');
    expect(text).toContain('复核包：抽取完成后提供下载');
    expect(linksOf(response.text)).not.toContain(`/api/v1/public/draws/${f.prepared.id}/bundle.json`);
    expect((await f.t.request('GET', `/api/v1/public/draws/${f.prepared.id}/bundle.json`)).status).toBe(404);
    expect((await page(f.t, `/draws/${f.prepared.id}/export.csv`)).status).toBe(404);
  });

  it('抽取记录 lists every draw with its status', async () => {
    const text = textOf((await page(f.t, '/draws')).text);
    expect(text).toContain(`第${f.cancelled.id}号抽取 某司抽查〔2021〕1号 律师事务所执业活动监督检查 已作废`);
    expect(text).toContain(`第${f.prepared.id}号抽取`);
  });

  it('answers a missing page with a Chinese 404 page for people and JSON for programs', async () => {
    for (const path of ['/nowhere', '/plans/999', `/plans/${f.draftPlanId}`, '/plans/abc', '/tasks/999', '/draws/999', '/draws/1x', '/targets/not-a-code', '/targets/91440300MA5F00000X']) {
      const response = await page(f.t, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(textOf(response.text), path).toContain('页面不存在');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
    expect(textOf((await page(f.t, `/plans/${f.draftPlanId}`)).text)).toContain(`没有找到第${f.draftPlanId}号年度抽查工作计划`);
    const api = await f.t.request('GET', '/nowhere');
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe('NOT_FOUND');
  });

  it('answers a failure on our side with a Chinese page, logged, with no details', async () => {
    const t = await testApp();
    const broken = { ...t.store, plans: { ...t.store.plans, list: async () => Promise.reject(new Error('disk on fire at /srv/secret.ts:12')) } };
    const app = createApp({ store: broken, clock: () => new Date('2021-06-01T00:00:00Z'), logger: t.logger, trust: t.trust });
    const response = await app.request('/plans', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(textOf(html)).toContain('服务器出现了问题');
    expect(html).not.toContain('disk on fire');
    expect(t.logger.lines.some((line) => line.level === 'error' && String(line.error).includes('disk on fire'))).toBe(true);
  });

  it('sends a strict Content-Security-Policy and security headers, and no inline script or style', async () => {
    for (const path of ['/', '/items', '/plans', `/plans/${f.planId}`, `/draws/${f.drawn.id}`, '/results', `/targets/${f.firms[3]!.id}`]) {
      const response = await page(f.t, path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.text).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    }
  });

  it('serves the stylesheet from this origin', async () => {
    const response = await f.t.request('GET', '/assets/portal.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.text).toContain('table.cards');
  });

  it('every page links to its JSON twin, and each twin answers', async () => {
    const pages = ['/', '/items', '/plans', `/plans/${f.planId}`, `/tasks/${f.lawTaskId}`, '/draws', `/draws/${f.drawn.id}`, '/results', `/targets/${f.firms[3]!.id}`];
    for (const path of pages) {
      const html = (await page(f.t, path)).text;
      const twin = /<link rel="alternate" type="application\/json" title="[^"]*" href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
      expect(twin, path).toMatch(/^\/api\/v1\/public\//);
      expect(linksOf(html)).toContain(twin);
      expect((await f.t.request('GET', twin!)).status, twin).toBe(200);
    }
  });
});
