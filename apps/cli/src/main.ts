import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { formatIssue, isFairdrawError } from '@fairdraw/core';
import type { Command, Io } from './_command.ts';
import { exitCodeFor, exitCodes } from './_exit-codes.ts';
import { UsageError } from './_usage-error.ts';
import { drawCommand } from './commands/draw.ts';
import { verifyCommand } from './commands/verify.ts';
import { demoCommand } from './commands/demo.ts';
import { ledgerCommand } from './commands/ledger.ts';

export const commands: readonly Command[] = [drawCommand, verifyCommand, ledgerCommand, demoCommand];

const MAX_ISSUES_SHOWN = 50;

function help(): string {
  return [
    'fairdraw — auditable 双随机、一公开 draws',
    '',
    ...commands.flatMap((command) => [...command.usage.split('\n').map((line) => `  ${line.trimStart()}`), `      ${command.summary}`]),
    '',
    'Exit codes: 0 done / match / verified, 1 mismatch / not verified, 2 usage, 3 invalid input, 4 no valid draw exists, 5 unknown algorithm or file format.',
  ].join('\n') + '\n';
}

/** Runs the command line `argv` (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(help());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`fairdraw: unknown command "${name}"\n\n${help()}`);
    return exitCodes.usage;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: command.allowPositionals ?? false, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const values: Record<string, string | undefined> = {};
    const flags: Record<string, boolean | undefined> = {};
    for (const [key, value] of Object.entries(parsed.values)) {
      if (typeof value === 'string') values[key] = value;
      else if (typeof value === 'boolean') flags[key] = value;
    }
    return await command.run({ values, flags, positionals: parsed.positionals, io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`fairdraw ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return exitCodes.usage;
    }
    if (isFairdrawError(error)) {
      const shown = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `  ${formatIssue(issue)}`);
      const more = error.issues.length > MAX_ISSUES_SHOWN ? [`  … and ${error.issues.length - MAX_ISSUES_SHOWN} more`] : [];
      io.stderr([`fairdraw ${command.name}: ${error.message}`, ...shown, ...more].join('\n') + '\n');
      return exitCodeFor(error.code);
    }
    // A bug, not the user's input: say so plainly, without a stack trace.
    io.stderr(`fairdraw ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}\nPlease report this with the command you ran.\n`);
    return exitCodes.internal;
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}
