import { verify } from '@fairdraw/core';
import type { Command } from '../_command.ts';
import { readPools, readRecord, readTask } from '../_files.ts';
import { UsageError } from '../_usage-error.ts';
import { exitCodes } from '../_exit-codes.ts';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'replay a published draw record from its directories; prints "match" or the first difference',
  usage: 'fairdraw verify record.json --targets targets.csv --inspectors inspectors.csv [--conflicts conflicts.csv] [--task task.json] [--json]',
  options: {
    targets: { type: 'string' },
    inspectors: { type: 'string' },
    conflicts: { type: 'string' },
    task: { type: 'string' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, flags, positionals, io }) {
    if (positionals.length !== 1) throw new UsageError('give exactly one record file to verify');
    if (!values.targets || !values.inspectors) throw new UsageError('--targets and --inspectors are required');
    const [record, pools, task] = await Promise.all([
      readRecord(positionals[0]!),
      readPools({ targets: values.targets, inspectors: values.inspectors, conflicts: values.conflicts }),
      values.task === undefined ? Promise.resolve(undefined) : readTask(values.task),
    ]);
    const result = verify(record, pools, task === undefined ? {} : { task });
    if (flags.json) {
      io.stdout(JSON.stringify(result) + '\n');
    } else if (result.ok) {
      io.stdout(`match\n${record.algorithm}, seed ${record.seed}\n${record.selected.length} targets and their teams replay exactly; record ${result.recordDigest}\n`);
    } else {
      io.stdout(`mismatch\n${result.problem}\n`);
    }
    return result.ok ? exitCodes.ok : exitCodes.mismatch;
  },
};
