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

/** Reads a JSON file (UTF-8, with or without BOM); a file that is not JSON is INVALID_INPUT naming it. */
export async function readJson(path: string): Promise<unknown> {
  return parseJson(await readInput(path), path);
}

/** Parses the bytes of a JSON file, or throws INVALID_INPUT naming the file. */
export function parseJson(bytes: Uint8Array, path: string): unknown {
  const text = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FairdrawError('INVALID_INPUT', `${basename(path)} is not JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads a draw record file; a record that is not valid JSON or not a record is INVALID_INPUT. */
export async function readRecord(path: string): Promise<DrawRecord> {
  return parseWith(DrawRecord, await readJson(path), { source: basename(path) });
}

/** The `format` member of a parsed JSON file, when it is an object that has one ("fairdraw-bundle/1", …). */
export function formatOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const format = (json as Record<string, unknown>).format;
  return typeof format === 'string' ? format : undefined;
}
