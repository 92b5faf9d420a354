import { findDrandChain, type Bundle, type BundleVerification } from '@fairdraw/core';
import { label, sentence, type Lang } from './_lang.ts';
import type { GivenKey } from './_public-key.ts';

export interface BundleReportOptions {
  /** The file as the reader named it. */
  readonly file: string;
  readonly bundle: Bundle;
  readonly result: BundleVerification;
  readonly lang: Lang;
  /** The key given with --public-key; without it, only the bundle's own key was used. */
  readonly givenKey?: GivenKey | undefined;
  readonly allowUnverifiableSeed: boolean;
}

/** Whether the verdict is "verified": every check holds, and the seed is verifiable or its being unverifiable was accepted. */
export function bundleAccepted(result: BundleVerification, allowUnverifiableSeed: boolean): boolean {
  return result.ok && (result.seedVerifiable || allowUnverifiableSeed);
}

/**
 * The report a person reads: what was checked, one line per check (✓ or ✗, Chinese then
 * English), what to keep in mind, and a verdict line that agrees with the exit code.
 */
export function bundleReport(options: BundleReportOptions): string {
  const { bundle, result, lang, givenKey } = options;
  const both = (zh: string, en: string) => (lang === 'zh' ? zh : lang === 'en' ? en : `${zh} · ${en}`);
  const scope =
    result.scope === 'public'
      ? both('公开版文件包（不含回避名单）', 'public bundle (without the 回避 list)')
      : both('审计版文件包（含回避名单及盐值）', 'auditor bundle (with the 回避 list and its salt)');
  const key = givenKey
    ? both(`您提供的公钥（${givenKey.from === 'the command line' ? '命令行' : givenKey.from}）`, `the key you gave (${givenKey.from})`)
    : both('取自文件包本身', 'taken from the bundle itself');
  const keyWarning = givenKey
    ? []
    : sentence(lang, '⚠', {
        zh: '台账签名仅用文件包自带的公钥核对，该公钥未与主管机关公布的公钥核对。请用 --public-key 指定公布的公钥重新核验。',
        en: "The ledger signatures were checked only with the bundle's own key, which was not checked against the bureau's published key. Run again with --public-key and the published key.",
      });
  const lines = [
    lang === 'en' ? 'fairdraw draw verification report' : both('fairdraw 抽取核验报告', 'draw verification report'),
    '',
    `${label(lang, '文件', 'File')}: ${options.file} — ${scope}`,
    `${label(lang, '任务', 'Task')}: ${bundle.record.task.number} ${bundle.record.task.name}`,
    `${label(lang, '承诺', 'Commitment')}: ${bundle.commitmentDigest}`,
    `${label(lang, '种子来源', 'Seed source')}: ${seedSourceWords(bundle, both)}`,
    `${label(lang, '种子', 'Seed')}: ${bundle.seed}`,
    `${label(lang, '台账公钥', 'Ledger key')}: ${givenKey?.hex ?? bundle.ledger.publicKey} — ${key}`,
    ...keyWarning,
    '',
    label(lang, `检查项（${result.checks.length} 项）`, `Checks (${result.checks.length})`),
    ...result.checks.flatMap((check) => sentence(lang, check.ok ? '✓' : '✗', check)),
    '',
    label(lang, '请注意', 'Please note'),
    ...result.notes.flatMap((note) => sentence(lang, '•', note)),
    '',
    ...verdict(options),
  ];
  return lines.join('\n') + '\n';
}

function seedSourceWords(bundle: Bundle, both: (zh: string, en: string) => string): string {
  const source = bundle.commitment.seedSource;
  switch (source.type) {
    case 'drand': {
      const chain = findDrandChain(source.chain)?.beaconId ?? source.chain;
      return both(`drand ${chain} 第 ${source.round} 轮公开随机信标`, `drand ${chain} public randomness beacon, round ${source.round}`);
    }
    case 'witnesses':
      return both(`见证人仪式（${source.commitments.length} 位见证人）`, `witness ceremony (${source.commitments.length} witnesses)`);
    case 'operator':
      return both('由操作人员输入——种子不可验证', 'typed by the operator — UNVERIFIABLE SEED');
  }
}

function verdict({ result, lang, allowUnverifiableSeed }: BundleReportOptions): string[] {
  const total = result.checks.length;
  const failed = result.checks.filter((check) => !check.ok).map((check) => check.id);
  if (failed.length > 0) {
    const also = result.seedVerifiable ? { zh: '', en: '' } : { zh: '另：种子由操作人员输入，不可验证。', en: ' The seed, typed by the operator, is also unverifiable.' };
    return sentence(lang, '✗', {
      zh: `结论：未通过。${total} 项检查中有 ${failed.length} 项不成立：${failed.join('、')}。${also.zh}`,
      en: `Verdict: NOT VERIFIED. ${failed.length} of ${total} checks fail: ${failed.join(', ')}.${also.en}`,
    });
  }
  if (result.seedVerifiable) {
    return sentence(lang, '✓', { zh: `结论：核验通过。全部 ${total} 项检查均成立。`, en: `Verdict: VERIFIED. All ${total} checks hold.` });
  }
  if (allowUnverifiableSeed) {
    return sentence(lang, '⚠', {
      zh: `结论：全部 ${total} 项检查均成立，但种子由操作人员输入，不可验证（已按 --allow-unverifiable-seed 接受）。`,
      en: `Verdict: all ${total} checks hold, but the seed was typed by the operator and is UNVERIFIABLE (accepted with --allow-unverifiable-seed).`,
    });
  }
  return sentence(lang, '✗', {
    zh: `结论：未通过。全部 ${total} 项检查均成立，但种子由操作人员输入，不可验证：无法证明它不是为得到这一结果而挑选的。如确认接受，请加 --allow-unverifiable-seed 重新运行。`,
    en: `Verdict: NOT VERIFIED. All ${total} checks hold, but the seed was typed by the operator and is unverifiable: nothing shows it was not chosen to give this result. To accept that, run again with --allow-unverifiable-seed.`,
  });
}
