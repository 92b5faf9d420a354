/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { ShownResult } from './catalog.ts';
import { Badge } from './components.tsx';
import { followUpText, outcomeText } from './format.ts';

/** 检查结果 of one published version, with its correction status said in words. */
export function ResultOutcome(props: { result: ShownResult }) {
  const { result } = props;
  return (
    <>
      <span class={result.correctedBy === null ? undefined : 'superseded'}>{outcomeText(result)}</span>
      {result.correctedBy !== null && (
        <div>
          <Badge tone="corrected">已更正</Badge>{' '}
          <a href={`/targets/${result.targetId}#result-${result.correctedBy}`}>以第{result.correctedBy}号结果为准</a>
        </div>
      )}
      {result.corrects !== null && <div class="muted">更正第{result.corrects}号结果</div>}
    </>
  );
}

/** 后续处置 and 备注 of one published version. */
export function ResultRemarks(props: { result: ShownResult }) {
  return (
    <>
      <div>后续处置：{followUpText(props.result.followUp)}</div>
      {props.result.remarks !== null && <div>{props.result.remarks}</div>}
    </>
  );
}
