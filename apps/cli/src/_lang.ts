import { UsageError } from './_usage-error.ts';

/** The languages a report can be printed in: both (the default), or one. */
export const languages = ['both', 'zh', 'en'] as const;
export type Lang = (typeof languages)[number];

/** The --lang option: both when not given; anything else than zh, en or both is a usage error. */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined) return 'both';
  const lang = languages.find((candidate) => candidate === value);
  if (lang === undefined) throw new UsageError(`--lang must be zh, en or both, not "${value}"`);
  return lang;
}

/** A sentence as report lines: `mark` + Chinese, then the English indented under it (or only the one asked for). */
export function sentence(lang: Lang, mark: string, text: { readonly zh: string; readonly en: string }): string[] {
  if (lang === 'zh') return [`${mark} ${text.zh}`];
  if (lang === 'en') return [`${mark} ${text.en}`];
  return [`${mark} ${text.zh}`, `${' '.repeat([...mark].length)} ${text.en}`];
}

/** A short label in the languages asked for: "任务 Task", "任务" or "Task". */
export function label(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : lang === 'en' ? en : `${zh} ${en}`;
}
