/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { TaskEntry } from '@fairdraw/store';
import { Facts } from './components.tsx';
import { ratioText, scopeText, teamRuleText } from './format.ts';

/** A task as the plan publishes it: items, scope, ratio, team, window and departments. */
export function TaskFacts(props: { task: TaskEntry; itemNames: ReadonlyMap<string, string> }) {
  const { planned } = props.task;
  return (
    <Facts
      rows={[
        [
          '抽查事项',
          <ul class="plain">
            {planned.task.items.map((code) => (
              <li>
                <a href={`/items#item-${code}`}>
                  <span class="code">{code}</span> {props.itemNames.get(code) ?? ''}
                </a>
              </li>
            ))}
          </ul>,
        ],
        ['抽查对象范围', scopeText(planned.task)],
        ['抽查比例', ratioText(planned.task)],
        ['检查人员', teamRuleText(planned.task)],
        ['检查时间', `${planned.window.start} 至 ${planned.window.end}`],
        ['发起部门', planned.leadDepartment],
        ['配合部门', planned.cooperatingDepartments.length === 0 ? '无（本部门单独实施）' : planned.cooperatingDepartments.join('、')],
        ['结果公示时限', `检查完成后${planned.publicationDeadlineDays}个工作日内`],
      ]}
    />
  );
}
