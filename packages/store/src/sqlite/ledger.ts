import { GENESIS_PREV_HASH, canonicalJson, type LedgerEntry, type LedgerEntryType } from '@fairdraw/core';
import type { LedgerAppend, Store } from '../store.ts';
import { StoreError } from '../store-error.ts';
import type { Connection } from './_connection.ts';

interface LedgerRow {
  idx: number;
  prev_hash: string;
  type: LedgerEntryType;
  at: string;
  payload: string;
  hash: string;
  signature: string;
}

const COLUMNS = 'idx, prev_hash, type, at, payload, hash, signature';

function toEntry(row: LedgerRow): LedgerEntry {
  return { index: row.idx, prevHash: row.prev_hash, type: row.type, at: row.at, payload: payloadOf(row.payload), hash: row.hash, signature: row.signature };
}

/**
 * A stored payload. One that is no longer JSON (edited around the store) is returned as it is
 * written, so that verification reports that entry as changed instead of the read failing.
 */
function payloadOf(text: string): LedgerEntry['payload'] {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as LedgerEntry['payload'];
  } catch {
    // fall through
  }
  return { unreadablePayload: text };
}

function headOf(conn: Connection): LedgerEntry | null {
  const row = conn.statement<[], LedgerRow>(`SELECT ${COLUMNS} FROM ledger_entries ORDER BY idx DESC LIMIT 1`).get();
  return row ? toEntry(row) : null;
}

/**
 * Appends the entry `make` builds from the current head, inside the caller's transaction.
 * Checks what the store can without the key: the entry follows the head, is of the expected
 * type, and concerns the expected commitment. Throws CONFLICT otherwise.
 */
export function appendLedgerEntry(conn: Connection, make: LedgerAppend, expected: { type: LedgerEntryType; commitmentDigest: string | null }): LedgerEntry {
  const head = headOf(conn);
  const entry = make(head);
  const index = head === null ? 0 : head.index + 1;
  const prevHash = head === null ? GENESIS_PREV_HASH : head.hash;
  if (entry.index !== index || entry.prevHash !== prevHash) {
    throw new StoreError('CONFLICT', `the ledger entry given does not follow the ledger's last entry (#${index - 1}): it must have index ${index} and that entry's hash`);
  }
  if (entry.type !== expected.type) throw new StoreError('CONFLICT', `this change is recorded by a ${expected.type} ledger entry, not a ${entry.type} one`);
  const named = typeof entry.payload.commitmentDigest === 'string' ? entry.payload.commitmentDigest : null;
  if (named !== expected.commitmentDigest) {
    throw new StoreError('CONFLICT', `the ${entry.type} ledger entry names commitment ${named ?? 'none'}, not ${expected.commitmentDigest ?? 'none'}`);
  }
  conn
    .statement('INSERT INTO ledger_entries (idx, prev_hash, type, at, payload, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?)')
    // Canonical JSON: what is stored is exactly what was hashed.
    .run(entry.index, entry.prevHash, entry.type, entry.at, canonicalJson(entry.payload), entry.hash, entry.signature);
  return entry;
}

/** Reads of the ledger; it is written only by the draw and result writes that it records. */
export function ledgerOf(conn: Connection): Store['ledger'] {
  return {
    async list(options = {}) {
      const from = options.from ?? 0;
      const limit = options.limit ?? -1;
      return conn.statement<[number, number], LedgerRow>(`SELECT ${COLUMNS} FROM ledger_entries WHERE idx >= ? ORDER BY idx LIMIT ?`).all(from, limit).map(toEntry);
    },
    async about(commitmentDigest) {
      return conn
        .statement<[string], LedgerRow>(`SELECT ${COLUMNS} FROM ledger_entries WHERE (CASE WHEN json_valid(payload) THEN json_extract(payload, '$.commitmentDigest') END) = ? ORDER BY idx`)
        .all(commitmentDigest)
        .map(toEntry);
    },
    async head() {
      return headOf(conn) ?? undefined;
    },
  };
}
