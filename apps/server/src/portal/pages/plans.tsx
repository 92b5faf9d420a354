/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono, type Context } from 'hono';
import { deadlines } from '../../services/deadlines.ts';
import { chinaToday } from '../../services/calendar.ts';
import type { PortalEnv } from '../layout.tsx';
import { inspectingBodies, itemNames, loadCatalog, taskProgress } from '../catalog.ts';
import { Badge, Downloads, Empty, Facts, Table } from '../components.tsx';
import { chinaDay } from '../format.ts';
import { PageNotFound, pageId } from '../not-found.tsx';
import { TaskFacts } from '../task-facts.tsx';
import { exportFormats, sendTable } from '../exports/table.ts';
import { planTable } from '../exports/publication-tables.ts';

/** A published plan, its tasks and where each stands; a draft plan is not found. */
async function planOf(c: Context<PortalEnv>) {
  const id = pageId(c.req.param('id'), '年度抽查工作计划');
  const { store } = c.var.deps;
  const catalog = await loadCatalog(store);
  const plan = catalog.plan(id);
  if (plan === undefined) throw new PageNotFound(`第${id}号年度抽查工作计划`);
  const tasks = await Promise.all(catalog.tasks.filter((task) => task.planId === id).map(async (task) => ({ task, progress: await taskProgress(store, catalog, task.id) })));
  return { plan, tasks, catalog, itemNames: await itemNames(store) };
}

const plansApp = new Hono<PortalEnv>()
  .get('/plans', async (c) => {
    const catalog = await loadCatalog(c.var.deps.store);
    return c.render(
      <>
        <p>年度抽查工作计划列明每项抽查任务的事项、对象范围、抽查比例、检查时间和实施部门。计划公布之后才能进行抽取。</p>
        {catalog.plans.length === 0 ? (
          <Empty>尚未公布年度抽查工作计划。</Empty>
        ) : (
          catalog.plans.map((entry) => (
            <article class="card">
              <h2>
                <a href={`/plans/${entry.id}`}>{entry.plan.title}</a>
              </h2>
              <p class="muted">
                {entry.plan.year}年度 · {entry.plan.bureau}
                {entry.publishedAt && ` · ${chinaDay(entry.publishedAt)}公布`} · 抽查任务{catalog.tasks.filter((task) => task.planId === entry.id).length}项
              </p>
              {entry.plan.description !== null && <p>{entry.plan.description}</p>}
            </article>
          ))
        )}
      </>,
      { title: '年度抽查工作计划', twin: '/api/v1/public/plans', section: 'plans' },
    );
  })
  .get('/plans/:id', async (c) => {
    const { plan, tasks, catalog, itemNames } = await planOf(c);
    const progress = await deadlines(c.var.deps.store, chinaToday(c.var.deps.clock));
    return c.render(
      <>
        <Facts
          rows={[
            ['年度', `${plan.plan.year}年`],
            ['发布机关', plan.plan.bureau],
            ['公布日期', plan.publishedAt === null ? '—' : chinaDay(plan.publishedAt)],
            ['抽查任务', `${tasks.length}项`],
          ]}
        />
        {plan.plan.description !== null && <p>{plan.plan.description}</p>}
        <Downloads base={`/plans/${plan.id}/export`} label="本计划的任务清单" />
        <h2>执行进度</h2>
        <Table
          rows={tasks.map(({ task }) => ({ task, counts: progress.byTask.find((row) => row.taskId === task.id) }))}
          columns={[
            { label: '抽查任务', nowrap: true, cell: ({ task }) => <a href={`/tasks/${task.id}`}>{task.planned.task.number}</a> },
            { label: '已抽取', nowrap: true, cell: ({ counts }) => (counts ? `${counts.total}家` : '未抽取') },
            { label: '已检查', nowrap: true, cell: ({ counts }) => (counts ? `${counts.total - counts.not_inspected}家` : '—') },
            { label: '结果已公示', nowrap: true, cell: ({ counts }) => (counts ? `${counts.published_on_time + counts.published_late}家` : '—') },
            { label: '按期公示', nowrap: true, cell: ({ counts }) => (counts ? `${counts.published_on_time}家` : '—') },
            { label: '已逾期未公示', nowrap: true, cell: ({ counts }) => (counts ? `${counts.overdue}家` : '—') },
          ]}
        />
        <p class="muted">
          公示期限按各任务规定的工作日数计算，详见<a href="/deadlines">检查结果公示期限</a>。
        </p>
        <h2>抽查任务</h2>
        {tasks.length === 0 ? (
          <Empty>该计划暂无抽查任务。</Empty>
        ) : (
          tasks.map(({ task, progress }) => (
            <article class="card" id={`task-${task.id}`}>
              <h3>
                <a href={`/tasks/${task.id}`}>
                  {task.planned.task.number} {task.planned.task.name}
                </a>
              </h3>
              <p>
                <Badge tone={progress.tone}>{progress.label}</Badge>
                {progress.draw && (
                  <>
                    {' '}
                    <a href={`/draws/${progress.draw.id}`}>查看第{progress.draw.id}号抽取</a>
                  </>
                )}
              </p>
              <TaskFacts task={task} itemNames={itemNames} />
              <p class="muted">检查实施机关：{inspectingBodies(plan, catalog.task(task.id))}</p>
            </article>
          ))
        )}
      </>,
      {
        title: plan.plan.title,
        twin: `/api/v1/public/plans/${plan.id}`,
        section: 'plans',
        trail: [
          { href: '/', label: '首页' },
          { href: '/plans', label: '年度抽查工作计划' },
        ],
      },
    );
  });

for (const format of exportFormats) {
  plansApp.get(`/plans/:id/export.${format}`, async (c) => {
    const { plan, tasks, itemNames } = await planOf(c);
    const table = planTable(plan, tasks.map(({ task, progress }) => ({ task, status: progress.label })), itemNames);
    return sendTable(c, table, `plan-${plan.id}-tasks`, format);
  });
}

/** 年度抽查工作计划: the list of published plans, each plan with its tasks, and its exports. */
export const plans = plansApp;
