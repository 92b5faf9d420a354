/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { PortalEnv } from '../layout.tsx';
import { Badge, Empty, Table } from '../components.tsx';
import { deadlines, type DeadlineRow } from '../../services/deadlines.ts';
import { chinaToday } from '../../services/calendar.ts';

const statusLabels = {
  not_inspected: ['尚未检查', 'waiting'],
  pending: ['待公示', 'active'],
  due_soon: ['即将到期', 'waiting'],
  overdue: ['已逾期', 'cancelled'],
  published_on_time: ['按期公示', 'done'],
  published_late: ['逾期公示', 'cancelled'],
  calendar_unknown: ['日历未覆盖', 'waiting'],
} as const satisfies Record<DeadlineRow['status'], readonly [string, string]>;

/** 公示期限: every drawn target against its publication deadline, with counts per task and department. */
export const deadlinePages = new Hono<PortalEnv>().get('/deadlines', async (c) => {
  const report = await deadlines(c.var.deps.store, chinaToday(c.var.deps.clock));
  type Counts = (typeof report.byTask)[number];
  const countColumns = [
    { label: '抽中对象', nowrap: true, cell: (row: Counts) => row.total },
    { label: '尚未检查', nowrap: true, cell: (row: Counts) => row.not_inspected },
    { label: '待公示', nowrap: true, cell: (row: Counts) => row.pending + row.due_soon },
    { label: '已逾期', nowrap: true, cell: (row: Counts) => (row.overdue > 0 ? <strong>{row.overdue}</strong> : 0) },
    { label: '按期公示', nowrap: true, cell: (row: Counts) => row.published_on_time },
    { label: '逾期公示', nowrap: true, cell: (row: Counts) => row.published_late },
  ];
  return c.render(
    <>
      <p>
        检查结果应自检查完成之日起在规定的工作日内公示（各任务的期限见年度计划，默认20个工作日；工作日按国务院公布的节假日安排计算，含调休上班日）。今天是{report.today}（北京时间）。
      </p>
      {report.rows.length === 0 ? (
        <Empty>目前没有已抽取的检查对象。</Empty>
      ) : (
        <>
          <h2>按抽查任务</h2>
          <Table rows={report.byTask} columns={[{ label: '抽查任务', cell: (row) => <a href={`/tasks/${row.taskId}`}>{row.taskNumber}</a> }, ...countColumns]} />
          <h2>按检查部门</h2>
          <Table rows={report.byDepartment.map((row) => ({ ...row, taskId: 0, taskNumber: '' }))} columns={[{ label: '部门', cell: (row) => row.department }, ...countColumns]} />
          <h2>逐一列示</h2>
          <Table
            rows={report.rows}
            columns={[
              { label: '抽查任务', nowrap: true, cell: (row) => <a href={`/draws/${row.drawId}`}>{row.taskNumber}</a> },
              { label: '抽查对象', cell: (row) => <a href={`/targets/${row.targetId}`}>{row.targetName}</a> },
              { label: '检查完成日期', nowrap: true, cell: (row) => row.inspectionDate ?? '—' },
              { label: '公示期限', nowrap: true, cell: (row) => row.dueDate ?? '—' },
              { label: '公示日期', nowrap: true, cell: (row) => row.publishedOn ?? '—' },
              { label: '状态', nowrap: true, cell: (row) => <Badge tone={statusLabels[row.status][1]}>{statusLabels[row.status][0]}</Badge> },
            ]}
          />
        </>
      )}
    </>,
    { title: '检查结果公示期限', twin: '/api/v1/public/deadlines', section: 'results', trail: [{ href: '/', label: '首页' }, { href: '/results', label: '抽查结果公示' }] },
  );
});
