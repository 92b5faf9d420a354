import { basename } from 'node:path';
import { verifyLedger, type LedgerVerification } from '@fairdraw/core';
import type { Command } from '../_command.ts';
import { exitCodes } from '../_exit-codes.ts';
import { formatOf, readJson } from '../_files.ts';
import { parseLang } from '../_lang.ts';
import { parseLedgerFile } from '../_ledger-file.ts';
import { ledgerAccepted, ledgerReport } from '../_ledger-report.ts';
import { readGivenKey } from '../_public-key.ts';
import { UsageError } from '../_usage-error.ts';

export const ledgerCommand: Command = {
  name: 'ledger',
  summary: 'check a whole ledger export offline: every entry in order, hash-linked and signed; prints "ok: N entries, head <hash>" or the first broken entry',
  usage: 'fairdraw ledger verify ledger.json [--public-key <hex | key.pem>] [--head <hash>] [--lang zh|en|both] [--json]',
  options: {
    'public-key': { type: 'string' },
    head: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  async run({ values, flags, positionals, io }) {
    const [action, path, ...extra] = positionals;
    if (action !== 'verify') throw new UsageError(action === undefined ? 'say what to do: "ledger verify ledger.json"' : `unknown ledger action "${action}"; the one there is is "verify"`);
    if (path === undefined || extra.length > 0) throw new UsageError('give exactly one ledger file to verify');
    const lang = parseLang(values.lang);
    const head = parseHead(values.head);
    const json = await readJson(path);
    if (formatOf(json)?.startsWith('fairdraw-bundle/')) throw new UsageError(`${path} is a draw bundle: check it with "fairdraw verify ${path}"`);
    const file = parseLedgerFile(json, basename(path));
    const givenKey = values['public-key'] === undefined ? undefined : await readGivenKey(values['public-key']);
    const result = checkLedger(file.entries, givenKey?.hex ?? file.publicKey, head);
    const accepted = ledgerAccepted({ result, fileKey: file.publicKey, givenKey });
    if (flags.json) {
      const ledgerKey = { publicKey: givenKey?.hex ?? file.publicKey, from: givenKey ? givenKey.from : 'file', fileKey: file.publicKey };
      io.stdout(JSON.stringify({ accepted, ...result, ledgerKey }, null, 2) + '\n');
    } else {
      io.stdout(ledgerReport({ result, lang, fileKey: file.publicKey, givenKey, headGiven: head !== undefined }));
    }
    return accepted ? exitCodes.ok : exitCodes.mismatch;
  },
};

/** --head: the hash of the last entry the bureau published, 64 hex digits. */
function parseHead(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new UsageError(`--head must be the 64 hex digits of the published last entry's hash, not "${value}"`);
  return value.toLowerCase();
}

/**
 * The whole ledger from entry #0, and, with a published head, that the ledger ends there.
 * The head is given by hash alone (which fixes its index); a head found nowhere in the file
 * means entries were cut off, or that this is another ledger.
 */
function checkLedger(entries: readonly unknown[], publicKey: string, head: string | undefined): LedgerVerification {
  if (head === undefined) return verifyLedger(entries, publicKey);
  const named = entries.find((entry): entry is { index: number; hash: string } => {
    const candidate = entry as { index?: unknown; hash?: unknown } | null;
    return typeof candidate === 'object' && candidate !== null && candidate.hash === head && Number.isSafeInteger(candidate.index);
  });
  if (named !== undefined) return verifyLedger(entries, publicKey, { head: { index: named.index, hash: head } });
  const result = verifyLedger(entries, publicKey);
  if (!result.ok) return result;
  return {
    ok: false,
    position: result.count,
    failure: 'truncated',
    problem: `the published head ${head} is not in this ledger, which ends at ${result.head === null ? 'nothing' : `entry #${result.head.index} (${result.head.hash})`}: entries were cut off, or this is another ledger`,
  };
}
