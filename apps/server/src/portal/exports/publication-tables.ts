// The column layouts bureaus publish: the plan's tasks, a draw's list of targets, and results.
import type { DrawEntry, PlanEntry, TaskEntry } from '@fairdraw/store';
import type { Catalog, ShownResult } from '../catalog.ts';
import { inspectingBodies } from '../catalog.ts';
import { chinaDay, followUpText, kindLabel, outcomeText, ratioText, scopeText, teamRuleText } from '../format.ts';
import type { ExportTable } from './table.ts';

/** 年度抽查工作计划: one row per task. */
export function planTable(plan: PlanEntry, tasks: readonly { task: TaskEntry; status: string }[], itemNames: ReadonlyMap<string, string>): ExportTable {
  return {
    sheet: '抽查工作计划',
    columns: [
      { header: '序号', width: 6 },
      { header: '任务编号', width: 22 },
      { header: '抽查任务', width: 30 },
      { header: '抽查事项', width: 36 },
      { header: '抽查对象范围', width: 30 },
      { header: '抽查比例', width: 24 },
      { header: '检查时间', width: 24 },
      { header: '发起部门', width: 18 },
      { header: '配合部门', width: 22 },
      { header: '检查实施机关', width: 28 },
      { header: '检查组组成', width: 36 },
      { header: '任务状态', width: 20 },
    ],
    rows: tasks.map(({ task, status }, index) => {
      const { planned } = task;
      return [
        index + 1,
        planned.task.number,
        planned.task.name,
        planned.task.items.map((code) => `${code} ${itemNames.get(code) ?? ''}`.trim()).join('；'),
        scopeText(planned.task),
        ratioText(planned.task),
        `${planned.window.start} 至 ${planned.window.end}`,
        planned.leadDepartment,
        planned.cooperatingDepartments.join('、'),
        inspectingBodies(plan, task),
        teamRuleText(planned.task),
        status,
      ];
    }),
  };
}

/** 抽查对象名单: the targets a draw selected, with their teams. */
export function drawTable(draw: DrawEntry, catalog: Catalog): ExportTable {
  const task = catalog.task(draw.taskId);
  const plan = task && catalog.plan(task.planId);
  return {
    sheet: '抽查对象名单',
    columns: [
      { header: '序号', width: 6 },
      { header: '抽查任务', width: 40 },
      { header: '抽查对象名称', width: 34 },
      { header: '统一社会信用代码', width: 22 },
      { header: '对象类型', width: 14 },
      { header: '检查实施机关', width: 28 },
      { header: '执法检查人员', width: 60 },
      { header: '抽取日期', width: 12 },
      { header: '备注', width: 30 },
    ],
    rows: (draw.record?.selected ?? []).map((selected) => [
      selected.order,
      `${draw.task.number} ${draw.task.name}`,
      selected.target.name,
      selected.target.id,
      kindLabel(selected.target.kind),
      inspectingBodies(plan, task),
      selected.team.map((member) => `${member.name}（${member.department}，执法证号${member.certificate}）`).join('；'),
      draw.drawnAt === null ? null : chinaDay(draw.drawnAt),
      draw.status === 'cancelled' ? `本次抽取已作废：${draw.cancelReason ?? ''}` : `抽取记录第${draw.id}号`,
    ]),
  };
}

/** 抽查结果: 序号, 抽查任务, 抽查对象名称, 统一社会信用代码, 检查实施机关, 检查完成日期, 检查结果, 备注. */
export function resultsTable(results: readonly ShownResult[], catalog: Catalog): ExportTable {
  return {
    sheet: '抽查结果',
    columns: [
      { header: '序号', width: 6 },
      { header: '抽查任务', width: 40 },
      { header: '抽查对象名称', width: 34 },
      { header: '统一社会信用代码', width: 22 },
      { header: '检查实施机关', width: 28 },
      { header: '检查完成日期', width: 14 },
      { header: '检查结果', width: 40 },
      { header: '备注', width: 50 },
    ],
    rows: results.map((result, index) => {
      const draw = catalog.draw(result.drawId);
      const task = draw && catalog.task(draw.taskId);
      const plan = task && catalog.plan(task.planId);
      return [
        index + 1,
        draw ? `${draw.task.number} ${draw.task.name}` : null,
        result.targetName,
        result.targetId,
        inspectingBodies(plan, task),
        result.inspectionDate,
        outcomeText(result),
        remarksText(result),
      ];
    }),
  };
}

/** 备注 of a result: the follow-up, the bureau's remarks and whether this version was corrected. */
export function remarksText(result: ShownResult): string {
  const parts = [`后续处置：${followUpText(result.followUp)}`];
  if (result.remarks !== null) parts.push(result.remarks);
  if (result.corrects !== null) parts.push(`更正第${result.corrects}号结果`);
  if (result.correctedBy !== null) parts.push(`已更正，以第${result.correctedBy}号结果为准`);
  return parts.join('；');
}
