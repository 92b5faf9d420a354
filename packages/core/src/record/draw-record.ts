import { z } from 'zod';
import { Task, strataKeys } from '../model/task.ts';
import { exclusionReasons } from '../draw/eligibility.ts';
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { createHash } from 'node:crypto';

export const PoolDigest = z.strictObject({
  count: z.number().int().min(0),
  digest: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be "sha256:" and 64 lower-case hex digits' }),
});

const Count = z.number().int().min(0);

export const StratumKey = z.enum([...strataKeys, 'all']);

/** One drawn target and its team, as published. */
export const DrawnTarget = z.strictObject({
  /** 1-based position in the draw. */
  order: z.number().int().min(1),
  stratum: StratumKey,
  target: z.strictObject({ id: z.string(), name: z.string(), kind: z.string() }),
  team: z.array(z.strictObject({ id: z.string(), name: z.string(), department: z.string(), certificate: z.string() })),
});
export type DrawnTarget = z.infer<typeof DrawnTarget>;

/**
 * The published record of one draw: everything a third party needs to replay it,
 * and its outcome. Its canonical JSON is what replay reproduces byte for byte.
 */
export const DrawRecord = z.strictObject({
  algorithm: z.string().min(1),
  seed: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lower-case hex digits' }),
  task: Task,
  pools: z.strictObject({ targets: PoolDigest, inspectors: PoolDigest, conflicts: PoolDigest }),
  eligibility: z.strictObject({
    pool: Count,
    eligible: Count,
    excluded: z.strictObject(Object.fromEntries(exclusionReasons.map((reason) => [reason, Count])) as Record<(typeof exclusionReasons)[number], typeof Count>),
  }),
  strata: z.array(z.strictObject({ stratum: StratumKey, eligible: Count, requested: Count, size: Count })),
  selected: z.array(DrawnTarget),
});
export type DrawRecord = z.infer<typeof DrawRecord>;

/** The canonical bytes of a record (RFC 8785 JSON, then a newline). */
export function serializeRecord(record: DrawRecord): string {
  return canonicalJson(record) + '\n';
}

/** A record laid out for people (sorted keys, indented); parses to the same record. */
export function formatRecord(record: DrawRecord): string {
  return JSON.stringify(JSON.parse(canonicalJson(record)), null, 2) + '\n';
}

/** "sha256:…" of a record's canonical bytes: the name by which it is cited. */
export function recordDigest(record: DrawRecord): string {
  return digestOfBytes(serializeRecord(record));
}

/** "sha256:…" of a record's canonical bytes already serialised. */
export function digestOfBytes(bytes: string): string {
  return `sha256:${createHash('sha256').update(bytes, 'utf8').digest('hex')}`;
}
