/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// A draw's commitment, its seed source and its place in the ledger (trust-spec), for people.
import type { LedgerEntry } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import { seedFacts } from '../trust/seed-facts.ts';
import { Facts, Table } from './components.tsx';
import { chinaTime, ledgerEntryLabels } from './format.ts';

export function CommitmentSection(props: { draw: DrawEntry; ledger: readonly LedgerEntry[]; now: Date }) {
  const { draw, ledger } = props;
  const { commitment, commitmentDigest, evidence } = draw;
  if (commitment === null || commitmentDigest === null) {
    return (
      <p class="notice">
        本次抽取在本系统启用“先承诺、后取种子”机制之前进行：随机种子由工作人员输入，系统如实记录，但无法证明这个种子在抽取前无人知晓（不可验证的种子）。可以验证的是：用这个种子和下面公布的名录重新计算，结果必须与本页公布的完全一致。
      </p>
    );
  }
  const seed = seedFacts(draw, props.now);
  const source = commitment.seedSource;
  return (
    <>
      <p>
        准备抽取时，本局先公布了一份<strong>抽取承诺</strong>，写明所用的名录版本、抽查任务参数和随机种子的来源；承诺一经公布，任何人（包括管理员）都无法再选择种子。随机种子由承诺摘要和种子来源的数值共同算出，因此同一来源不能挪用于其他名录或参数。
      </p>
      <Facts
        rows={[
          ['承诺摘要', <span class="code digest">{commitmentDigest}</span>],
          ['承诺时间', `${chinaTime(commitment.at, 'second')}（本系统时钟；承诺先于种子公开，以其在公开台账中的位置为证）`],
          ...(commitment.replaces === null
            ? []
            : [['替代的承诺', <><span class="code digest">{commitment.replaces.commitment}</span>（原因：{commitment.replaces.reason}）</>] as const]),
          [
            '回避名单',
            <>
              {commitment.directories.internal.conflicts.count}对，以加盐摘要 <span class="code digest">{commitment.directories.internal.conflicts.saltedDigest}</span> 写入承诺（回避关系属内部信息，不公开；审计人员可凭内部数据核对）
            </>,
          ],
        ]}
      />
      <h3>随机种子的来源</h3>
      {source.type === 'drand' && (
        <>
          <p>
            种子取自公共随机信标 drand（quicknet 链）第 <strong>{source.round}</strong> 轮的随机数，该轮预定于 <strong>{seed.due === null ? '—' : chinaTime(seed.due, 'second')}</strong>（北京时间）由全球多家机构联合生成并签名公布，晚于承诺时间；在此之前任何人都无法知道。
          </p>
          {draw.status === 'prepared' && !seed.overdue && <p class="notice">等待该轮随机数公布；公布后系统自动取得并抽取，无需也无法由人选择抽取时机。</p>}
          {seed.overdue && (
            <p class="notice notice-cancelled">
              <strong>请注意：</strong>该轮随机数已经公布，但本次抽取尚未进行。承诺依然有效并在此公开；如果改用其他承诺重新抽取，新承诺必须指明替代本承诺及原因。
            </p>
          )}
          {evidence?.type === 'drand' && (
            <p>
              第{evidence.beacon.round}轮随机数：<span class="code digest">{evidence.beacon.randomness}</span>（其 BLS 签名已用 drand quicknet 的公钥核验，任何人均可离线复核）
            </p>
          )}
        </>
      )}
      {source.type === 'witnesses' && (
        <>
          <p>种子来自见证人仪式：每位见证人在承诺前交出自己秘密口令的 SHA-256 摘要，抽取时当众公开口令。只要有一位见证人的口令不可预测，种子就不可预测。</p>
          <Table
            rows={source.commitments}
            columns={[
              { label: '见证人', cell: (row) => row.witness },
              { label: '承诺的摘要（SHA-256）', cell: (row) => <span class="code digest">{row.hash}</span> },
              {
                label: '公开的口令',
                cell: (row) => {
                  const revealed = evidence?.type === 'witnesses' ? evidence.reveals.find((reveal) => reveal.witness === row.witness) : undefined;
                  return revealed === undefined ? <span class="muted">抽取时公开</span> : <span class="code">{revealed.secret}</span>;
                },
              },
            ]}
          />
        </>
      )}
      {source.type === 'operator' && (
        <p class="notice">
          <strong>不可验证的种子：</strong>本次抽取的种子来源为工作人员输入{evidence?.type === 'operator' && <>（输入值：<span class="code">{evidence.value}</span>）</>}。系统如实记录并写入公开台账，但无法证明该数值在承诺前无人知晓。
        </p>
      )}
      <h3>公开台账中的记录</h3>
      {ledger.length === 0 ? (
        <p class="muted">尚无台账记录。</p>
      ) : (
        <Table
          rows={ledger}
          columns={[
            { label: '序号', nowrap: true, cell: (entry) => <a href={`/ledger#entry-${entry.index}`}>#{entry.index}</a> },
            { label: '事项', cell: (entry) => ledgerEntryLabels[entry.type] },
            { label: '时间', nowrap: true, cell: (entry) => chinaTime(entry.at, 'second') },
            { label: '记录摘要', cell: (entry) => <span class="code digest">{entry.hash}</span> },
          ]}
        />
      )}
      <p class="muted">
        公开台账是一条签名的哈希链：每条记录都含有前一条的摘要，并由本局的密钥签名。任何删改都会被核验发现。<a href="/ledger">查看完整台账</a>
      </p>
    </>
  );
}
