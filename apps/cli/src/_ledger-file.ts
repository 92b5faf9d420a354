import { FairdrawError, type Issue } from '@fairdraw/core';

/** The format of a whole-ledger export, as the CLI reads it (defined in the CLI README). */
export const LEDGER_FORMAT = 'fairdraw-ledger/1';

/** A ledger export: the bureau's key and every entry from #0, in ledger order. Entries are checked one by one, so they are kept unread here. */
export interface LedgerFile {
  readonly format: typeof LEDGER_FORMAT;
  /** The bureau's Ed25519 public key, raw 32 bytes in lower-case hex (trust-spec §7.3). */
  readonly publicKey: string;
  readonly entries: readonly unknown[];
}

const members = ['format', 'publicKey', 'entries'];

/**
 * Reads a parsed ledger export. Throws UNSUPPORTED_ALGORITHM for another version of the
 * format, INVALID_INPUT naming every wrong member otherwise. Broken entries are not its
 * business: the ledger check reports them.
 */
export function parseLedgerFile(json: unknown, source: string): LedgerFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new FairdrawError('INVALID_INPUT', `${source} is not a ledger export: expected a JSON object {"format": "${LEDGER_FORMAT}", "publicKey": …, "entries": […]}`);
  }
  const file = json as Record<string, unknown>;
  if (typeof file.format === 'string' && file.format.startsWith('fairdraw-ledger/') && file.format !== LEDGER_FORMAT) {
    throw new FairdrawError('UNSUPPORTED_ALGORITHM', `${source} is a ${file.format} file; this fairdraw reads ${LEDGER_FORMAT}`);
  }
  if (file.format !== LEDGER_FORMAT) {
    const format = typeof file.format === 'string' ? `is "${file.format}"` : 'is missing';
    throw new FairdrawError('INVALID_INPUT', `${source} is not a ledger export: its "format" ${format}; a ledger export is {"format": "${LEDGER_FORMAT}", "publicKey": …, "entries": […]}`, {
      issues: [{ source, path: ['format'], message: `must be "${LEDGER_FORMAT}"` }],
    });
  }
  const issues: Issue[] = [];
  const wrong = (path: string, message: string) => issues.push({ source, path: [path], message });
  if (typeof file.publicKey !== 'string' || !/^[0-9a-f]{64}$/.test(file.publicKey)) wrong('publicKey', 'must be 64 lower-case hex digits (the raw Ed25519 public key)');
  if (!Array.isArray(file.entries)) wrong('entries', 'must be an array of ledger entries');
  for (const key of Object.keys(file).filter((name) => !members.includes(name))) wrong(key, 'is not a member of a ledger export');
  if (issues.length > 0) {
    throw new FairdrawError('INVALID_INPUT', `${source} is not a ledger export: ${issues.map((issue) => `${issue.path[0]} ${issue.message}`).join('; ')}`, { issues });
  }
  return file as unknown as LedgerFile;
}
