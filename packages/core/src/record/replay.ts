import type { Pools } from '../snapshot/pools.ts';
import { draw } from '../draw/draw.ts';
import type { DrawRecord } from './draw-record.ts';

/**
 * Runs the draw again from a record's algorithm, seed and task on `pools`. With the
 * pools the record was drawn from, the result serialises to the same bytes.
 */
export function replay(record: DrawRecord, pools: Pools): DrawRecord {
  return draw({ algorithm: record.algorithm, seed: record.seed, task: record.task, pools });
}
