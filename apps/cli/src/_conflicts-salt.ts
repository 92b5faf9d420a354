// The --conflicts-salt option of draw and verify: the salt of a fairdraw-draw/2 record's 回避 digest. Never re-exported.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConflictsSalt, FairdrawError } from '@fairdraw/core';

/** What the CLI says about a salt, wherever it shows one. */
export const SALT_IS_INTERNAL =
  'Keep it internal, like the 回避 list itself: with the salt, anyone holding the record could confirm a guessed 回避 list. Auditors need it to replay the teams (fairdraw verify record.json … --conflicts-salt <file>). When the draw carries out a commitment, use the commitment\'s salt instead (--conflicts-salt).';

/**
 * 64 hex digits (any case), or a file holding them (such as the one `fairdraw draw` writes).
 * Returns the salt in lower case; throws INVALID_INPUT naming the option otherwise.
 */
export async function readConflictsSalt(value: string): Promise<string> {
  const trimmed = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return trimmed.toLowerCase();
  let text: string;
  try {
    text = (await readFile(trimmed, 'utf8')).trim();
  } catch (error) {
    throw new FairdrawError('INVALID_INPUT', `--conflicts-salt "${value}" is neither 64 hex digits nor a file that can be read`, {
      issues: [{ path: ['--conflicts-salt'], message: 'must be 64 hex digits (32 bytes) or a file holding them' }],
      cause: error,
    });
  }
  const parsed = ConflictsSalt.safeParse(text.toLowerCase());
  if (!parsed.success) {
    throw new FairdrawError('INVALID_INPUT', `--conflicts-salt: ${trimmed} does not hold a salt of 64 hex digits (32 bytes)`, {
      issues: [{ source: trimmed, path: ['--conflicts-salt'], message: 'must hold 64 hex digits (32 bytes)' }],
    });
  }
  return parsed.data;
}

/** A fresh salt: 32 bytes from the operating system's cryptographic random source. */
export function generateConflictsSalt(): string {
  return randomBytes(32).toString('hex');
}
