import type { LedgerFailure, LedgerVerification } from '@fairdraw/core';
import { sentence, type Lang } from './_lang.ts';
import type { GivenKey } from './_public-key.ts';

export interface LedgerReportOptions {
  readonly result: LedgerVerification;
  readonly lang: Lang;
  /** The key in the ledger file. */
  readonly fileKey: string;
  /** The key given with --public-key, against which the entries were checked; without it, the file's own. */
  readonly givenKey?: GivenKey | undefined;
  /** Whether a published head was given with --head. */
  readonly headGiven: boolean;
}

const failureZh: Record<LedgerFailure, string> = {
  malformed: '格式不正确（字段缺失、多余或填写有误）',
  'index-gap': '序号不连续：前面有记录缺失',
  reordered: '顺序被打乱或重复出现',
  'hash-mismatch': '写入后被改动：内容与其记载的哈希值不符',
  'chain-break': '与前一条记录的哈希链接不上',
  'bad-signature': '签名无法用台账公钥验证：记录被改写，或被他人用其他密钥重新签名',
  truncated: '末条不是公布的末条记录：末尾的记录可能被删去，或这不是同一份台账',
};

/** Whether the ledger holds: every entry intact, and the file's key the one given (when one was). */
export function ledgerAccepted({ result, fileKey, givenKey }: Pick<LedgerReportOptions, 'result' | 'fileKey' | 'givenKey'>): boolean {
  return result.ok && (givenKey === undefined || givenKey.hex === fileKey);
}

/**
 * The ledger report: a first line for scripts ("ok: N entries, head <hash>" or "broken: …"
 * naming the first broken entry), then the same in words, which key was used, and what a
 * file alone cannot show.
 */
export function ledgerReport(options: LedgerReportOptions): string {
  const { result, lang, fileKey, givenKey } = options;
  const key = givenKey?.hex ?? fileKey;
  const lines: string[] = [];
  if (givenKey !== undefined && givenKey.hex !== fileKey) {
    lines.push(`broken: the ledger file names the key ${fileKey}, not the key you gave (${givenKey.hex}); the entries were checked against the key you gave`);
    if (lang !== 'en') lines.push(`✗ 台账文件中的公钥（${fileKey}）不是您提供的公钥（${givenKey.hex}）；以下按您提供的公钥核验各条记录。`);
  }
  if (result.ok) {
    lines.push(`ok: ${result.count} entries, head ${result.head === null ? 'none' : result.head.hash}`);
    lines.push(
      ...sentence(lang, '✓', {
        zh:
          result.head === null
            ? '台账为空，没有记录。'
            : `台账完整：共 ${result.count} 条记录，序号连续、逐条哈希相连、签名均有效；末条为第 ${result.head.index} 条。`,
        en:
          result.head === null
            ? 'The ledger is empty.'
            : `All ${result.count} entries are in sequence, each linked to the one before and signed with the key below; the last is entry #${result.head.index}.`,
      }),
    );
  } else {
    const entry = result.index !== undefined ? `台账第 ${result.index} 条记录` : `文件中第 ${result.position + 1} 项记录`;
    lines.push(`broken: ${result.problem} (${result.failure})`);
    lines.push(
      ...sentence(lang, '✗', {
        zh: result.failure === 'truncated' ? `台账不完整：${failureZh.truncated}。` : `${entry}有问题：${failureZh[result.failure]}。之后的记录未再核验。`,
        en:
          result.failure === 'truncated'
            ? 'The ledger is incomplete: its last entry is not the published head.'
            : `The first broken entry is ${result.index !== undefined ? `entry #${result.index}` : `the one at position ${result.position}`}; the entries after it were not checked.`,
      }),
    );
  }
  lines.push(
    ...(givenKey === undefined
      ? sentence(lang, '⚠', {
          zh: `台账公钥 ${key} 取自台账文件本身。任何人都能用自己的密钥签出一份台账：请将它与主管机关公布的公钥比对，或用 --public-key 指定公布的公钥。`,
          en: `The ledger key ${key} was taken from the ledger file itself. Anyone can sign a ledger with a key of their own: compare it with the key the bureau publishes, or pass that key with --public-key.`,
        })
      : sentence(lang, '✓', {
          zh: `各条记录均按您提供的公钥（${givenKey.from === 'the command line' ? '命令行' : givenKey.from}）核验：${key}。`,
          en: `Entries were checked against the key you gave (${givenKey.from}): ${key}.`,
        })),
  );
  if (!options.headGiven && result.ok && result.head !== null) {
    lines.push(
      ...sentence(lang, '⚠', {
        zh: '未指定 --head：仅凭台账文件无法发现末尾被删去的记录。请将上面的末条哈希与主管机关公布的比对，或用 --head 指定。',
        en: 'No --head given: a file alone cannot show that entries were cut off its end. Compare the head above with the one the bureau publishes, or pass it with --head.',
      }),
    );
  }
  return lines.join('\n') + '\n';
}
