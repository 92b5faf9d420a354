/** @jsxRuntime automatic @jsxImportSource hono/jsx */
// The parts of a draw page: its status, the draw's arithmetic, the drawn list and how to verify it.
import { exclusionReasons, poolNames, type DrawRecord } from '@fairdraw/core';
import type { DrawEntry } from '@fairdraw/store';
import type { ShownResult } from './catalog.ts';
import { Empty, Table, TeamList } from './components.tsx';
import { chinaTime, kindLabel, outcomeText, poolLabels, stratumLabel } from './format.ts';

const exclusionWords: Readonly<Record<(typeof exclusionReasons)[number], string>> = {
  kind: '类型不符',
  region: '不在抽查区域',
  status: '状态不符',
  inspectedRecently: '近期已检查',
  inspectedTooOften: '本年度检查次数已满',
};

/** The names under which the verification files download, and the command that checks them. */
export function verificationFiles(drawId: number) {
  const base = `/api/v1/public/draws/${drawId}`;
  return {
    record: { href: `${base}/record.json`, file: `draw-${drawId}-record.json` },
    targets: { href: `${base}/directories/targets`, file: `draw-${drawId}-targets.jsonl` },
    inspectors: { href: `${base}/directories/inspectors`, file: `draw-${drawId}-inspectors.jsonl` },
    conflicts: { href: `${base}/directories/conflicts`, file: `draw-${drawId}-conflicts.jsonl` },
    task: { href: `${base}/task.json`, file: `draw-${drawId}-task.json` },
    command: `pnpm fairdraw verify draw-${drawId}-record.json --targets draw-${drawId}-targets.jsonl --inspectors draw-${drawId}-inspectors.jsonl --conflicts draw-${drawId}-conflicts.jsonl --task draw-${drawId}-task.json`,
  };
}

export function StatusNotice(props: { draw: DrawEntry; replacedBy: DrawEntry | undefined }) {
  const { draw, replacedBy } = props;
  return (
    <>
      {draw.status === 'cancelled' && (
        <div class="notice notice-cancelled">
          <p>
            <strong>本次抽取已作废</strong>
            {draw.cancelledAt && `（${chinaTime(draw.cancelledAt)}）`}。作废原因：{draw.cancelReason ?? '未说明'}
          </p>
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
        </p>
      )}
      {draw.status === 'prepared' && <p class="notice">名录已经冻结，尚未抽取。抽取时输入随机种子后，抽取结果由下列名录和种子唯一确定。</p>}
    </>
  );
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

export function Verify(props: { draw: DrawEntry }) {
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
