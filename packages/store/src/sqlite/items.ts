import type { InspectionItem } from '@fairdraw/core';
import type { ItemEntry } from '../entities.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { fromJson, toJson } from './_json.ts';
import { appendAudit } from './audit.ts';

interface ItemRow {
  code: string;
  item: string;
  updated_at: string;
}

/** The inspection-item list (随机抽查事项清单), one row per item code. */
export function itemsOf(conn: Connection): Store['items'] {
  const read = (code: string): ItemEntry | undefined => {
    const row = conn.statement<[string], ItemRow>('SELECT * FROM items WHERE code = ?').get(code);
    return row ? toItemEntry(row) : undefined;
  };
  return {
    async put(item, change) {
      return conn.write(`cannot save inspection item ${item.code}`, change, () => {
        const before = read(item.code) ?? null;
        conn
          .statement('INSERT INTO items (code, item, updated_at) VALUES (?, ?, ?) ON CONFLICT (code) DO UPDATE SET item = excluded.item, updated_at = excluded.updated_at')
          .run(item.code, toJson(item), change.at);
        const after: ItemEntry = { item, updatedAt: change.at };
        appendAudit(conn, change, { action: 'item.put', entity: 'item', entityId: item.code, before, after });
        return after;
      });
    },
    async get(code) {
      return read(code);
    },
    async list() {
      return conn.statement<[], ItemRow>('SELECT * FROM items ORDER BY code').all().map(toItemEntry);
    },
  };
}

function toItemEntry(row: ItemRow): ItemEntry {
  return { item: fromJson<InspectionItem>(row.item), updatedAt: row.updated_at };
}
