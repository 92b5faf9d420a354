import { commitmentChecks } from './_commitment-checks.ts';
import { conflictsSaltRequired } from '../draw/algorithm.ts';
import { directoryChecks } from './_directory-checks.ts';
import { drawChecks } from './_draw-checks.ts';
import { ledgerChecks } from './_ledger-checks.ts';
import { seedChecks } from './_seed-checks.ts';
import type { Bundle } from './bundle.ts';
import { DEFAULT_DRAND_MARGIN_SECONDS } from './drand-round.ts';
import { ed25519PublicKeyHex, type KeyInput } from './ed25519-keys.ts';

/** One thing the verifier checked, said so that a person who does not program can follow it. */
export interface Check {
  /** Stable id, e.g. "seed.derivation". */
  readonly id: string;
  readonly ok: boolean;
  readonly en: string;
  readonly zh: string;
}

/** Something a reader should know that is neither a pass nor a fail (what was not checked, what to compare). */
export interface Note {
  readonly en: string;
  readonly zh: string;
}

export interface VerifyBundleOptions {
  /** How long after the commitment a drand round must be due; default 60 s. */
  readonly marginSeconds?: number;
  /** The bureau's published ledger key, obtained apart from the bundle; without it a note says to compare. */
  readonly publicKey?: KeyInput;
}

export interface BundleVerification {
  /** True only when every check passed. */
  readonly ok: boolean;
  /** "auditor" when the bundle holds the 回避 list and teams were replayed; "public" otherwise. */
  readonly scope: 'public' | 'auditor';
  /** False for an operator-supplied seed, which nothing can show was not chosen to suit a result. */
  readonly seedVerifiable: boolean;
  readonly checks: readonly Check[];
  readonly notes: readonly Note[];
}

/**
 * Verifies a draw bundle offline: the commitment and what the record took from it, the
 * seed (fixed in advance, due after the commitment, authentic, derived), the snapshots,
 * the replay of the targets (and, with the 回避 list, of the teams), and the ledger
 * entries. Runs every check and reports each in English and Chinese; never throws for a
 * failed check. Throws INVALID_INPUT only for a malformed trusted key.
 */
export function verifyBundle(bundle: Bundle, options: VerifyBundleOptions = {}): BundleVerification {
  const marginSeconds = options.marginSeconds ?? DEFAULT_DRAND_MARGIN_SECONDS;
  const trustedKey = options.publicKey === undefined ? undefined : ed25519PublicKeyHex(options.publicKey);
  const directories = directoryChecks(bundle);
  const ledger = ledgerChecks(bundle, trustedKey);
  const checks = [...commitmentChecks(bundle), ...seedChecks(bundle, marginSeconds), ...directories.checks, ...drawChecks(bundle, directories.loaded), ...ledger.checks];
  const scope = bundle.directories.conflicts === undefined ? 'public' : 'auditor';
  const seedVerifiable = bundle.commitment.seedSource.type !== 'operator';
  const notes: Note[] = [];
  if (!seedVerifiable) {
    notes.push({
      en: 'Unverifiable seed: the operator supplied it. Nothing shows it was not chosen to give this result.',
      zh: '种子不可验证：由操作人员提供，无法证明其不是为得到此结果而挑选的。',
    });
  }
  if (scope === 'public') {
    const salted = conflictsSaltRequired(bundle.record.algorithm);
    notes.push({
      en:
        'Teams were not replayed: they depend on the internal 回避 list, which only auditors hold. The commitment binds that list by a salted digest, so it was fixed before the seed was known.' +
        (salted ? ' The draw record carries the same salted digest, not a plain one, so the list cannot be confirmed by guessing.' : ''),
      zh:
        '未重新抽取检查组：检查组取决于内部回避名单，仅审计人员持有。承诺以加盐摘要锁定了该名单，因此它在种子产生前已经确定。' +
        (salted ? '抽取记录中载有同一加盐摘要而非明文摘要，无法通过猜测名单加以验证。' : ''),
    });
  }
  notes.push({
    en: 'The commitment time is the service’s own clock. That the commitment was public before the seed round can also be confirmed from any copy of it made at the time (the portal, a notice, a newspaper).',
    zh: '承诺时间由系统自身时钟记录。承诺在种子轮次之前已公开这一点，也可通过当时留存的任何副本（门户网站、公告、报刊）加以印证。',
  });
  return { ok: checks.every((item) => item.ok), scope, seedVerifiable, checks, notes: [...notes, ...ledger.notes] };
}
