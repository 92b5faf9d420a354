import type { PoolName } from '@fairdraw/core';
import type { DirectoryVersion, DirectoryVersionMeta } from '../entities.ts';
import { StoreError } from '../store-error.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { RECORDS_ENCODING, decodeRecords, encodeRecords } from './_records-blob.ts';
import { appendAudit } from './audit.ts';

interface MetaRow {
  id: number;
  pool: PoolName;
  version: number;
  digest: string;
  count: number;
  created_at: string;
  created_by: string;
  reason: string;
}

interface VersionRow extends MetaRow {
  records: Buffer;
}

const META = 'id, pool, version, digest, count, created_at, created_by, reason';

/** Directory versions: each append stores the whole pool, compressed, under the next number. */
export function directoriesOf(conn: Connection): Store['directories'] {
  return {
    async append(input, change) {
      const refused = `cannot append a version of the ${input.pool} directory`;
      if (input.digest.count !== input.records.length) {
        throw new StoreError('CONFLICT', `${refused}: its digest counts ${input.digest.count} records but ${input.records.length} were given`);
      }
      if (input.reason.trim() === '') throw new StoreError('CONFLICT', `${refused}: give the reason for the new version`);
      // Compress before taking the write lock: a large pool takes seconds to gzip.
      const blob = encodeRecords(input.records);
      return conn.write(refused, change, () => {
        const last = conn.statement<[string], { version: number | null }>('SELECT max(version) AS version FROM directory_versions WHERE pool = ?').get(input.pool);
        if (input.basedOn !== undefined) {
          const current = conn.statement<[string], { id: number }>('SELECT id FROM directory_versions WHERE pool = ? ORDER BY version DESC LIMIT 1').get(input.pool)?.id ?? null;
          if (current !== input.basedOn) {
            throw new StoreError('CONFLICT', `${refused}: the ${input.pool} directory changed meanwhile (now version id ${current}, the edit was based on ${input.basedOn ?? 'none'}); reload and edit again`);
          }
        }
        const version = (last?.version ?? 0) + 1;
        const { lastInsertRowid } = conn
          .statement('INSERT INTO directory_versions (pool, version, digest, count, created_at, created_by, reason, encoding, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(input.pool, version, input.digest.digest, input.records.length, change.at, change.actor, input.reason, RECORDS_ENCODING, blob);
        const meta = { ...readMeta(conn, Number(lastInsertRowid)), pool: input.pool };
        // The meta only: the records are in the version itself, and may be a million.
        appendAudit(conn, change, { action: 'directory.append', entity: 'directory', entityId: meta.id, before: null, after: meta });
        return meta;
      });
    },

    async latest<P extends PoolName>(pool: P) {
      const row = conn.statement<[string], VersionRow>(`SELECT ${META}, records FROM directory_versions WHERE pool = ? ORDER BY version DESC LIMIT 1`).get(pool);
      return row ? (toVersion(row) as DirectoryVersion<P>) : undefined;
    },

    async get(id) {
      const row = conn.statement<[number], VersionRow>(`SELECT ${META}, records FROM directory_versions WHERE id = ?`).get(id);
      return row ? toVersion(row) : undefined;
    },

    async list(pool) {
      return conn.statement<[string], MetaRow>(`SELECT ${META} FROM directory_versions WHERE pool = ? ORDER BY version`).all(pool).map(toMeta);
    },
  };
}

/** The meta of the directory version `id`, which the caller knows exists. */
function readMeta(conn: Connection, id: number): DirectoryVersionMeta {
  const row = conn.statement<[number], MetaRow>(`SELECT ${META} FROM directory_versions WHERE id = ?`).get(id);
  if (!row) throw new StoreError('NOT_FOUND', `directory version ${id} is not in the store`);
  return toMeta(row);
}

function toMeta(row: MetaRow): DirectoryVersionMeta {
  return {
    id: row.id,
    pool: row.pool,
    version: row.version,
    digest: row.digest,
    count: row.count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    reason: row.reason,
  };
}

function toVersion(row: VersionRow): DirectoryVersion {
  return { ...toMeta(row), records: decodeRecords(row.records) };
}
