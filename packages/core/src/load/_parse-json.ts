import { FairdrawError } from '../errors.ts';

/** JSON.parse that throws INVALID_INPUT naming the source and, when it can, the line. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    // V8 says "… at position N"; a line number is what a person can find in an editor.
    const position = /at position (\d+)/.exec(error.message);
    const line = position ? text.slice(0, Number(position[1])).split(/\r\n|\r|\n/).length : undefined;
    const problem = `is not valid JSON: ${error.message}`;
    throw new FairdrawError('INVALID_INPUT', `${source}${line === undefined ? '' : `:${line}`} ${problem}`, {
      issues: [{ source, ...(line === undefined ? {} : { line }), path: [], message: problem }],
      cause: error,
    });
  }
}

/** True when a pool file is JSON: its name says so, or it opens with an array. */
export function looksLikeJson(source: string, text: string): boolean {
  return source.toLowerCase().endsWith('.json') || text.trimStart().startsWith('[');
}
