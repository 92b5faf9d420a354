/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { PortalEnv } from '../layout.tsx';
import { loadCatalog } from '../catalog.ts';
import { Empty, Facts, Pagination, Table } from '../components.tsx';
import { chinaTime, ledgerEntryLabels } from '../format.ts';

const ENTRIES_PER_PAGE = 100;

/** 公开台账: every commitment, draw, cancellation and result publication, signed and chained, newest first. */
export const ledgerPage = new Hono<PortalEnv>().get('/ledger', async (c) => {
  const { store, trust } = c.var.deps;
  const head = await store.ledger.head();
  const total = head === undefined ? 0 : head.index + 1;
  const page = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
  // Newest first: page 1 holds the last ENTRIES_PER_PAGE entries.
  const to = total - (page - 1) * ENTRIES_PER_PAGE;
  const from = Math.max(0, to - ENTRIES_PER_PAGE);
  const entries = to <= 0 ? [] : (await store.ledger.list({ from, limit: to - from })).reverse();
  const catalog = await loadCatalog(store);
  const drawOf = new Map(catalog.draws.flatMap((draw) => (draw.commitmentDigest === null ? [] : [[draw.commitmentDigest, draw] as const])));
  const problem = trust.ledger.problem();
  const command = `pnpm fairdraw ledger verify fairdraw-ledger.json --public-key ${trust.ledger.publicKey}${head ? ` --head ${head.hash}` : ''}`;
  return c.render(
    <>
      <p>
        本局的每一份抽取承诺、每一次抽取、作废和检查结果公示，都按时间顺序记入这份台账。每条记录含有前一条记录的摘要（哈希链），并由本局的 Ed25519 密钥签名：事后删除、修改或调换任何一条，都会在核验时被发现并指出是哪一条。
      </p>
      {problem !== null && (
        <p class="notice notice-cancelled">
          <strong>台账核验未通过：</strong>
          {problem.problem}（核验时间 {chinaTime(problem.checkedAt, 'second')}）。在台账恢复之前，本平台不再公布新的承诺、抽取或结果。
        </p>
      )}
      <Facts
        rows={[
          ['本局台账公钥（Ed25519）', <span class="code digest">{trust.ledger.publicKey}</span>],
          ['记录条数', `${total}条`],
          ['最新一条', head === undefined ? '—' : <><a href={`#entry-${head.index}`}>#{head.index}</a> <span class="code digest">{head.hash}</span></>],
          ['核验状态', problem === null ? '启动时及此后核验均未发现问题' : '未通过（见上）'],
        ]}
      />
      <p>
        下载完整台账 <a href="/api/v1/public/ledger.json" download="fairdraw-ledger.json">fairdraw-ledger.json</a>，在 fairdraw 源代码目录中运行：
      </p>
      <pre>
        <code>{command}</code>
      </pre>
      <p class="muted">请把公钥与本局在公告等其他渠道公布的公钥核对；记下最新一条的摘要，日后可据此发现台账末尾是否被截去。</p>
      {entries.length === 0 ? (
        <Empty>{total === 0 ? '台账还没有记录。' : <>没有这一页。<a href="/ledger">回到第一页</a></>}</Empty>
      ) : (
        <Table
          rows={entries}
          rowId={(entry) => `entry-${entry.index}`}
          columns={[
            { label: '序号', nowrap: true, cell: (entry) => `#${entry.index}` },
            { label: '事项', cell: (entry) => ledgerEntryLabels[entry.type] },
            { label: '时间', nowrap: true, cell: (entry) => chinaTime(entry.at, 'second') },
            {
              label: '抽取',
              cell: (entry) => {
                const draw = typeof entry.payload.commitmentDigest === 'string' ? drawOf.get(entry.payload.commitmentDigest) : undefined;
                return draw === undefined ? '—' : <a href={`/draws/${draw.id}`}>第{draw.id}号抽取 {draw.task.number}</a>;
              },
            },
            { label: '记录摘要', cell: (entry) => <span class="code digest">{entry.hash}</span> },
          ]}
        />
      )}
      <Pagination total={total} page={page} perPage={ENTRIES_PER_PAGE} href={(n) => `/ledger?page=${n}`} />
    </>,
    { title: '公开台账', twin: '/api/v1/public/ledger', section: 'ledger' },
  );
});
