// How bundle checks are worded: one short sentence each in English and Chinese. Never re-exported.
import { instantMs } from './instant.ts';

import type { Check } from './verify-bundle.ts';

export type { Check, Note } from './verify-bundle.ts';

export const check = (id: string, ok: boolean, en: string, zh: string): Check => ({ id, ok, en, zh });

/** "2023-08-23 15:09:27 UTC". */
export function utc(instant: string): string {
  return `${new Date(instantMs(instant)).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "北京时间 2023-08-23 23:09:27". */
export function beijing(instant: string): string {
  return `北京时间 ${new Date(instantMs(instant) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')}`;
}

/** Words for the three directories, in both languages. */
export const poolWords = {
  targets: { en: 'target directory', zh: '检查对象名录' },
  inspectors: { en: 'inspector directory', zh: '执法检查人员名录' },
  conflicts: { en: '回避 list', zh: '回避名单' },
} as const;
