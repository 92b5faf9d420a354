// The filters of 抽查结果公示, read from the address bar; shared by the page, its exports and its JSON twin link.
import { z } from 'zod';
import type { ResultFilter } from '@fairdraw/store';

export const RESULTS_PER_PAGE = 20;

// A filter the page cannot read is ignored rather than refused: a person who edits the
// address by hand gets every result, not an error page.
const optional = <S extends z.ZodType>(schema: S) => schema.optional().catch(undefined);

const ResultQuery = z.object({
  year: optional(z.coerce.number().int().min(2000).max(2999)),
  taskId: optional(z.coerce.number().int().min(1)),
  kind: optional(z.string().trim().min(1).max(40)),
  category: optional(z.string().trim().min(1).max(40)),
  department: optional(z.string().trim().min(1).max(100)),
  q: optional(z.string().trim().min(1).max(100)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type ResultQuery = z.infer<typeof ResultQuery>;

/** Reads the filters from query parameters; anything unreadable is left out. */
export function readResultQuery(params: Record<string, string>): ResultQuery {
  return ResultQuery.parse(params);
}

const filterKeys = ['year', 'taskId', 'kind', 'category', 'department', 'q'] as const;

/** True when at least one filter is set. */
export function isFiltered(query: ResultQuery): boolean {
  return filterKeys.some((key) => query[key] !== undefined);
}

/** The store's filter for these query parameters (no paging). */
export function storeFilter(query: ResultQuery): ResultFilter {
  const { year, taskId, kind, category, department, q } = query;
  return {
    ...(year === undefined ? {} : { year }),
    ...(taskId === undefined ? {} : { taskId }),
    ...(kind === undefined ? {} : { targetKind: kind }),
    ...(category === undefined ? {} : { category }),
    ...(department === undefined ? {} : { department }),
    ...(q === undefined ? {} : { query: q }),
  };
}

/** "?year=2021&q=…" for the filters set, with `extra` appended (page, limit, offset). */
export function searchOf(query: ResultQuery, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The JSON twin of one page of results. */
export function resultsTwin(query: ResultQuery): string {
  return `/api/v1/public/results${searchOf(query, { limit: RESULTS_PER_PAGE, offset: (query.page - 1) * RESULTS_PER_PAGE })}`;
}
