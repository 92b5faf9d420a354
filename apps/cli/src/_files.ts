import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  DrawRecord,
  FairdrawError,
  loadConflicts,
  loadInspectors,
  loadTargets,
  loadTask,
  parseWith,
  snapshotPools,
  type Pools,
  type Task,
} from '@fairdraw/core';

/** Reads a file, turning "no such file" into an error that names it. */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new FairdrawError('INVALID_INPUT', `cannot read ${path}: ${reason}`, { issues: [{ source: path, path: [], message: reason }], cause: error });
  }
}

export interface PoolPaths {
  readonly targets: string;
  readonly inspectors: string;
  readonly conflicts?: string | undefined;
}

/** Loads and snapshots the three directories; every bad row of every file is reported. */
export async function readPools(paths: PoolPaths): Promise<Pools> {
  const [targets, inspectors, conflicts] = await Promise.all([
    readInput(paths.targets).then((bytes) => loadTargets(bytes, { source: basename(paths.targets) })),
    readInput(paths.inspectors).then((bytes) => loadInspectors(bytes, { source: basename(paths.inspectors) })),
    paths.conflicts === undefined
      ? Promise.resolve([])
      : readInput(paths.conflicts).then((bytes) => loadConflicts(bytes, { source: basename(paths.conflicts!) })),
  ]);
  return snapshotPools({ targets, inspectors, conflicts });
}

export async function readTask(path: string): Promise<Task> {
  return loadTask(await readInput(path), { source: basename(path) });
}

/** Reads a draw record file; a record that is not valid JSON or not a record is INVALID_INPUT. */
export async function readRecord(path: string): Promise<DrawRecord> {
  const text = new TextDecoder().decode(await readInput(path));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FairdrawError('INVALID_INPUT', `${basename(path)} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseWith(DrawRecord, json, { source: basename(path) });
}
