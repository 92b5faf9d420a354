/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// The parts of a draw page: its status, the draw's arithmetic, the drawn list and how to verify it.
import { exclusionReasons, poolNames, type DrawRecord } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import type { ShownResult } from './catalog.ts';
import { Empty, Table, TeamList } from './components.tsx';
import { chinaTime, kindLabel, outcomeText, poolLabels, stratumLabel } from './format.ts';
import { seedFacts } from '../trust/seed-facts.ts';

const exclusionWords: Readonly<Record<(typeof exclusionReasons)[number], string>> = {
  kind: '类型不符',
  region: '不在抽查区域',
  status: '状态不符',
  inspectedRecently: '近期已检查',
  inspectedTooOften: '本年度检查次数已满',
};

/** The names under which the verification files download, and the commands that check them. */
export function verificationFiles(drawId: number, publicKey = '<本局公布的公钥>') {
  const base = `/api/v1/public/draws/${drawId}`;
  return {
    record: { href: `${base}/record.json`, file: `draw-${drawId}-record.json` },
    targets: { href: `${base}/directories/targets`, file: `draw-${drawId}-targets.jsonl` },
    inspectors: { href: `${base}/directories/inspectors`, file: `draw-${drawId}-inspectors.jsonl` },
    conflicts: { href: `${base}/directories/conflicts`, file: `draw-${drawId}-conflicts.jsonl` },
    task: { href: `${base}/task.json`, file: `draw-${drawId}-task.json` },
    bundle: { href: `${base}/bundle.json`, file: `draw-${drawId}-bundle.json` },
    command: `pnpm fairdraw verify draw-${drawId}-record.json --targets draw-${drawId}-targets.jsonl --inspectors draw-${drawId}-inspectors.jsonl --conflicts draw-${drawId}-conflicts.jsonl --task draw-${drawId}-task.json`,
    bundleCommand: `pnpm fairdraw verify draw-${drawId}-bundle.json --public-key ${publicKey}`,
  };
}

export function StatusNotice(props: { draw: DrawEntry; replacedBy: DrawEntry | undefined; replaced: DrawEntry | undefined; now: Date }) {
  const { draw, replacedBy, replaced } = props;
  return (
    <>
      {draw.status === 'cancelled' && (
        <div class="notice notice-cancelled">
          <p>
            <strong>本次抽取已作废</strong>
            {draw.cancelledAt && `（${chinaTime(draw.cancelledAt)}）`}。作废原因：{draw.cancelReason ?? '未说明'}
          </p>
          {seedFacts(draw, props.now).cancelledAfterSeed && <p>{afterSeedWords(draw)}</p>}
          <p>
            {replacedBy === undefined ? (
              '本任务尚未重新抽取。'
            ) : (
              <>
                已由 <a href={`/draws/${replacedBy.id}`}>第{replacedBy.id}号抽取</a> 替代。
              </>
            )}
            作废的抽取不会被删除或修改，仍在此公开。
          </p>
        </div>
      )}
      {draw.replaces !== null && (
        <p class="notice">
          本次抽取替代已作废的 <a href={`/draws/${draw.replaces}`}>第{draw.replaces}号抽取</a>。
          {replaced !== undefined && seedFacts(replaced, props.now).cancelledAfterSeed && ` 请注意：${afterSeedWords(replaced)}`}
        </p>
      )}
      {draw.status === 'prepared' && <p class="notice">名录、任务参数和随机种子的来源已经冻结并公开承诺，尚未抽取。取得种子后，抽取结果由下列名录和种子唯一确定。</p>}
    </>
  );
}

/** What a cancellation after the seed could be known means, in words. */
function afterSeedWords(draw: DrawEntry): string {
  return draw.drawnAt !== null
    ? `第${draw.id}号抽取在抽取结果公布后被作废。`
    : `第${draw.id}号抽取的承诺在其随机种子公布之后、抽取之前被作废：作废时已可算出抽取结果。`;
}

export function Process(props: { record: DrawRecord }) {
  const { eligibility, strata } = props.record;
  const excluded = exclusionReasons.filter((reason) => eligibility.excluded[reason] > 0).map((reason) => `${exclusionWords[reason]}${eligibility.excluded[reason]}家`);
  return (
    <>
      <p>
        名录中共有检查对象{eligibility.pool}家，其中符合本任务条件的{eligibility.eligible}家
        {excluded.length > 0 && `（未纳入：${excluded.join('，')}）`}。
      </p>
      <Table
        rows={strata}
        columns={[
          { label: '抽取范围', cell: (stratum) => stratumLabel(stratum.stratum) },
          { label: '符合条件', cell: (stratum) => `${stratum.eligible}家` },
          { label: '按比例应抽', cell: (stratum) => `${stratum.requested}家` },
          { label: '实际抽取', cell: (stratum) => `${stratum.size}家` },
        ]}
      />
    </>
  );
}

/** How to check a draw offline: with its bundle for committed draws, with its files for older ones. */
export function Verify(props: { draw: DrawEntry; publicKey: string }) {
  if (props.draw.commitment === null) return <LegacyVerify draw={props.draw} />;
  const files = verificationFiles(props.draw.id, props.publicKey);
  const drawn = props.draw.record !== null;
  return (
    <section id="verify" class="verify">
      <h2>如何复核本次抽取</h2>
      <p>
        抽取结果完全由承诺中的名录快照、任务参数、随机种子和算法决定。复核包下载后可在自己的电脑上离线核对，无需联网，也无需信任本平台：承诺摘要、种子是否晚于承诺、drand 签名或见证人口令、种子的推算、抽中的检查对象，以及公开台账中的签名记录。
      </p>
      <ol>
        <li>
          {drawn ? (
            <>
              下载复核包：
              <a href={files.bundle.href} download={files.bundle.file}>
                {files.bundle.file}
              </a>
            </>
          ) : (
            '复核包：抽取完成后提供下载'
          )}
        </li>
        <li>
          安装 Node.js 20 或更高版本，取得 fairdraw 源代码，在源代码目录中运行 <code>npx --yes pnpm@10.34.9 install</code>。
        </li>
        <li>
          运行（公钥即本局公布的台账公钥 <span class="code">{props.publicKey}</span>，请与本局在其他渠道公布的核对）：
          <pre>
            <code>{files.bundleCommand}</code>
          </pre>
        </li>
        <li>报告逐项列出核对结果（中英文），全部通过才以 0 退出；种子来源为工作人员输入时，报告会注明“种子不可验证”。</li>
      </ol>
      <p class="muted">
        检查组的分配还取决于回避名单，回避名单属内部信息，仅以加盐摘要写入承诺；审计人员持有内部复核包时可复核检查组。公开复核包可以证明：抽取记录（含检查组）就是抽取时写入台账的那一份。算法说明见 docs/draw-spec.md，承诺与台账说明见 docs/trust-spec.md。
      </p>
    </section>
  );
}

function LegacyVerify(props: { draw: DrawEntry }) {
  const files = verificationFiles(props.draw.id);
  const drawn = props.draw.record !== null;
  return (
    <section id="verify" class="verify">
      <h2>如何复核本次抽取</h2>
      <p>抽取结果完全由公开的名录快照、随机种子和算法决定。您可以下载下列文件，在自己的电脑上离线重新计算，核对结果是否与本页公布的一致。</p>
      <ol>
        <li>
          下载文件（放在同一个文件夹中）：
          <ul>
            {drawn ? (
              <li>
                <a href={files.record.href} download={files.record.file}>
                  抽取记录 {files.record.file}
                </a>
              </li>
            ) : (
              <li>抽取记录：抽取完成后提供下载</li>
            )}
            {poolNames.map((pool) => (
              <li>
                <a href={files[pool].href} download={files[pool].file}>
                  {poolLabels[pool]} {files[pool].file}
                </a>
              </li>
            ))}
            <li>
              <a href={files.task.href} download={files.task.file}>
                抽查任务参数（与年度计划中公布的任务一致） {files.task.file}
              </a>
            </li>
          </ul>
        </li>
        <li>
          安装 Node.js 20 或更高版本，取得 fairdraw 源代码，在源代码目录中运行 <code>npx --yes pnpm@10.34.9 install</code>。
        </li>
        <li>
          把下载的文件放到源代码目录中（或在命令中写出文件所在的路径），运行：
          <pre>
            <code>{files.command}</code>
          </pre>
        </li>
        <li>
          输出第一行为 <code>match</code> 表示完全一致；如果输出 <code>mismatch</code>，会说明第一处不一致（名录不是本次抽取所用的、抽中的对象或检查人员不同等）。
        </li>
      </ol>
      <p class="muted">算法的完整说明见 fairdraw 源代码中的 docs/draw-spec.md，可据此独立实现并复核。</p>
    </section>
  );
}

export function DrawnList(props: { draw: DrawEntry; results: readonly ShownResult[] }) {
  const selected = props.draw.record?.selected ?? [];
  const current = (targetId: string) => props.results.filter((result) => result.targetId === targetId && result.correctedBy === null);
  return selected.length === 0 ? (
    <Empty>本次抽取没有抽中检查对象（符合条件的对象为零）。</Empty>
  ) : (
    <Table
      rows={selected}
      rowId={(row) => `target-${row.target.id}`}
      columns={[
        { label: '序号', nowrap: true, cell: (row) => row.order },
        { label: '抽查对象名称', cell: (row) => <a href={`/targets/${row.target.id}`}>{row.target.name}</a> },
        { label: '统一社会信用代码', nowrap: true, cell: (row) => <span class="code">{row.target.id}</span> },
        { label: '类型', cell: (row) => kindLabel(row.target.kind) },
        { label: '检查组', cell: (row) => <TeamList team={row.team} /> },
        {
          label: '检查结果',
          cell: (row) => {
            const shown = current(row.target.id);
            return shown.length === 0 ? <span class="muted">尚未公示</span> : shown.map((result) => <div>{outcomeText(result)}</div>);
          },
        },
      ]}
    />
  );
}
