import { writeFile } from 'node:fs/promises';
import { draw, formatRecord, recordDigest } from '@fairdraw/core';
import type { Command } from '../_command.ts';
import { readPools, readTask } from '../_files.ts';
import { UsageError } from '../_usage-error.ts';
import { exitCodes } from '../_exit-codes.ts';

export const drawCommand: Command = {
  name: 'draw',
  summary: 'draw targets and teams for a task, and write the draw record',
  usage:
    'fairdraw draw --task task.json --targets targets.csv --inspectors inspectors.csv [--conflicts conflicts.csv] --seed <64 hex digits> [--out record.json]',
  options: {
    task: { type: 'string' },
    targets: { type: 'string' },
    inspectors: { type: 'string' },
    conflicts: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string' },
  },
  async run({ values, io }) {
    const task = required(values, 'task');
    const seed = required(values, 'seed');
    const [parsedTask, pools] = await Promise.all([
      readTask(task),
      readPools({ targets: required(values, 'targets'), inspectors: required(values, 'inspectors'), conflicts: values.conflicts }),
    ]);
    const record = draw({ task: parsedTask, pools, seed: seed.toLowerCase(), algorithm: 'fairdraw-draw/1' });
    const text = formatRecord(record);
    if (values.out === undefined) io.stdout(text);
    else await writeFile(values.out, text);
    const eligible = record.strata.reduce((sum, s) => sum + s.eligible, 0);
    io.stderr(`drew ${record.selected.length} of ${eligible} eligible targets; record ${recordDigest(record)}${values.out ? ` written to ${values.out}` : ''}\n`);
    return exitCodes.ok;
  },
};

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}
