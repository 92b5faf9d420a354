/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import type { DrawnTarget } from '@fairdraw/core';
import type { DrawStatus } from '@fairdraw/store';

/** A plain "nothing here yet" box that says why and what to do. */
export function Empty(props: { children?: Child }) {
  return <p class="empty">{props.children}</p>;
}

export type Tone = 'waiting' | 'active' | 'done' | 'cancelled' | 'corrected';

/** The colour of a draw's status. */
export const drawTones = { prepared: 'waiting', drawn: 'active', cancelled: 'cancelled' } as const satisfies Record<DrawStatus, Tone>;

export function Badge(props: { tone: Tone; children?: Child }) {
  return <span class={`badge badge-${props.tone}`}>{props.children}</span>;
}

/** Label–value pairs, as a definition list. */
export function Facts(props: { rows: readonly (readonly [string, Child])[] }) {
  return (
    <dl class="facts">
      {props.rows.map(([label, value]) => (
        <div>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A table whose rows become labelled cards on a narrow screen: each cell carries its column
 * name in data-label, which the stylesheet shows before the value.
 */
export function Table<Row>(props: {
  caption?: string;
  /** `nowrap` keeps a short value (a date, a code) on one line. */
  columns: readonly { label: string; cell: (row: Row, index: number) => Child; nowrap?: boolean }[];
  rows: readonly Row[];
  rowId?: (row: Row) => string | undefined;
}) {
  return (
    <table class="cards">
      {props.caption && <caption>{props.caption}</caption>}
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th scope="col">{column.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => (
          <tr id={props.rowId?.(row)}>
            {props.columns.map((column) => (
              <td data-label={column.label} class={column.nowrap ? 'nowrap' : undefined}>
                <div>{column.cell(row, index)}</div>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Page links: previous, numbered pages around the current one, next. Works without script. */
export function Pagination(props: { total: number; page: number; perPage: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  if (pages <= 1) return <></>;
  const current = Math.min(props.page, pages);
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])].filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  return (
    <nav class="pages" aria-label="分页">
      <span class="pages-count">
        共 {props.total} 条，第 {current}/{pages} 页
      </span>
      {current > 1 && (
        <a href={props.href(current - 1)} rel="prev">
          上一页
        </a>
      )}
      {shown.map((page, index) => (
        <>
          {index > 0 && page - shown[index - 1]! > 1 && <span class="pages-gap">…</span>}
          {page === current ? (
            <span aria-current="page" class="pages-current">
              {page}
            </span>
          ) : (
            <a href={props.href(page)}>{page}</a>
          )}
        </>
      ))}
      {current < pages && (
        <a href={props.href(current + 1)} rel="next">
          下一页
        </a>
      )}
    </nav>
  );
}

/** Download links for a table in the two formats. */
export function Downloads(props: { base: string; label: string; search?: string }) {
  const search = props.search ?? '';
  return (
    <p class="downloads">
      下载{props.label}：<a href={`${props.base}.csv${search}`}>CSV（Excel 可直接打开）</a>
      <a href={`${props.base}.xlsx${search}`}>Excel 表格（XLSX）</a>
    </p>
  );
}

/** A drawn team: names, departments and certificate numbers, one per line. */
export function TeamList(props: { team: DrawnTarget['team'] }) {
  return (
    <ul class="team">
      {props.team.map((member) => (
        <li>
          {member.name}
          <span class="muted">
            （{member.department}，执法证号 <span class="code">{member.certificate}</span>）
          </span>
        </li>
      ))}
    </ul>
  );
}
