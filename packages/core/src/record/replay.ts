import type { Pools } from '../snapshot/pools.ts';
import { draw } from '../draw/draw.ts';
import type { DrawRecord } from './draw-record.ts';

export interface ReplayOptions {
  /** For a fairdraw-draw/2 record, required: the salt of its 回避 digest (internal, auditors only). */
  readonly conflictsSalt?: string;
}

/**
 * Runs the draw again from a record's algorithm, seed and task on `pools`. With the
 * pools the record was drawn from (and, for fairdraw-draw/2, its salt), the result
 * serialises to the same bytes. Throws as draw() does.
 */
export function replay(record: DrawRecord, pools: Pools, options: ReplayOptions = {}): DrawRecord {
  return draw({
    algorithm: record.algorithm,
    seed: record.seed,
    task: record.task,
    pools,
    ...(options.conflictsSalt === undefined ? {} : { conflictsSalt: options.conflictsSalt }),
  });
}
