/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { PortalEnv } from '../layout.tsx';
import { overview } from '../overview.ts';
import { Badge, Empty, Table, drawTones, type Tone } from '../components.tsx';
import { chinaDay, drawStatusLabels, outcomeText } from '../format.ts';

/** 首页: the bureau, this year's plan at a glance, the latest draws and results, and what 双随机、一公开 means. */
export const home = new Hono<PortalEnv>().get('/', async (c) => {
  const data = await overview(c.var.deps.store, c.var.deps.clock());
  return c.render(
    <>
      <section class="intro">
        <p class="lead">
          “双随机、一公开”是行政检查的基本方式：<strong>随机抽取检查对象</strong>，<strong>随机选派执法检查人员</strong>，抽查情况及查处结果<strong>及时向社会公开</strong>。
        </p>
        <p>
          本平台公开{data.bureau ?? '本机关'}的抽查事项清单、年度抽查工作计划、每一次抽取的过程与结果，以及检查结果。每一次抽取之前都先公布抽取承诺，锁定名录、任务参数和随机种子的来源（公共随机信标 drand 的未来轮次或见证人仪式），任何人都无法事后挑选种子；抽取所用的名录快照、随机种子和算法都可以下载，任何人都可以在自己的电脑上离线核对。承诺、抽取、作废和结果公示都记入签名的<a href="/ledger">公开台账</a>。
        </p>
        <ul class="quick">
          <li><a href="/items">抽查事项清单</a>：查什么、依据什么、怎么查</li>
          <li><a href="/plans">年度抽查工作计划</a>：每项任务的范围、比例和时间</li>
          <li><a href="/draws">抽取记录</a>：抽中了谁、由谁检查、如何复核</li>
          <li><a href="/results">抽查结果公示</a>：按年度、任务、类型、结果查询，或搜索机构名称</li>
        </ul>
      </section>

      <section>
        <h2>{data.plan && data.plan.year === data.year ? `${data.year}年度抽查工作计划` : '年度抽查工作计划'}</h2>
        {data.plan === null ? (
          <Empty>尚未公布年度抽查工作计划。计划公布后会显示在这里。</Empty>
        ) : (
          <>
            {data.plan.year !== data.year && <p class="note">{data.year}年度计划尚未公布，以下是最近公布的{data.plan.year}年度计划。</p>}
            <p>
              <a href={`/plans/${data.plan.id}`}>{data.plan.title}</a>
              {data.plan.publishedAt && <span class="muted">（{chinaDay(data.plan.publishedAt)}公布，共{data.plan.tasks.length}项任务）</span>}
            </p>
            {data.plan.tasks.length === 0 ? (
              <Empty>该计划暂无抽查任务。</Empty>
            ) : (
              <Table
                rows={data.plan.tasks}
                columns={[
                  { label: '任务编号', nowrap: true, cell: (task) => <a href={`/tasks/${task.id}`}>{task.number}</a> },
                  { label: '抽查任务', cell: (task) => task.name },
                  { label: '检查时间', cell: (task) => `${task.window.start} 至 ${task.window.end}` },
                  { label: '状态', cell: (task) => (task.drawId === null ? <Badge tone={task.tone as Tone}>{task.status}</Badge> : <a href={`/draws/${task.drawId}`}><Badge tone={task.tone as Tone}>{task.status}</Badge></a>) },
                ]}
              />
            )}
          </>
        )}
      </section>

      <section>
        <h2>最新抽取</h2>
        {data.latestDraws.length === 0 ? (
          <Empty>还没有进行过抽取。</Empty>
        ) : (
          <Table
            rows={data.latestDraws}
            columns={[
              { label: '抽取', cell: (draw) => <a href={`/draws/${draw.id}`}>第{draw.id}号抽取</a> },
              { label: '抽查任务', cell: (draw) => `${draw.taskNumber} ${draw.taskName}` },
              { label: '状态', cell: (draw) => <Badge tone={drawTones[draw.status as keyof typeof drawTones] ?? 'waiting'}>{drawStatusLabels[draw.status as keyof typeof drawStatusLabels] ?? draw.status}</Badge> },
              { label: '日期', nowrap: true, cell: (draw) => chinaDay(draw.changedAt) },
              { label: '抽中对象', cell: (draw) => (draw.status === 'prepared' ? '—' : `${draw.targets}家`) },
            ]}
          />
        )}
        <p class="more"><a href="/draws">全部抽取记录 ›</a></p>
      </section>

      <section>
        <h2>最新公示的检查结果</h2>
        {data.latestResults.length === 0 ? (
          <Empty>还没有公示的检查结果。检查完成并经审核后，结果会在这里公示。</Empty>
        ) : (
          <Table
            rows={data.latestResults}
            columns={[
              { label: '抽查对象', cell: (result) => <a href={`/targets/${result.targetId}`}>{result.targetName ?? result.targetId}</a> },
              { label: '检查完成日期', nowrap: true, cell: (result) => result.inspectionDate },
              { label: '检查结果', cell: (result) => (<>{outcomeText(result)}{result.correctedBy !== null && <> <Badge tone="corrected">已更正</Badge></>}</>) },
            ]}
          />
        )}
        <p class="more"><a href="/results">全部检查结果（共{data.totals.results}条） ›</a></p>
      </section>
    </>,
    { title: '“双随机、一公开”抽查公示', twin: '/api/v1/public/overview', section: 'home' },
  );
});
