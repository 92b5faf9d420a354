/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { PortalEnv } from '../layout.tsx';
import { itemNames, loadCatalog, taskProgress } from '../catalog.ts';
import { Badge, Empty, Table, drawTones } from '../components.tsx';
import { chinaTime, drawStatusLabels } from '../format.ts';
import { PageNotFound, pageId } from '../not-found.tsx';
import { TaskFacts } from '../task-facts.tsx';

/** 抽查任务: one task of a published plan and every draw of it, cancelled ones included. */
export const tasks = new Hono<PortalEnv>().get('/tasks/:id', async (c) => {
  const id = pageId(c.req.param('id'), '抽查任务');
  const { store } = c.var.deps;
  const catalog = await loadCatalog(store);
  const task = catalog.task(id);
  const plan = task && catalog.plan(task.planId);
  if (task === undefined || plan === undefined) throw new PageNotFound(`第${id}号抽查任务`);
  const progress = await taskProgress(store, catalog, id);
  const draws = catalog.drawsOf(id);
  return c.render(
    <>
      <p>
        {task.planned.task.number} · 属于 <a href={`/plans/${plan.id}`}>{plan.plan.title}</a> · <Badge tone={progress.tone}>{progress.label}</Badge>
      </p>
      <TaskFacts task={task} itemNames={await itemNames(store)} />
      <h2>抽取记录</h2>
      {draws.length === 0 ? (
        <Empty>本任务尚未准备抽取。抽取前会先冻结当时的名录并在此公布，然后才输入随机种子进行抽取。</Empty>
      ) : (
        <Table
          rows={[...draws].reverse()}
          columns={[
            { label: '抽取', cell: (draw) => <a href={`/draws/${draw.id}`}>第{draw.id}号抽取</a> },
            { label: '状态', cell: (draw) => <Badge tone={drawTones[draw.status]}>{drawStatusLabels[draw.status]}</Badge> },
            { label: '准备时间', nowrap: true, cell: (draw) => chinaTime(draw.preparedAt) },
            { label: '抽取时间', nowrap: true, cell: (draw) => (draw.drawnAt === null ? '—' : chinaTime(draw.drawnAt)) },
            { label: '说明', cell: (draw) => (draw.status === 'cancelled' ? `作废原因：${draw.cancelReason ?? ''}` : draw.replaces !== null ? `替代已作废的第${draw.replaces}号抽取` : '') },
          ]}
        />
      )}
    </>,
    {
      title: task.planned.task.name,
      twin: `/api/v1/public/tasks/${id}`,
      section: 'plans',
      trail: [
        { href: '/', label: '首页' },
        { href: '/plans', label: '年度抽查工作计划' },
        { href: `/plans/${plan.id}`, label: plan.plan.title },
      ],
    },
  );
});
