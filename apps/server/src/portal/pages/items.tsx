/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { PortalEnv } from '../layout.tsx';
import { Empty } from '../components.tsx';
import { itemCategoryLabels, kindLabel, methodLabels } from '../format.ts';

/** 抽查事项清单: what may be inspected, on what legal basis, how, how much and how often. */
export const items = new Hono<PortalEnv>().get('/items', async (c) => {
  const list = (await c.var.deps.store.items.list()).map((entry) => entry.item).sort((a, b) => a.code.localeCompare(b.code));
  return c.render(
    <>
      <p>没有法律法规依据的事项，不得列入抽查；未列入本清单的事项，不得开展抽查。</p>
      {list.length === 0 ? (
        <Empty>尚未公布抽查事项清单。</Empty>
      ) : (
        list.map((item) => (
          <article class="card" id={`item-${item.code}`}>
            <h2>
              <span class="code">{item.code}</span> {item.name}
            </h2>
            <dl class="facts">
              <div><dt>事项类别</dt><dd>{itemCategoryLabels[item.category] ?? item.category}</dd></div>
              <div><dt>抽查依据</dt><dd>{item.legalBasis}</dd></div>
              <div><dt>抽查主体</dt><dd>{item.inspectingBody ?? '—'}</dd></div>
              <div><dt>抽查对象</dt><dd>{item.targetKinds.map(kindLabel).join('、')}</dd></div>
              <div><dt>检查方式</dt><dd>{methodLabels[item.method] ?? item.method}</dd></div>
              <div><dt>抽查比例</dt><dd>{item.ratio ?? '见年度计划'}</dd></div>
              <div><dt>抽查频次</dt><dd>{item.frequency ?? '见年度计划'}</dd></div>
              {item.notes !== null && <div><dt>备注</dt><dd>{item.notes}</dd></div>}
            </dl>
          </article>
        ))
      )}
    </>,
    { title: '随机抽查事项清单', twin: '/api/v1/public/items', section: 'items' },
  );
});
