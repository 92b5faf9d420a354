// The Atom feed of publications (RFC 4287): plans, draws and results, so that others can mirror the portal.
import { Hono } from 'hono';
import type { Store } from '@fairdraw/store';
import type { PortalEnv } from './layout.tsx';
import { loadCatalog, showPublished } from './catalog.ts';
import { drawStatusLabels, outcomeText } from './format.ts';
import { remarksText } from './exports/publication-tables.ts';
import { drawChangedAt } from './overview.ts';

/** The feed holds the newest entries only; older ones stay on the pages and in the JSON API. */
export const FEED_LIMIT = 500;

export interface FeedEntry {
  /** A permanent IRI: the entry's page (results: their place on the firm's page). */
  readonly path: string;
  readonly twin: string;
  readonly kind: 'plan' | 'draw' | 'result';
  readonly title: string;
  readonly summary: string;
  readonly published: string;
  readonly updated: string;
}

const kindLabels = { plan: '年度抽查工作计划', draw: '抽取', result: '检查结果' } as const;

// XML 1.0 allows tab, line feed, carriage return and U+0020 upwards, except surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text made safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** Every publication, newest change first: a plan when published, a draw as it moves, each published result version. */
export async function feedEntries(store: Store): Promise<FeedEntry[]> {
  const catalog = await loadCatalog(store);
  const entries: FeedEntry[] = [];
  for (const plan of catalog.plans) {
    if (plan.publishedAt === null) continue;
    const count = catalog.tasks.filter((task) => task.planId === plan.id).length;
    entries.push({
      path: `/plans/${plan.id}`,
      twin: `/api/v1/public/plans/${plan.id}`,
      kind: 'plan',
      title: `公布年度抽查工作计划：${plan.plan.title}`,
      summary: `${plan.plan.bureau}公布${plan.plan.year}年度抽查工作计划，共${count}项抽查任务。`,
      published: plan.publishedAt,
      updated: plan.publishedAt,
    });
  }
  for (const draw of catalog.draws) {
    const what = draw.status === 'drawn' ? `已抽取，抽中${draw.record?.selected.length ?? 0}家` : draw.status === 'cancelled' ? `已作废：${draw.cancelReason ?? ''}` : '名录已冻结，待抽取';
    entries.push({
      path: `/draws/${draw.id}`,
      twin: `/api/v1/public/draws/${draw.id}`,
      kind: 'draw',
      title: `第${draw.id}号抽取（${drawStatusLabels[draw.status]}）：${draw.task.number} ${draw.task.name}`,
      summary: `${draw.task.number} ${draw.task.name}：${what}。`,
      published: draw.preparedAt,
      updated: drawChangedAt(draw),
    });
  }
  const { results } = await store.results.listPublished({ limit: FEED_LIMIT });
  for (const result of await showPublished(store, catalog, results)) {
    if (result.publishedAt === null) continue;
    const draw = catalog.draw(result.drawId);
    entries.push({
      path: `/targets/${result.targetId}#result-${result.id}`,
      twin: `/api/v1/public/targets/${result.targetId}`,
      kind: 'result',
      title: `${result.corrects === null ? '公示检查结果' : '更正检查结果'}：${result.targetName ?? result.targetId}`,
      summary: `${result.targetName ?? ''}（${result.targetId}）${draw ? `，${draw.task.number} ${draw.task.name}` : ''}，检查完成日期${result.inspectionDate}，检查结果：${outcomeText(result)}；${remarksText({ ...result, correctedBy: null })}`,
      published: result.publishedAt,
      updated: result.publishedAt,
    });
  }
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.path.localeCompare(b.path)).slice(0, FEED_LIMIT);
}

/** The feed document; `origin` makes every link absolute, as Atom readers need. */
export function atom(entries: readonly FeedEntry[], options: { origin: string; title: string; author: string; now: string }): string {
  const { origin } = options;
  const updated = entries.reduce((latest, entry) => (entry.updated > latest ? entry.updated : latest), entries.length === 0 ? options.now : '');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(`${origin}/feed.atom`)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}/`)}"/>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    '  <generator>fairdraw</generator>',
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(origin + entry.path)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <published>${entry.published}</published>`,
      `    <updated>${entry.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(origin + entry.path)}"/>`,
      `    <link rel="alternate" type="application/json" href="${escapeXml(origin + entry.twin)}"/>`,
      `    <category term="${entry.kind}" label="${escapeXml(kindLabels[entry.kind])}"/>`,
      `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** GET /feed.atom. */
export const feed = new Hono<PortalEnv>().get('/feed.atom', async (c) => {
  const entries = await feedEntries(c.var.deps.store);
  const body = atom(entries, {
    origin: new URL(c.req.url).origin,
    title: `${c.var.site.name}“双随机、一公开”抽查公示`,
    author: c.var.site.name,
    now: c.var.deps.clock().toISOString(),
  });
  return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
});
