/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { CreditCode } from '@fairdraw/core';
import type { PortalEnv } from '../layout.tsx';
import { inspectingBodies, loadCatalog, publishedResultsOf } from '../catalog.ts';
import { Badge, Empty, Facts, Table, TeamList, drawTones } from '../components.tsx';
import { chinaTime, drawStatusLabels, kindLabel } from '../format.ts';
import { PageNotFound } from '../not-found.tsx';
import { ResultOutcome, ResultRemarks } from '../result-views.tsx';

/** A firm's page: every draw that selected it, its team and every published result, corrections included. */
export const targets = new Hono<PortalEnv>().get('/targets/:id', async (c) => {
  const raw = c.req.param('id');
  const parsed = CreditCode.safeParse(raw);
  if (!parsed.success) throw new PageNotFound(`统一社会信用代码“${raw}”（代码格式或校验位不正确）`);
  const code = parsed.data;
  const { store } = c.var.deps;
  const catalog = await loadCatalog(store);
  const draws = catalog.draws.filter((draw) => draw.record?.selected.some((selected) => selected.target.id === code)).reverse();
  if (draws.length === 0) throw new PageNotFound(`统一社会信用代码为 ${code} 的检查对象的抽查记录`);
  const inspections = await Promise.all(
    draws.map(async (draw) => ({
      draw,
      selected: draw.record!.selected.find((selected) => selected.target.id === code)!,
      results: (await publishedResultsOf(store, draw)).filter((result) => result.targetId === code),
    })),
  );
  const latest = inspections[0]!.selected.target;
  return c.render(
    <>
      <Facts
        rows={[
          ['统一社会信用代码', <span class="code">{code}</span>],
          ['类型', kindLabel(latest.kind)],
          ['被抽中次数', `${inspections.filter((inspection) => inspection.draw.status !== 'cancelled').length}次${inspections.some((inspection) => inspection.draw.status === 'cancelled') ? '（另有已作废的抽取）' : ''}`],
        ]}
      />
      <h2>抽查记录</h2>
      {inspections.map(({ draw, selected, results }) => {
        const task = catalog.task(draw.taskId);
        const plan = task && catalog.plan(task.planId);
        return (
          <article class="card">
            <h3>
              <a href={`/tasks/${draw.taskId}`}>
                {draw.task.number} {draw.task.name}
              </a>
            </h3>
            <p>
              <a href={`/draws/${draw.id}`}>第{draw.id}号抽取</a> <Badge tone={drawTones[draw.status]}>{drawStatusLabels[draw.status]}</Badge>
              {draw.drawnAt !== null && <span class="muted"> · {chinaTime(draw.drawnAt)}抽中</span>}
            </p>
            {draw.status === 'cancelled' && <p class="notice notice-cancelled">该次抽取已作废：{draw.cancelReason ?? '未说明原因'}</p>}
            <Facts
              rows={[
                ['检查实施机关', inspectingBodies(plan, task)],
                ['检查组', <TeamList team={selected.team} />],
              ]}
            />
            {results.length === 0 ? (
              <Empty>{draw.status === 'cancelled' ? '该次抽取已作废，没有检查结果。' : '检查结果尚未公示。'}</Empty>
            ) : (
              <Table
                rows={results}
                rowId={(result) => `result-${result.id}`}
                columns={[
                  { label: '结果编号', nowrap: true, cell: (result) => `第${result.id}号` },
                  { label: '检查完成日期', nowrap: true, cell: (result) => result.inspectionDate },
                  { label: '检查结果', cell: (result) => <ResultOutcome result={result} /> },
                  { label: '后续处置及备注', cell: (result) => <ResultRemarks result={result} /> },
                  { label: '公示时间', nowrap: true, cell: (result) => (result.publishedAt === null ? '—' : chinaTime(result.publishedAt)) },
                ]}
              />
            )}
          </article>
        );
      })}
    </>,
    {
      title: latest.name,
      twin: `/api/v1/public/targets/${code}`,
      section: 'results',
      trail: [
        { href: '/', label: '首页' },
        { href: '/results', label: '抽查结果公示' },
      ],
    },
  );
});
