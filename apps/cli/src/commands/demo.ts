import { relative } from 'node:path';
import { demoFiles, demoSeed } from '@fairdraw/demo';
import { draw, recordDigest, verify } from '@fairdraw/core';
import { generateConflictsSalt } from '../_conflicts-salt.ts';
import type { Command } from '../_command.ts';
import { readPools, readTask } from '../_files.ts';
import { exitCodes } from '../_exit-codes.ts';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run a draw on the demo bureau and show it, then verify it',
  usage: 'fairdraw demo [--seed <64 hex digits>]',
  options: { seed: { type: 'string' } },
  async run({ values, io }) {
    const seed = (values.seed ?? demoSeed).toLowerCase();
    const [task, pools] = await Promise.all([readTask(demoFiles.task), readPools(demoFiles)]);
    // A fairdraw-draw/2 record salts its 回避 digest; a real draw takes its commitment's salt.
    const conflictsSalt = generateConflictsSalt();
    const record = draw({ task, pools, seed, conflictsSalt });
    // Paths as the reader would type them from where they ran the command.
    const files = Object.fromEntries(Object.entries(demoFiles).map(([key, path]) => [key, relative(process.cwd(), path)])) as typeof demoFiles;
    const lines = [
      `${task.number} ${task.name}`,
      `seed       ${seed}`,
      `targets    ${pools.digests.targets.digest} (${pools.digests.targets.count})`,
      `inspectors ${pools.digests.inspectors.digest} (${pools.digests.inspectors.count})`,
      `回避       ${record.pools.conflicts.digest} (${record.pools.conflicts.count}, salted)`,
      `salt       ${conflictsSalt} (internal: keep it with the 回避 list)`,
      `eligible   ${record.eligibility.eligible} of ${record.eligibility.pool}; drawing ${record.selected.length}`,
      '',
      ...record.selected.flatMap((s) => [
        `${s.order}. ${s.target.name}  ${s.target.id}`,
        ...s.team.map((m) => `     ${m.name}  ${m.department}  执法证号 ${m.certificate}`),
      ]),
      '',
      `record     ${recordDigest(record)} (${record.algorithm})`,
      `replay     ${verify(record, pools, { conflictsSalt }).ok ? 'match' : 'MISMATCH'}`,
      '',
      'Replay it yourself:',
      `  pnpm fairdraw draw --task ${files.task} --targets ${files.targets} --inspectors ${files.inspectors} --conflicts ${files.conflicts} --seed ${seed} --conflicts-salt ${conflictsSalt} --out record.json`,
      `  pnpm fairdraw verify record.json --targets ${files.targets} --inspectors ${files.inspectors} --conflicts ${files.conflicts} --conflicts-salt ${conflictsSalt} --task ${files.task}`,
    ];
    io.stdout(lines.join('\n') + '\n');
    return exitCodes.ok;
  },
};
