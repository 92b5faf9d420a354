import type { ResultStatus } from '../entities.ts';

/** The workflow moves `transition` makes, with the audit action of each. */
export const resultMoves: Readonly<Partial<Record<ResultStatus, Readonly<Partial<Record<ResultStatus, string>>>>>> = {
  entered: { reviewed: 'result.review', returned: 'result.return' },
  reviewed: { published: 'result.publish', returned: 'result.return' },
};

/** Where a result in `from` can move by `transition`, for messages. */
export function movesFrom(from: ResultStatus): string {
  const targets = Object.keys(resultMoves[from] ?? {});
  if (targets.length > 0) return `from ${from} it can move to ${targets.join(' or ')}`;
  return from === 'returned' ? 'a returned result becomes entered again when the clerk edits it' : `a ${from} result never moves; enter a correction instead`;
}
