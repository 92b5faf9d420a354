// A published bureau for portal tests, built through the staff API: hostile firm names,
// internal fields that must never show, a cancelled and a replacing draw, a correction,
// an unpublished result, a draft plan, and enough results for two pages. Never exported.
import { readFile } from 'node:fs/promises';
import { creditCodeCheckChar, witnessHash, type DrawRecord } from '@fairdraw/core';
import { demoFiles } from '@fairdraw/demo';
import type { DrawEntry, ResultEntry } from '@fairdraw/store';
import { OPERATOR, testApp, type TestApp } from '../_test-app.ts';
import { createApp } from '../app.ts';

/** Texts that exist only inside the bureau: no page, export or feed may contain any of them. */
export const SECRETS = [
  'CONFLICT-REASON-SECRET',
  'PHONE-SECRET',
  'FINDINGS-SECRET',
  'NOTE-SECRET',
  'REVIEW-SECRET',
  'UNPUBLISHED-SECRET',
  'DRAFT-PLAN-SECRET',
  'DRAFT-TASK-SECRET',
  'drawer-1',
  'planner-1',
  'clerk-1',
  'reviewer-1',
] as const;

export const SCRIPT_NAME = '<script>alert(1)</script>律师事务所';
export const FORMULA_NAME = '=HYPERLINK("http://evil.example/","点击")律师事务所';
export const PLUS_NAME = '+86-律师事务所';

const code = (n: number) => {
  const first17 = `31440300${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

/** The witnesses of the fixture's ceremony and the secrets they reveal. */
export const WITNESSES = [
  { witness: '区人大代表 张三', secret: 'apple orchard 7 blue' },
  { witness: '律师协会 李四', secret: '41362551366241352614535' },
];

export interface PortalFixture {
  readonly t: TestApp;
  readonly planId: number;
  readonly draftPlanId: number;
  readonly lawTaskId: number;
  readonly notaryTaskId: number;
  readonly cancelled: DrawEntry;
  readonly drawn: DrawEntry & { record: DrawRecord };
  readonly prepared: DrawEntry;
  /** The first published result, later corrected by `correction`. */
  readonly corrected: ResultEntry;
  readonly correction: ResultEntry;
  /** The one drawn target whose result was returned to the clerk, never published. */
  readonly unpublishedTarget: string;
  /** Law firms in the directory (all drawn: the task draws 100%). */
  readonly firms: readonly { id: string; name: string }[];
  readonly notaryId: string;
  /** Number of published result versions. */
  readonly published: number;
  /** GET as a browser, the response as it is (the test client decodes bodies as text). */
  raw(path: string): Promise<Response>;
}

async function ok<T>(response: Promise<{ status: number; body: T; text: string }>, what: string): Promise<T> {
  const { status, body, text } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${text}`);
  return body;
}

export async function portalFixture(): Promise<PortalFixture> {
  const t = await testApp();
  const names = [SCRIPT_NAME, FORMULA_NAME, PLUS_NAME, ...Array.from({ length: 22 }, (_, i) => `坪山第${i + 1}律师事务所`)];
  const firms = names.map((name, i) => ({ id: code(i + 1), name }));
  const notaryId = code(900);
  const csv = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const targets = [
    '统一社会信用代码,名称,类型,所属区域,信用风险等级,状态,最近检查日期,联系电话',
    ...firms.map((firm) => [firm.id, csv(firm.name), '律师事务所', '坪山街道', 'B', '正常', '', '0755-PHONE-SECRET'].join(',')),
    [notaryId, '坪山公证处', '公证处', '坪山街道', 'A', '正常', '', '0755-PHONE-SECRET'].join(','),
  ].join('\n');
  const conflicts = ['检查人员工号,统一社会信用代码,回避事由', `PS001,${firms[0]!.id},CONFLICT-REASON-SECRET`].join('\n');
  const files = { targets, inspectors: await readFile(demoFiles.inspectors), conflicts };
  for (const pool of ['targets', 'inspectors', 'conflicts'] as const) {
    await ok(t.request('POST', `/api/v1/directories/${pool}/import?filename=${pool}.csv`, { as: 'planner', body: files[pool] }), `import ${pool}`);
  }
  for (const item of JSON.parse(await readFile(demoFiles.items, 'utf8')) as { code: string }[]) {
    await ok(t.request('PUT', `/api/v1/items/${item.code}`, { as: 'planner', json: item }), `item ${item.code}`);
  }

  const plan = await ok(t.request<{ id: number }>('POST', '/api/v1/plans', { as: 'planner', json: { year: 2021, title: '某区司法局2021年度抽查工作计划', bureau: '某区司法局' } }), 'plan');
  const team = { groups: [{ department: '律师公证管理科', size: 2, requiredFields: ['律师管理'] }] };
  const lawTask = await ok(
    t.request<{ id: number }>('POST', `/api/v1/plans/${plan.id}/tasks`, {
      as: 'planner',
      json: {
        task: { number: '某司抽查〔2021〕1号', name: '律师事务所执业活动监督检查', items: ['SF-LS-01'], referenceDate: '2021-05-01', eligibility: { kinds: ['law_firm'] }, sample: { percent: 100 }, team },
        window: { start: '2021-05-10', end: '2021-06-30' },
        leadDepartment: '律师公证管理科',
        cooperatingDepartments: ['区市场监督管理局'],
      },
    }),
    'law task',
  );
  const notaryTask = await ok(
    t.request<{ id: number }>('POST', `/api/v1/plans/${plan.id}/tasks`, {
      as: 'planner',
      json: {
        task: { number: '某司抽查〔2021〕2号', name: '公证机构执业活动监督检查', items: ['SF-GZ-01'], referenceDate: '2021-11-01', eligibility: { kinds: ['notary_office'] }, sample: { count: 1 }, team: { groups: [{ department: '律师公证管理科', size: 2, requiredFields: ['公证管理'] }] } },
        window: { start: '2021-11-15', end: '2021-12-15' },
        leadDepartment: '律师公证管理科',
      },
    }),
    'notary task',
  );
  await ok(t.request('POST', `/api/v1/plans/${plan.id}/publish`, { as: 'planner' }), 'publish');
  const draft = await ok(t.request<{ id: number }>('POST', '/api/v1/plans', { as: 'planner', json: { year: 2022, title: 'DRAFT-PLAN-SECRET', bureau: '某区司法局' } }), 'draft plan');
  await ok(
    t.request('POST', `/api/v1/plans/${draft.id}/tasks`, {
      as: 'planner',
      json: {
        task: { number: '某司抽查〔2022〕1号', name: 'DRAFT-TASK-SECRET', items: ['SF-LS-01'], referenceDate: '2022-05-01', eligibility: { kinds: ['law_firm'] }, sample: { count: 2 }, team },
        window: { start: '2022-05-10', end: '2022-06-30' },
        leadDepartment: '律师公证管理科',
      },
    }),
    'draft task',
  );

  // A draw, cancelled after it was drawn, and the draw that replaces it.
  const first = await ok(t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId: lawTask.id, seedSource: OPERATOR } }), 'prepare');
  await ok(t.request('POST', `/api/v1/draws/${first.id}/draw`, { as: 'drawer', json: { value: 'cd'.repeat(32) } }), 'draw');
  const cancelled = await ok(t.request<DrawEntry>('POST', `/api/v1/draws/${first.id}/cancel`, { as: 'drawer', json: { reason: '检查组人员调整，重新抽取' } }), 'cancel');
  // The replacing draw is seeded by a witness ceremony; the notary task waits for a drand round.
  const commitments = WITNESSES.map(({ witness, secret }) => ({ witness, hash: witnessHash(secret) }));
  const second = await ok(
    t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId: lawTask.id, replaces: first.id, seedSource: { type: 'witnesses', commitments } } }),
    'prepare again',
  );
  const drawn = await ok(t.request<DrawEntry & { record: DrawRecord }>('POST', `/api/v1/draws/${second.id}/draw`, { as: 'drawer', json: { reveals: WITNESSES } }), 'draw again');
  const prepared = await ok(t.request<DrawEntry>('POST', '/api/v1/draws', { as: 'drawer', json: { taskId: notaryTask.id, seedSource: { type: 'drand' } } }), 'prepare notary');

  // Every drawn firm gets a published result but one with a plain name, whose result is sent back.
  // The firms with hostile names are published last, so that they lead the newest-first results page.
  const plain = (s: DrawRecord['selected'][number]) => s.target.name.startsWith('坪山第');
  const plainLast = drawn.record.selected.findLast(plain)!;
  const selected = [...drawn.record.selected.filter((s) => plain(s) && s !== plainLast), ...drawn.record.selected.filter((s) => !plain(s)), plainLast];
  const publish = async (id: number) => {
    await ok(t.request('POST', `/api/v1/results/${id}/approve`, { as: 'reviewer' }), 'approve');
    return ok(t.request<ResultEntry>('POST', `/api/v1/results/${id}/publish`, { as: 'reviewer' }), 'publish result');
  };
  const results: ResultEntry[] = [];
  for (const [index, s] of selected.slice(0, -1).entries()) {
    const outcome =
      index % 3 === 0
        ? { inspectionDate: '2021-06-08', categories: ['corrected'], problemAreas: ['执业档案管理'], findings: 'FINDINGS-SECRET', followUp: { action: 'rectify', note: 'NOTE-SECRET' }, remarks: '已责令整改' }
        : { inspectionDate: '2021-06-09', categories: ['no_problem'], findings: 'FINDINGS-SECRET', followUp: { action: 'none', note: 'NOTE-SECRET' }, remarks: '现场检查未发现问题' };
    const entered = await ok(t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.id}/results`, { as: 'clerk', json: { targetId: s.target.id, outcome } }), 'enter');
    results.push(await publish(entered.id));
  }
  const corrected = results.find((result) => result.outcome.categories.includes('corrected'))!;
  const fixedOutcome = { inspectionDate: '2021-06-08', categories: ['no_problem'], followUp: { action: 'none' }, remarks: '经复核，原结果有误，更正为未发现问题' };
  const enteredCorrection = await ok(
    t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.id}/results`, { as: 'clerk', json: { targetId: corrected.targetId, outcome: fixedOutcome, corrects: corrected.id } }),
    'enter correction',
  );
  const correction = await publish(enteredCorrection.id);
  const last = selected.at(-1)!.target.id;
  const pending = await ok(
    t.request<ResultEntry>('POST', `/api/v1/draws/${drawn.id}/results`, {
      as: 'clerk',
      json: { targetId: last, outcome: { inspectionDate: '2021-06-10', categories: ['no_problem'], findings: 'FINDINGS-SECRET', followUp: { action: 'none' }, remarks: 'UNPUBLISHED-SECRET' } },
    }),
    'enter pending',
  );
  await ok(t.request('POST', `/api/v1/results/${pending.id}/return`, { as: 'reviewer', json: { note: 'REVIEW-SECRET' } }), 'return');

  // A second app over the same store, for bytes as they are sent.
  const rawApp = createApp({ store: t.store, clock: () => new Date('2021-12-31T00:00:00Z'), logger: t.logger, trust: t.trust });
  return {
    t,
    planId: plan.id,
    draftPlanId: draft.id,
    lawTaskId: lawTask.id,
    notaryTaskId: notaryTask.id,
    cancelled,
    drawn,
    prepared,
    corrected,
    correction,
    unpublishedTarget: last,
    firms,
    notaryId,
    published: results.length + 1,
    raw: async (path) => rawApp.request(path, { headers: { accept: 'text/html' } }),
  };
}

/** Visible text of a page: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The href of every link on a page. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

/** GET a page as a browser would ask for it. */
export async function page(t: TestApp, path: string) {
  return t.request('GET', path, { headers: { accept: 'text/html' } });
}
