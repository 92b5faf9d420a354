import type { TokenEntry } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { readAccount } from './accounts.ts';
import { appendAudit } from './audit.ts';

interface TokenRow {
  id: string;
  account_id: string;
  label: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** API tokens: only the secret's hash is kept, and never in the audit log. */
export function tokensOf(conn: Connection): Store['tokens'] {
  const read = (id: string): TokenEntry | undefined => {
    const row = conn.statement<[string], TokenRow>('SELECT * FROM tokens WHERE id = ?').get(id);
    return row ? toTokenEntry(row) : undefined;
  };
  const existing = (id: string): TokenEntry => {
    const token = read(id);
    if (!token) throw new StoreError('NOT_FOUND', `token "${id}" is not in the store`);
    return token;
  };
  return {
    async create(input, change) {
      return conn.write(`cannot create token "${input.id}" for account "${input.accountId}"`, change, () => {
        if (!readAccount(conn, input.accountId)) throw new StoreError('NOT_FOUND', `account "${input.accountId}" is not in the store`);
        if (read(input.id)) throw new StoreError('CONFLICT', `token id "${input.id}" is taken; generate another`);
        conn
          .statement('INSERT INTO tokens (id, account_id, label, secret_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)')
          .run(input.id, input.accountId, input.label, input.secretHash, change.at);
        const after = existing(input.id);
        appendAudit(conn, change, { action: 'token.create', entity: 'token', entityId: input.id, before: null, after: withoutSecret(after) });
        return after;
      });
    },

    async revoke(id, change) {
      return conn.write(`cannot revoke token "${id}"`, change, () => {
        const before = existing(id);
        if (before.revokedAt !== null) throw new StoreError('CONFLICT', `token "${id}" was already revoked at ${before.revokedAt}`);
        conn.statement('UPDATE tokens SET revoked_at = ? WHERE id = ?').run(change.at, id);
        const after = existing(id);
        appendAudit(conn, change, { action: 'token.revoke', entity: 'token', entityId: id, before: withoutSecret(before), after: withoutSecret(after) });
        return after;
      });
    },

    async get(id) {
      return read(id);
    },

    async list(options) {
      return conn.statement<[string], TokenRow>('SELECT * FROM tokens WHERE account_id = ? ORDER BY created_at, id').all(options.accountId).map(toTokenEntry);
    },
  };
}

/** A token as the audit log shows it: everything but the secret's hash. */
function withoutSecret(token: TokenEntry): Omit<TokenEntry, 'secretHash'> {
  const { secretHash: _secret, ...rest } = token;
  return rest;
}

function toTokenEntry(row: TokenRow): TokenEntry {
  return { id: row.id, accountId: row.account_id, label: row.label, secretHash: row.secret_hash, createdAt: row.created_at, revokedAt: row.revoked_at };
}
