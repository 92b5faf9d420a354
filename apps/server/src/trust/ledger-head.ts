import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { parseWith } from '@fairdraw/core';

/** A ledger's last entry, by index and hash: what a bureau publishes so that a cut-off tail shows. */
export const LedgerHead = z.strictObject({ index: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type LedgerHead = z.infer<typeof LedgerHead>;

/**
 * Where the service remembers the last ledger head it saw committed, outside the database: the
 * chain alone cannot show that its newest entries were deleted (trust-spec §7.4), but a head
 * kept apart can. It raises the bar for an insider with a SQL shell; the head the bureau
 * publishes (the portal's ledger page) is what outsiders compare against.
 */
export interface HeadRecord {
  read(): LedgerHead | null;
  write(head: LedgerHead): void;
}

/** A head kept in a file (written whole, then renamed into place, so a crash never leaves half of one). */
export function fileHead(path: string): HeadRecord {
  return {
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      return parseWith(LedgerHead, JSON.parse(text), { source: path });
    },
    write(head) {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify(head)}\n`, { mode: 0o600 });
      renameSync(temporary, path);
    },
  };
}

/** A head kept in memory: for tests and benchmarks. */
export function memoryHead(): HeadRecord {
  let head: LedgerHead | null = null;
  return {
    read: () => head,
    write: (next) => void (head = next),
  };
}
