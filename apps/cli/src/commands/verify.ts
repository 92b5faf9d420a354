import { conflictsSaltRequired, isSupportedAlgorithm, verify } from '@fairdraw/core';
import { readConflictsSalt } from '../_conflicts-salt.ts';
import type { Command, CommandContext } from '../_command.ts';
import { formatOf, readJson, readPools, readRecord, readTask } from '../_files.ts';
import { LEDGER_FORMAT } from '../_ledger-file.ts';
import { UsageError } from '../_usage-error.ts';
import { exitCodes } from '../_exit-codes.ts';
import { verifyBundleFile } from '../_verify-bundle.ts';

/** Options of the record form only: a bundle carries its own directories and task. */
const recordOptions = ['targets', 'inspectors', 'conflicts', 'task', 'conflicts-salt'] as const;
/** Options of the bundle form only. */
const bundleOptions = ['public-key', 'margin', 'lang', 'allow-unverifiable-seed'] as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'check a draw bundle fully offline (commitment, seed, drand beacon, replay, ledger) and print a report in Chinese and English; or replay a draw record from its directories ("match" or the first difference)',
  usage: [
    'fairdraw verify bundle.json [--public-key <hex | key.pem>] [--margin <seconds>] [--lang zh|en|both] [--allow-unverifiable-seed] [--json]',
    '       fairdraw verify record.json --targets targets.csv --inspectors inspectors.csv [--conflicts conflicts.csv] [--conflicts-salt <64 hex digits | file>] [--task task.json] [--json]',
  ].join('\n'),
  options: {
    targets: { type: 'string' },
    inspectors: { type: 'string' },
    conflicts: { type: 'string' },
    'conflicts-salt': { type: 'string' },
    task: { type: 'string' },
    json: { type: 'boolean' },
    'public-key': { type: 'string' },
    margin: { type: 'string' },
    lang: { type: 'string' },
    'allow-unverifiable-seed': { type: 'boolean' },
  },
  allowPositionals: true,
  async run(context) {
    const { positionals, values } = context;
    if (positionals.length !== 1) throw new UsageError('give exactly one record file (or bundle file) to verify');
    const path = positionals[0]!;
    // Which form is decided by the file's content, never its name.
    const recordForm = recordOptions.filter((name) => values[name] !== undefined);
    if (recordForm.length > 0) {
      // A record as before; a file that cannot be read or is not JSON is reported the record way, as it always was.
      if (formatOf(await sniff(path))?.startsWith('fairdraw-bundle/')) {
        throw new UsageError(`${path} is a bundle, which carries its own directories and task: leave out ${recordForm.map((name) => `--${name}`).join(', ')}`);
      }
      return verifyRecord(context, path);
    }
    const json = await readJson(path);
    const format = formatOf(json);
    if (format?.startsWith('fairdraw-bundle/')) return verifyBundleFile(context, path, json);
    if (format === LEDGER_FORMAT) throw new UsageError(`${path} is a ledger export: check it with "fairdraw ledger verify ${path}"`);
    throw new UsageError(`${path} is not a bundle (a file whose "format" is "fairdraw-bundle/1"); to replay a draw record, --targets and --inspectors are required`);
  },
};

async function sniff(path: string): Promise<unknown> {
  try {
    return await readJson(path);
  } catch {
    return undefined;
  }
}

async function verifyRecord({ values, flags, io }: CommandContext, path: string): Promise<number> {
  const misplaced = bundleOptions.filter((name) => values[name] !== undefined || flags[name] !== undefined);
  if (misplaced.length > 0) {
    const options = misplaced.map((name) => `--${name}`).join(', ');
    throw new UsageError(`${options} ${misplaced.length === 1 ? 'applies' : 'apply'} only to a bundle (a file whose "format" is "fairdraw-bundle/1"); ${path} is not one`);
  }
  if (!values.targets || !values.inspectors) throw new UsageError('--targets and --inspectors are required');
  const given = values['conflicts-salt'];
  const [record, pools, task, conflictsSalt] = await Promise.all([
    readRecord(path),
    readPools({ targets: values.targets, inspectors: values.inspectors, conflicts: values.conflicts }),
    values.task === undefined ? Promise.resolve(undefined) : readTask(values.task),
    given === undefined ? Promise.resolve(undefined) : readConflictsSalt(given),
  ]);
  if (conflictsSaltRequired(record.algorithm) && conflictsSalt === undefined) {
    throw new UsageError(
      `${path} is a ${record.algorithm} record: it binds the 回避 list by a salted digest, so replaying it needs --conflicts-salt (the salt of its commitment, held by the bureau and its auditors). Without the salt, the targets can be checked from the draw's public bundle: fairdraw verify bundle.json`,
    );
  }
  if (isSupportedAlgorithm(record.algorithm) && !conflictsSaltRequired(record.algorithm) && conflictsSalt !== undefined) {
    throw new UsageError(`${path} is a ${record.algorithm} record, which carries the plain digest of the 回避 list and takes no salt: leave out --conflicts-salt`);
  }
  const result = verify(record, pools, { ...(task === undefined ? {} : { task }), ...(conflictsSalt === undefined ? {} : { conflictsSalt }) });
  if (flags.json) {
    io.stdout(JSON.stringify(result) + '\n');
  } else if (result.ok) {
    io.stdout(`match\n${record.algorithm}, seed ${record.seed}\n${record.selected.length} targets and their teams replay exactly; record ${result.recordDigest}\n`);
  } else {
    io.stdout(`mismatch\n${result.problem}\n`);
  }
  return result.ok ? exitCodes.ok : exitCodes.mismatch;
}
