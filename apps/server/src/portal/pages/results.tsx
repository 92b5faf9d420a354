/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { outcomeCategories, outcomeLabels } from '@fairdraw/core';
import type { Store } from '@fairdraw/store';
import type { PortalEnv } from '../layout.tsx';
import { inspectingBodies, loadCatalog, showPublished, type Catalog } from '../catalog.ts';
import { Downloads, Empty, Pagination, Table } from '../components.tsx';
import { kindLabel } from '../format.ts';
import { RESULTS_PER_PAGE, isFiltered, readResultQuery, resultsTwin, searchOf, storeFilter, type ResultQuery } from '../result-query.ts';
import { ResultOutcome, ResultRemarks } from '../result-views.tsx';
import { exportFormats, sendTable } from '../exports/table.ts';
import { resultsTable } from '../exports/publication-tables.ts';

/** Every row of an export is read in pages of this size, up to EXPORT_LIMIT rows. */
const EXPORT_PAGE = 500;
const EXPORT_LIMIT = 100_000;

/** The choices of each filter, from what is published. */
function filterChoices(catalog: Catalog) {
  const years = [...new Set(catalog.plans.map((plan) => plan.plan.year))].sort((a, b) => b - a);
  const kinds = [...new Set(catalog.tasks.flatMap((task) => task.planned.task.eligibility.kinds))].sort();
  const departments = [...new Set(catalog.draws.flatMap((draw) => draw.record?.selected.flatMap((selected) => selected.team.map((member) => member.department)) ?? []))].sort();
  return { years, kinds, departments, tasks: catalog.tasks };
}

function Option(props: { value: string; selected: string | undefined; label: string }) {
  return (
    <option value={props.value} selected={props.value === props.selected}>
      {props.label}
    </option>
  );
}

function Filters(props: { query: ResultQuery; catalog: Catalog }) {
  const { query } = props;
  const choices = filterChoices(props.catalog);
  return (
    <form class="filters" method="get" action="/results" role="search">
      <label>
        年度
        <select name="year">
          <option value="">全部年度</option>
          {choices.years.map((year) => (
            <Option value={String(year)} selected={query.year?.toString()} label={`${year}年`} />
          ))}
        </select>
      </label>
      <label>
        抽查任务
        <select name="taskId">
          <option value="">全部任务</option>
          {choices.tasks.map((task) => (
            <Option value={String(task.id)} selected={query.taskId?.toString()} label={`${task.planned.task.number} ${task.planned.task.name}`} />
          ))}
        </select>
      </label>
      <label>
        对象类型
        <select name="kind">
          <option value="">全部类型</option>
          {choices.kinds.map((kind) => (
            <Option value={kind} selected={query.kind} label={kindLabel(kind)} />
          ))}
        </select>
      </label>
      <label>
        检查结果
        <select name="category">
          <option value="">全部结果</option>
          {outcomeCategories.map((category) => (
            <Option value={category} selected={query.category} label={outcomeLabels[category]} />
          ))}
        </select>
      </label>
      <label>
        检查部门
        <select name="department">
          <option value="">全部部门</option>
          {choices.departments.map((department) => (
            <Option value={department} selected={query.department} label={department} />
          ))}
        </select>
      </label>
      <label class="wide">
        名称或统一社会信用代码
        <input type="search" name="q" value={query.q ?? ''} maxlength={100} placeholder="输入机构名称的一部分，或信用代码的开头" />
      </label>
      <div class="actions">
        <button type="submit">查询</button>
        {isFiltered(query) && <a href="/results">清除条件</a>}
      </div>
    </form>
  );
}

/** Every published result matching the filters, newest publication first. */
async function allMatching(store: Store, query: ResultQuery) {
  const filter = storeFilter(query);
  const entries = [];
  for (let offset = 0; offset < EXPORT_LIMIT; offset += EXPORT_PAGE) {
    const page = await store.results.listPublished({ ...filter, limit: EXPORT_PAGE, offset });
    entries.push(...page.results);
    if (page.results.length < EXPORT_PAGE) break;
  }
  return entries;
}

const resultsApp = new Hono<PortalEnv>().get('/results', async (c) => {
  const query = readResultQuery(c.req.query());
  const { store } = c.var.deps;
  const catalog = await loadCatalog(store);
  const page = await store.results.listPublished({ ...storeFilter(query), limit: RESULTS_PER_PAGE, offset: (query.page - 1) * RESULTS_PER_PAGE });
  const results = await showPublished(store, catalog, page.results);
  const first = (query.page - 1) * RESULTS_PER_PAGE;
  return c.render(
    <>
      <p>检查结果经审核后公示。已公示的结果不会被修改；如需更正，会公示更正后的结果，原结果标注“已更正”并继续保留。各抽查对象的公示期限与是否逾期见<a href="/deadlines">检查结果公示期限</a>。</p>
      <Filters query={query} catalog={catalog} />
      {page.total === 0 ? (
        <Empty>
          {isFiltered(query) ? (
            <>
              没有符合条件的检查结果。<a href="/results">清除条件</a>查看全部结果。
            </>
          ) : (
            '还没有公示的检查结果。检查完成并经审核后，结果会在这里公示。'
          )}
        </Empty>
      ) : results.length === 0 ? (
        <Empty>
          没有这一页（共{page.total}条结果）。<a href={`/results${searchOf(query)}`}>回到第一页</a>
        </Empty>
      ) : (
        <>
          <p class="count">{isFiltered(query) ? `符合条件的结果共 ${page.total} 条` : `共 ${page.total} 条结果`}</p>
          <Table
            rows={results}
            rowId={(result) => `result-${result.id}`}
            columns={[
              { label: '序号', nowrap: true, cell: (_, index) => first + index + 1 },
              {
                label: '抽查对象',
                cell: (result) => (
                  <>
                    <a href={`/targets/${result.targetId}`}>{result.targetName ?? result.targetId}</a>
                    <div class="code muted">{result.targetId}</div>
                  </>
                ),
              },
              {
                label: '抽查任务',
                cell: (result) => {
                  const draw = catalog.draw(result.drawId);
                  return draw ? <a href={`/draws/${draw.id}`}>{`${draw.task.number} ${draw.task.name}`}</a> : '—';
                },
              },
              {
                label: '检查实施机关',
                cell: (result) => {
                  const task = catalog.task(catalog.draw(result.drawId)?.taskId ?? 0);
                  return inspectingBodies(task && catalog.plan(task.planId), task);
                },
              },
              { label: '检查完成日期', nowrap: true, cell: (result) => result.inspectionDate },
              { label: '检查结果', cell: (result) => <ResultOutcome result={result} /> },
              { label: '后续处置及备注', cell: (result) => <ResultRemarks result={result} /> },
            ]}
          />
        </>
      )}
      <Pagination total={page.total} page={query.page} perPage={RESULTS_PER_PAGE} href={(n) => `/results${searchOf(query, n > 1 ? { page: n } : {})}`} />
      {page.total > 0 && <Downloads base="/results/export" search={searchOf(query)} label={isFiltered(query) ? '符合条件的全部结果' : '全部结果'} />}
    </>,
    { title: '抽查结果公示', twin: resultsTwin(query), section: 'results' },
  );
});

// Downloads keep the page's filters: the address is the page's, with /export.csv or .xlsx.
for (const format of exportFormats) {
  resultsApp.get(`/results/export.${format}`, async (c) => {
    const query = readResultQuery(c.req.query());
    const { store } = c.var.deps;
    const catalog = await loadCatalog(store);
    const results = await showPublished(store, catalog, await allMatching(store, query));
    return sendTable(c, resultsTable(results, catalog), 'results', format);
  });
}

/** 抽查结果公示: published results with filters, search and pages, and their CSV/XLSX exports. */
export const results = resultsApp;
