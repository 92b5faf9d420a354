import { parseWith } from '../model/parse.ts';
import { Task } from '../model/task.ts';
import { parseJson } from './_parse-json.ts';
import { decodeText } from './decode-text.ts';
import type { ReadOptions } from './read-pool.ts';

/**
 * Reads a task from a JSON file; throws INVALID_INPUT for bytes that are not text, text
 * that is not JSON, or a task the schema refuses (naming every wrong field).
 */
export function loadTask(bytes: Uint8Array, options: ReadOptions): Task {
  const { source } = options;
  return parseWith(Task, parseJson(decodeText(bytes, source), source), { source });
}
