// A directory version's records as one BLOB: JSON Lines, gzipped. One record per line keeps
// a million-record pool out of a single JavaScript string (V8 caps strings near 512 MiB),
// and JSON keeps every field, attributes included, in the order appended.
import { gunzipSync, gzipSync } from 'node:zlib';

export const RECORDS_ENCODING = 'jsonl+gzip';

const NEWLINE = 0x0a;
const CHUNK = 10_000;

/** The gzipped JSON Lines of `records`, in their order. */
export function encodeRecords(records: readonly unknown[]): Buffer {
  const chunks: Buffer[] = [];
  for (let start = 0; start < records.length; start += CHUNK) {
    const lines = records.slice(start, start + CHUNK).map((record) => JSON.stringify(record) + '\n');
    chunks.push(Buffer.from(lines.join(''), 'utf8'));
  }
  return gzipSync(Buffer.concat(chunks));
}

/** The records of a BLOB made by encodeRecords, in the order they were encoded. */
export function decodeRecords<T>(blob: Uint8Array): T[] {
  const bytes = gunzipSync(blob);
  const records: T[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    records.push(JSON.parse(bytes.toString('utf8', start, end)) as T);
    start = end + 1;
  }
  return records;
}
