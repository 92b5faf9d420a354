import { FairdrawError } from '../errors.ts';
import type { Candidates, Problem } from './_candidate.ts';
import { parseJson } from './_parse-json.ts';

/** The elements of a JSON array of records; throws INVALID_INPUT when the file is not one. */
export function jsonCandidates(text: string, source: string): Candidates {
  const value = parseJson(text, source);
  if (!Array.isArray(value)) {
    const found = value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    const problem = `must be a JSON array of records, not ${found}`;
    throw new FairdrawError('INVALID_INPUT', `${source} ${problem}`, { issues: [{ source, path: [], message: problem }] });
  }
  return {
    unit: 'record',
    records: value.map((element: unknown, index) => ({ at: index + 1, value: element, problems: hiddenAttributes(element) })),
    order: () => 0,
    // JSON has no useful line per record, so the record's 1-based position leads the path and the message.
    locate: (at, problem) => ({ source, path: [at, ...problem.path], message: `record ${at}: ${problem.message}` }),
  };
}

// The attributes schema drops a "__proto__" key without a word; say so rather than lose it.
function hiddenAttributes(element: unknown): Problem[] {
  const attributes = typeof element === 'object' && element !== null && Object.hasOwn(element, 'attributes') ? (element as { attributes: unknown }).attributes : undefined;
  const hidden = typeof attributes === 'object' && attributes !== null && Object.hasOwn(attributes, '__proto__');
  return hidden ? [{ path: ['attributes', '__proto__'], message: 'an attribute may not be named "__proto__": rename it' }] : [];
}
