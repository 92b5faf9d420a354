import type { Account, Role } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { fromJson, toJson } from './_json.ts';
import { appendAudit } from './audit.ts';

interface AccountRow {
  id: string;
  name: string;
  roles: string;
  disabled: 0 | 1;
  created_at: string;
}

/** The account of a given id, or undefined. */
export function readAccount(conn: Connection, id: string): Account | undefined {
  const row = conn.statement<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?').get(id);
  return row ? toAccount(row) : undefined;
}

function existingAccount(conn: Connection, id: string): Account {
  const account = readAccount(conn, id);
  if (!account) throw new StoreError('NOT_FOUND', `account "${id}" is not in the store`);
  return account;
}

/** Staff accounts and their roles; accounts are disabled, never deleted, so the audit log keeps its actors. */
export function accountsOf(conn: Connection): Store['accounts'] {
  return {
    async create(input, change) {
      return conn.write(`cannot create account "${input.id}"`, change, () => {
        if (readAccount(conn, input.id)) throw new StoreError('CONFLICT', `account id "${input.id}" is taken; choose another`);
        conn
          .statement('INSERT INTO accounts (id, name, roles, disabled, created_at) VALUES (?, ?, ?, 0, ?)')
          .run(input.id, input.name, toJson(input.roles), change.at);
        const after = existingAccount(conn, input.id);
        appendAudit(conn, change, { action: 'account.create', entity: 'account', entityId: input.id, before: null, after });
        return after;
      });
    },

    async update(id, input, change) {
      return conn.write(`cannot update account "${id}"`, change, () => {
        const before = existingAccount(conn, id);
        const name = input.name ?? before.name;
        const roles = input.roles ?? before.roles;
        const disabled = input.disabled ?? before.disabled;
        conn.statement('UPDATE accounts SET name = ?, roles = ?, disabled = ? WHERE id = ?').run(name, toJson(roles), disabled ? 1 : 0, id);
        const after = existingAccount(conn, id);
        appendAudit(conn, change, { action: 'account.update', entity: 'account', entityId: id, before, after });
        return after;
      });
    },

    async get(id) {
      return readAccount(conn, id);
    },

    async list() {
      return conn.statement<[], AccountRow>('SELECT * FROM accounts ORDER BY id').all().map(toAccount);
    },

    async count() {
      return conn.statement<[], { count: number }>('SELECT count(*) AS count FROM accounts').get()?.count ?? 0;
    },
  };
}

function toAccount(row: AccountRow): Account {
  return { id: row.id, name: row.name, roles: fromJson<Role[]>(row.roles), disabled: row.disabled === 1, createdAt: row.created_at };
}
