import { accepted, refused, type CellValue } from './cell-value.ts';
import type { ColumnSpec } from './columns.ts';
import { normalizeDate } from './normalize-date.ts';
import { parseActive, parseRiskClass, parseTargetKind, parseTargetStatus } from './vocabulary.ts';

// Text cells go to the schema as written, so that its messages (and its trimming) apply.
const asWritten = (cell: string): CellValue<string> => accepted(cell);

/** Splits a list cell on ; or the full-width ；that Chinese input methods type. */
function splitList(cell: string): string[] {
  return cell
    .split(/[;；]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function readDates(cell: string): CellValue<string[]> {
  const read = splitList(cell).map(normalizeDate);
  const problems = read.flatMap((date) => (date.ok ? [] : [date.message]));
  if (problems.length > 0) return refused(problems.join('; '));
  return accepted(read.flatMap((date) => (date.ok ? [date.value] : [])));
}

/** The columns of a target (检查对象名录) file. */
export const targetColumns: readonly ColumnSpec[] = [
  { field: 'id', english: 'id', chinese: '统一社会信用代码', required: true, read: asWritten },
  { field: 'name', english: 'name', chinese: '名称', required: true, read: asWritten },
  { field: 'kind', english: 'kind', chinese: '类型', required: true, read: parseTargetKind },
  { field: 'region', english: 'region', chinese: '所属区域', required: false, read: asWritten },
  { field: 'risk', english: 'risk', chinese: '信用风险等级', required: false, read: parseRiskClass },
  { field: 'status', english: 'status', chinese: '状态', required: false, read: parseTargetStatus },
  { field: 'lastInspected', english: 'last_inspected', chinese: '最近检查日期', required: false, read: readDates },
];

/** The columns of an inspector (执法检查人员名录) file. */
export const inspectorColumns: readonly ColumnSpec[] = [
  { field: 'id', english: 'id', chinese: '工号', required: true, read: asWritten },
  { field: 'name', english: 'name', chinese: '姓名', required: true, read: asWritten },
  { field: 'department', english: 'department', chinese: '单位', required: true, read: asWritten },
  { field: 'certificate', english: 'certificate', chinese: '执法证号', required: true, read: asWritten },
  { field: 'fields', english: 'fields', chinese: '执法领域', required: false, read: (cell) => accepted(splitList(cell)) },
  { field: 'active', english: 'active', chinese: '在岗', required: false, read: parseActive },
];

/** The columns of a 回避 (conflict) file. */
export const conflictColumns: readonly ColumnSpec[] = [
  { field: 'inspectorId', english: 'inspector_id', chinese: '检查人员工号', required: true, read: asWritten },
  { field: 'targetId', english: 'target_id', chinese: '统一社会信用代码', required: true, read: asWritten },
  { field: 'reason', english: 'reason', chinese: '回避事由', required: false, read: asWritten },
];
