/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { ScheduleEntry } from '@fairdraw/store';
import { Badge, Table } from './components.tsx';
import { scheduleView } from '../routes/schedules.ts';

/** 检查日程: the date each team visits, and every date moved since, with why. */
export function ScheduleSection(props: { entry: ScheduleEntry | undefined; taskId: number }) {
  if (props.entry === undefined) return <p class="muted">检查日程尚未排定。</p>;
  const view = scheduleView(props.entry);
  const reasons = new Map(view.moves.map((move) => [move.targetId, move]));
  return (
    <>
      <p>
        检查日期在检查时间窗口内的工作日中，用本次抽取的随机种子另行抽定（算法 {view.record.algorithm}，日程摘要 <span class="code digest">{view.digest}</span>）；日程确定后如需调整，须写明理由，原定日期一并公布。
      </p>
      <Table
        rows={view.inspections}
        columns={[
          { label: '序号', nowrap: true, cell: (row) => row.order },
          { label: '抽查对象', cell: (row) => <a href={`/targets/${row.target.id}`}>{row.target.name}</a> },
          { label: '检查日期', nowrap: true, cell: (row) => row.date },
          {
            label: '调整',
            cell: (row) =>
              row.moved ? (
                <>
                  <Badge tone="corrected">已调整</Badge> 原定{row.scheduledDate}；理由：{reasons.get(row.target.id)?.reason ?? '—'}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <p>
        订阅日程：<a href={`/api/v1/public/tasks/${props.taskId}/calendar.ics`}>本任务检查日程（iCalendar）</a>；日程记录（JSON）：
        <a href={`/api/v1/public/draws/${props.entry.drawId}/schedule`}>/api/v1/public/draws/{props.entry.drawId}/schedule</a>
      </p>
    </>
  );
}
