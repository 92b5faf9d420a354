import { writeFile } from 'node:fs/promises';
import { DRAW_ALGORITHM, assertSupportedAlgorithm, conflictsSaltRequired, draw, formatRecord, recordDigest } from '@fairdraw/core';
import { SALT_IS_INTERNAL, generateConflictsSalt, readConflictsSalt } from '../_conflicts-salt.ts';
import type { Command } from '../_command.ts';
import { readPools, readTask } from '../_files.ts';
import { UsageError } from '../_usage-error.ts';
import { exitCodes } from '../_exit-codes.ts';

export const drawCommand: Command = {
  name: 'draw',
  summary: 'draw targets and teams for a task, and write the draw record',
  usage:
    'fairdraw draw --task task.json --targets targets.csv --inspectors inspectors.csv [--conflicts conflicts.csv] --seed <64 hex digits> [--conflicts-salt <64 hex digits | file>] [--algorithm fairdraw-draw/1] [--out record.json]',
  options: {
    task: { type: 'string' },
    targets: { type: 'string' },
    inspectors: { type: 'string' },
    conflicts: { type: 'string' },
    seed: { type: 'string' },
    'conflicts-salt': { type: 'string' },
    algorithm: { type: 'string' },
    out: { type: 'string' },
  },
  async run({ values, io }) {
    const task = required(values, 'task');
    const seed = required(values, 'seed');
    const algorithm = values.algorithm ?? DRAW_ALGORITHM;
    assertSupportedAlgorithm(algorithm);
    const given = values['conflicts-salt'];
    if (!conflictsSaltRequired(algorithm) && given !== undefined) {
      throw new UsageError(`a ${algorithm} record carries the plain digest of the 回避 list and takes no salt: leave out --conflicts-salt`);
    }
    const [parsedTask, pools, salt] = await Promise.all([
      readTask(task),
      readPools({ targets: required(values, 'targets'), inspectors: required(values, 'inspectors'), conflicts: values.conflicts }),
      given === undefined ? Promise.resolve(undefined) : readConflictsSalt(given),
    ]);
    // fairdraw-draw/2 salts the record's 回避 digest; without a salt given, draw a fresh one.
    const generated = conflictsSaltRequired(algorithm) && salt === undefined ? generateConflictsSalt() : undefined;
    const conflictsSalt = salt ?? generated;
    const record = draw({ task: parsedTask, pools, seed: seed.toLowerCase(), algorithm, ...(conflictsSalt === undefined ? {} : { conflictsSalt }) });
    const text = formatRecord(record);
    if (values.out === undefined) io.stdout(text);
    else await writeFile(values.out, text);
    const eligible = record.strata.reduce((sum, s) => sum + s.eligible, 0);
    io.stderr(`drew ${record.selected.length} of ${eligible} eligible targets; record ${recordDigest(record)}${values.out ? ` written to ${values.out}` : ''}\n`);
    if (generated !== undefined) {
      if (values.out === undefined) {
        io.stderr(`回避 salt (generated; not saved anywhere, copy it now): ${generated}\n`);
      } else {
        const saltFile = `${values.out}.conflicts-salt`;
        await writeFile(saltFile, generated + '\n', { mode: 0o600 });
        io.stderr(`回避 salt (generated) written to ${saltFile}\n`);
      }
      io.stderr(`${SALT_IS_INTERNAL}\n`);
    }
    return exitCodes.ok;
  },
};

function required(values: Record<string, string | undefined>, name: string): string {
  const value = values[name];
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}
