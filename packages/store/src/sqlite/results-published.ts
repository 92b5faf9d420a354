import type { ResultEntry } from '../entities.ts';
import type { ResultFilter } from '../store.ts';
import type { Connection } from './_connection.ts';
import { RESULT_COLUMNS, toResultEntry, type ResultRow } from './result-rows.ts';

const DEFAULT_LIMIT = 100;

type Param = string | number;

/**
 * Published results matching `filter`, newest publication first (then newest id), with the
 * number that match for paging (default limit 100). Call it inside one read transaction.
 */
export function listPublished(conn: Connection, filter: ResultFilter): { total: number; results: ResultEntry[] } {
  const where = ["r.status = 'published'"];
  const params: Param[] = [];
  const add = (condition: string, ...values: Param[]) => {
    where.push(condition);
    params.push(...values);
  };
  if (filter.year !== undefined) add('r.year = ?', filter.year);
  if (filter.taskId !== undefined) add('r.task_id = ?', filter.taskId);
  if (filter.targetKind !== undefined) add('r.target_kind = ?', filter.targetKind);
  if (filter.targetId !== undefined) add('r.target_id = ?', filter.targetId);
  if (filter.category !== undefined) add('EXISTS (SELECT 1 FROM json_each(r.categories) WHERE value = ?)', filter.category);
  if (filter.department !== undefined) add('EXISTS (SELECT 1 FROM json_each(r.departments) WHERE value = ?)', filter.department);
  const query = filter.query?.trim() ?? '';
  if (query !== '') {
    // instr and substr, not LIKE: no wildcards to escape, and names match exactly as written.
    // Credit codes are stored upper-case, so a code typed in lower case still matches.
    add('(instr(r.target_name, ?) > 0 OR substr(r.target_id, 1, length(?)) = ?)', query, query, query.toUpperCase());
  }
  const clause = where.join(' AND ');
  const count = conn.statement<Param[], { total: number }>(`SELECT count(*) AS total FROM results r WHERE ${clause}`).get(...params);
  const limit = Math.max(0, Math.trunc(filter.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, Math.trunc(filter.offset ?? 0));
  const rows = conn
    .statement<Param[], ResultRow>(`SELECT ${RESULT_COLUMNS} FROM results r WHERE ${clause} ORDER BY r.published_at DESC, r.id DESC LIMIT ? OFFSET ?`)
    .all(...params, limit, offset);
  return { total: count?.total ?? 0, results: rows.map(toResultEntry) };
}
