import { relative } from 'node:path';
import { demoFiles, demoSeed } from '@fairdraw/demo';
import { draw, recordDigest, verify } from '@fairdraw/core';
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
    const record = draw({ task, pools, seed, algorithm: 'fairdraw-draw/1' });
    // Paths as the reader would type them from where they ran the command.
    const files = Object.fromEntries(Object.entries(demoFiles).map(([key, path]) => [key, relative(process.cwd(), path)])) as typeof demoFiles;
    const lines = [
      `${task.number} ${task.name}`,
      `seed       ${seed}`,
      `targets    ${pools.digests.targets.digest} (${pools.digests.targets.count})`,
      `inspectors ${pools.digests.inspectors.digest} (${pools.digests.inspectors.count})`,
      `回避       ${pools.digests.conflicts.digest} (${pools.digests.conflicts.count})`,
      `eligible   ${record.eligibility.eligible} of ${record.eligibility.pool}; drawing ${record.selected.length}`,
      '',
      ...record.selected.flatMap((s) => [
        `${s.order}. ${s.target.name}  ${s.target.id}`,
        ...s.team.map((m) => `     ${m.name}  ${m.department}  执法证号 ${m.certificate}`),
      ]),
      '',
      `record     ${recordDigest(record)}`,
      `replay     ${verify(record, pools).ok ? 'match' : 'MISMATCH'}`,
      '',
      'Replay it yourself:',
      `  pnpm fairdraw draw --task ${files.task} --targets ${files.targets} --inspectors ${files.inspectors} --conflicts ${files.conflicts} --seed ${seed} --out record.json`,
      `  pnpm fairdraw verify record.json --targets ${files.targets} --inspectors ${files.inspectors} --conflicts ${files.conflicts} --task ${files.task}`,
    ];
    io.stdout(lines.join('\n') + '\n');
    return exitCodes.ok;
  },
};
