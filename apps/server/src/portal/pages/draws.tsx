/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { poolNames } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import type { PortalEnv } from '../layout.tsx';
import { loadCatalog, publishedResultsOf, type Catalog } from '../catalog.ts';
import { Badge, Downloads, Empty, Facts, Pagination, Table, drawTones } from '../components.tsx';
import { chinaTime, drawStatusLabels, poolLabels, seedSourceLabel } from '../format.ts';
import { DrawnList, Process, StatusNotice, Verify, verificationFiles } from '../draw-sections.tsx';
import { PageNotFound, pageId } from '../not-found.tsx';
import { drawChangedAt } from '../overview.ts';
import { exportFormats, sendTable } from '../exports/table.ts';
import { drawTable } from '../exports/publication-tables.ts';
import { ScheduleSection } from '../schedule-section.tsx';
import { CommitmentSection } from '../commitment-section.tsx';
import { publicDirectories } from '../../public-views.ts';
import { seedFacts } from '../../trust/seed-facts.ts';

const DRAWS_PER_PAGE = 50;

async function drawOf(c: Context<PortalEnv>): Promise<{ draw: DrawEntry; catalog: Catalog }> {
  const id = pageId(c.req.param('id'), '抽取记录');
  const catalog = await loadCatalog(c.var.deps.store);
  const draw = catalog.draw(id);
  if (draw === undefined) throw new PageNotFound(`第${id}号抽取记录`);
  return { draw, catalog };
}

const drawsApp = new Hono<PortalEnv>()
  .get('/draws', async (c) => {
    const catalog = await loadCatalog(c.var.deps.store);
    const now = c.var.deps.clock();
    const all = [...catalog.draws].sort((a, b) => drawChangedAt(b).localeCompare(drawChangedAt(a)) || b.id - a.id);
    const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
    const shown = all.slice((page - 1) * DRAWS_PER_PAGE, page * DRAWS_PER_PAGE);
    return c.render(
      <>
        <p>每一次抽取都先冻结名录、公布抽取承诺（含随机种子的来源），再取得种子抽取；作废的抽取保留原样并说明原因。全部承诺、抽取、作废和结果公示都记入<a href="/ledger">公开台账</a>。</p>
        {all.length === 0 ? (
          <Empty>还没有进行过抽取。</Empty>
        ) : shown.length === 0 ? (
          <Empty>
            没有这一页。<a href="/draws">回到第一页</a>
          </Empty>
        ) : (
          <Table
            rows={shown}
            columns={[
              { label: '抽取', cell: (draw) => <a href={`/draws/${draw.id}`}>第{draw.id}号抽取</a> },
              { label: '抽查任务', cell: (draw) => <a href={`/tasks/${draw.taskId}`}>{`${draw.task.number} ${draw.task.name}`}</a> },
              {
                label: '状态',
                cell: (draw) => (
                  <>
                    <Badge tone={drawTones[draw.status]}>{drawStatusLabels[draw.status]}</Badge>
                    {seedFacts(draw, now).overdue && (
                      <>
                        {' '}
                        <Badge tone="waiting">种子已公布，尚未抽取</Badge>
                      </>
                    )}
                    {seedFacts(draw, now).cancelledAfterSeed && draw.drawnAt === null && (
                      <>
                        {' '}
                        <Badge tone="cancelled">种子公布后作废</Badge>
                      </>
                    )}
                  </>
                ),
              },
              { label: '种子来源', cell: (draw) => seedSourceLabel(draw.commitment?.seedSource.type ?? draw.seedSource) },
              { label: '抽取时间', nowrap: true, cell: (draw) => (draw.drawnAt === null ? '—' : chinaTime(draw.drawnAt)) },
              { label: '抽中对象', cell: (draw) => (draw.record === null ? '—' : `${draw.record.selected.length}家`) },
            ]}
          />
        )}
        <Pagination total={all.length} page={page} perPage={DRAWS_PER_PAGE} href={(n) => `/draws?page=${n}`} />
      </>,
      { title: '抽取记录', twin: '/api/v1/public/draws', section: 'draws' },
    );
  })
  .get('/draws/:id', async (c) => {
    const { draw, catalog } = await drawOf(c);
    const task = catalog.task(draw.taskId);
    const plan = task && catalog.plan(task.planId);
    const results = await publishedResultsOf(c.var.deps.store, draw);
    const directories = publicDirectories(draw);
    return c.render(
      <>
        <StatusNotice draw={draw} replacedBy={catalog.replacedBy(draw.id)} replaced={draw.replaces === null ? undefined : catalog.draw(draw.replaces)} now={c.var.deps.clock()} />
        <Facts
          rows={[
            ['抽查任务', <a href={`/tasks/${draw.taskId}`}>{`${draw.task.number} ${draw.task.name}`}</a>],
            ['所属计划', plan ? <a href={`/plans/${plan.id}`}>{plan.plan.title}</a> : '—'],
            ['状态', <Badge tone={drawTones[draw.status]}>{drawStatusLabels[draw.status]}</Badge>],
            ['准备时间（名录冻结）', chinaTime(draw.preparedAt, 'second')],
            ['抽取时间', draw.drawnAt === null ? '尚未抽取' : chinaTime(draw.drawnAt, 'second')],
            ['随机种子', draw.seed === null ? '尚未取得' : <span class="code seed">{draw.seed}</span>],
            ['种子来源', seedSourceLabel(draw.commitment?.seedSource.type ?? draw.seedSource)],
            ['算法版本', draw.record?.algorithm ?? '—'],
            ['抽取记录摘要', draw.recordDigest === null ? '—' : <span class="code seed">{draw.recordDigest}</span>],
          ]}
        />
        <h2>抽取承诺与随机种子</h2>
        <CommitmentSection draw={draw} ledger={draw.commitmentDigest === null ? [] : await c.var.deps.store.ledger.about(draw.commitmentDigest)} now={c.var.deps.clock()} />

        <h2>名录快照</h2>
        <p>抽取所用的名录在准备抽取时冻结，下面的摘要（SHA-256）唯一对应名录文件的内容；名录之后的任何改动都不会影响本次抽取。</p>
        <Table
          rows={poolNames}
          columns={[
            { label: '名录', cell: (pool) => poolLabels[pool] },
            { label: '记录数', nowrap: true, cell: (pool) => directories[pool].count },
            {
              label: '摘要（SHA-256）',
              cell: (pool) => {
                const shown = directories[pool];
                return 'saltedDigest' in shown ? <span class="code digest">加盐摘要 {shown.saltedDigest}</span> : <span class="code digest">{shown.digest}</span>;
              },
            },
            {
              label: '下载',
              cell: (pool) =>
                pool === 'conflicts' && draw.commitment !== null ? (
                  <span class="muted">内部信息，不公开</span>
                ) : (
                  <a href={verificationFiles(draw.id)[pool].href} download={verificationFiles(draw.id)[pool].file}>
                    {verificationFiles(draw.id)[pool].file}
                  </a>
                ),
            },
          ]}
        />

        {draw.record !== null && (
          <>
            <h2>抽取过程</h2>
            <Process record={draw.record} />
            <h2>抽中的检查对象及检查组</h2>
            <DrawnList draw={draw} results={results} />
            <Downloads base={`/draws/${draw.id}/export`} label="抽查对象名单" />
            {draw.status === 'drawn' && (
              <>
                <h2>检查日程</h2>
                <ScheduleSection entry={await c.var.deps.store.schedules.get(draw.id)} taskId={draw.taskId} />
              </>
            )}
          </>
        )}
        <Verify draw={draw} publicKey={c.var.deps.trust.ledger.publicKey} />
      </>,
      {
        title: `第${draw.id}号抽取：${draw.task.name}`,
        twin: `/api/v1/public/draws/${draw.id}`,
        section: 'draws',
        trail: [
          { href: '/', label: '首页' },
          { href: '/draws', label: '抽取记录' },
        ],
      },
    );
  });

for (const format of exportFormats) {
  drawsApp.get(`/draws/:id/export.${format}`, async (c) => {
    const { draw, catalog } = await drawOf(c);
    if (draw.record === null) throw new PageNotFound(`第${draw.id}号抽取的抽查对象名单（尚未抽取）`);
    return sendTable(c, drawTable(draw, catalog), `draw-${draw.id}-targets`, format);
  });
}

/** 抽取记录: every draw, each draw with its inputs, outcome and how to verify it, and its list as CSV/XLSX. */
export const draws = drawsApp;
