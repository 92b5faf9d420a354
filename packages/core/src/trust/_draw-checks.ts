// Replaying the draw: targets for everyone, teams for auditors. Never re-exported.
import { verify } from '../record/verify.ts';
import { check, type Check } from './_check.ts';
import type { LoadedDirectories } from './_directory-checks.ts';
import type { Bundle } from './bundle.ts';
import { verifyTargets } from './verify-targets.ts';
import { conflictsSaltRequired } from '../draw/algorithm.ts';

export function drawChecks(bundle: Bundle, loaded: LoadedDirectories): Check[] {
  const { record } = bundle;
  const checks: Check[] = [];
  if (loaded.targets === undefined) {
    checks.push(check('draw.targets', false, 'The target selection could not be replayed, because the target directory supplied is not the committed one or cannot be read.', '所附检查对象名录不是承诺的版本或无法读取，因而无法重新抽取检查对象。'));
  } else {
    const result = verifyTargets(record, loaded.targets);
    checks.push(
      result.ok
        ? check(
            'draw.targets',
            true,
            `Replaying the draw from the seed selects the same ${result.drawn} targets, in the same order and strata, as the record.`,
            `用该种子重新抽取，得到的 ${result.drawn} 个检查对象及其顺序、分层与记录完全一致。`,
          )
        : check('draw.targets', false, `Replaying the target selection differs from the record: ${result.problem}.`, `重新抽取检查对象的结果与记录不一致（${result.path ?? '记录'}）：${result.problem}。`),
    );
  }
  const internal = bundle.directories.conflicts;
  if (internal === undefined) return checks;
  if (loaded.pools === undefined) {
    checks.push(check('draw.teams', false, 'The teams could not be replayed, because a directory supplied is not the committed one or cannot be read.', '所附名录不是承诺的版本或无法读取，因而无法重新抽取检查组。'));
    return checks;
  }
  // A fairdraw-draw/2 record's 回避 digest is salted with the commitment's salt, which the auditor bundle carries.
  const result = verify(record, loaded.pools, { task: bundle.commitment.task, ...(conflictsSaltRequired(record.algorithm) ? { conflictsSalt: internal.salt } : {}) });
  checks.push(
    result.ok
      ? check('draw.teams', true, 'Replaying the whole draw with the 回避 list gives the same teams; the record is reproduced byte for byte.', '结合回避名单完整重新抽取，检查组与记录完全一致，记录逐字节复现。')
      : check('draw.teams', false, `Replaying the whole draw differs from the record: ${result.problem}.`, `完整重新抽取的结果与记录不一致（${result.path ?? '记录'}）：${result.problem}。`),
  );
  return checks;
}
