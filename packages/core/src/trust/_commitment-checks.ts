// Checks that the commitment recomputes and that the record used what it fixed. Never re-exported.
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { short } from './_bytes.ts';
import { check, poolWords, type Check } from './_check.ts';
import { firstDifference, show } from '../record/_first-difference.ts';
import type { Bundle } from './bundle.ts';
import { commitmentDigest } from './commitment.ts';
import { conflictsSaltRequired } from '../draw/algorithm.ts';

export function commitmentChecks(bundle: Bundle): Check[] {
  const { commitment, record } = bundle;
  const digest = commitmentDigest(commitment);
  const checks: Check[] = [
    digest === bundle.commitmentDigest
      ? check('commitment.digest', true, `The commitment recomputes to its published digest ${short(digest)}.`, `承诺文件重新计算的摘要与公布的摘要一致（${short(digest)}）。`)
      : check(
          'commitment.digest',
          false,
          `The commitment does not match its published digest: it hashes to ${digest}, the bundle says ${bundle.commitmentDigest}.`,
          `承诺文件与公布的摘要不符：重新计算为 ${digest}，文件包中为 ${bundle.commitmentDigest}。`,
        ),
    record.algorithm === commitment.algorithm
      ? check('record.algorithm', true, `The draw used the algorithm fixed in the commitment (${record.algorithm}).`, `抽取所用算法与承诺中确定的算法一致（${record.algorithm}）。`)
      : check('record.algorithm', false, `The draw used algorithm ${record.algorithm}, but the commitment fixed ${commitment.algorithm}.`, `抽取所用算法为 ${record.algorithm}，但承诺中确定的是 ${commitment.algorithm}。`),
  ];
  const taskDifference = canonicalJson(record.task) === canonicalJson(commitment.task) ? undefined : firstDifference(record.task, commitment.task, 'task');
  checks.push(
    taskDifference === undefined
      ? check('record.task', true, `The draw used the task parameters fixed in the commitment (task ${record.task.number}).`, `抽取所用任务参数与承诺一致（任务 ${record.task.number}）。`)
      : check(
          'record.task',
          false,
          `The task in the draw record differs from the task in the commitment at ${taskDifference.path}: the record says ${show(taskDifference.recorded)}, the commitment ${show(taskDifference.replayed)}.`,
          `抽取记录中的任务参数与承诺不一致：${taskDifference.path} 处记录为 ${show(taskDifference.recorded)}，承诺为 ${show(taskDifference.replayed)}。`,
        ),
  );
  checks.push(directoriesCheck(bundle));
  return checks;
}

function directoriesCheck({ commitment, record }: Bundle): Check {
  const committed = commitment.directories;
  for (const pool of ['targets', 'inspectors'] as const) {
    const used = record.pools[pool];
    const fixed = committed.public[pool];
    if (used.digest !== fixed.digest || used.count !== fixed.count) {
      return check(
        'record.directories',
        false,
        `The draw record's ${poolWords[pool].en} (${used.count} records, ${short(used.digest)}) is not the version fixed in the commitment (${fixed.count} records, ${short(fixed.digest)}).`,
        `抽取记录所用${poolWords[pool].zh}（${used.count} 条，${short(used.digest)}）不是承诺中确定的版本（${fixed.count} 条，${short(fixed.digest)}）。`,
      );
    }
  }
  const conflicts = committed.internal.conflicts.count;
  if (record.pools.conflicts.count !== conflicts) {
    return check(
      'record.directories',
      false,
      `The draw record's 回避 list holds ${record.pools.conflicts.count} pairs, but the commitment fixed a list of ${conflicts}.`,
      `抽取记录的回避名单有 ${record.pools.conflicts.count} 对，但承诺中确定的名单为 ${conflicts} 对。`,
    );
  }
  // A fairdraw-draw/2 record carries the 回避 list's salted digest, made with the commitment's
  // salt: anyone can see that it is the committed one, without the list or the salt.
  const salted = conflictsSaltRequired(record.algorithm);
  if (salted && record.pools.conflicts.digest !== committed.internal.conflicts.saltedDigest) {
    return check(
      'record.directories',
      false,
      `The draw record's salted digest of the 回避 list (${short(record.pools.conflicts.digest)}) is not the one fixed in the commitment (${short(committed.internal.conflicts.saltedDigest)}).`,
      `抽取记录中回避名单的加盐摘要（${short(record.pools.conflicts.digest)}）与承诺中确定的（${short(committed.internal.conflicts.saltedDigest)}）不符。`,
    );
  }
  const { targets, inspectors } = record.pools;
  return check(
    'record.directories',
    true,
    salted
      ? `The draw used the directory versions fixed in the commitment (targets: ${targets.count} records, inspectors: ${inspectors.count}, 回避 list: ${conflicts} pairs, with the committed salted digest).`
      : `The draw used the directory versions fixed in the commitment (targets: ${targets.count} records, inspectors: ${inspectors.count}, 回避 list: ${conflicts} pairs).`,
    salted
      ? `抽取所用名录版本与承诺一致（检查对象 ${targets.count} 条，执法检查人员 ${inspectors.count} 名，回避关系 ${conflicts} 对，加盐摘要与承诺相同）。`
      : `抽取所用名录版本与承诺一致（检查对象 ${targets.count} 条，执法检查人员 ${inspectors.count} 名，回避关系 ${conflicts} 对）。`,
  );
}
