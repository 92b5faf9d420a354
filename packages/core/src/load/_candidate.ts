import type { Issue } from '../errors.ts';

/** Something wrong with a record, with the path in schema terms (field names). */
export interface Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A record as read from one CSV row or JSON array element, before its schema sees it. */
export interface Candidate {
  /** CSV: the line the row starts on; JSON: the 1-based index in the array. */
  readonly at: number;
  readonly value: unknown;
  /** Problems already found while reading cells. */
  readonly problems: readonly Problem[];
}

/** The records of one file and how to name a place in it to the person who wrote it. */
export interface Candidates {
  /** How `at` is named in messages. */
  readonly unit: 'line' | 'record';
  readonly records: readonly Candidate[];
  /** Where a problem's field stands in the file, so that a row's issues read left to right. */
  readonly order: (problem: Problem) => number;
  /** Turns a problem in schema terms into an issue in the file's terms (line and column header). */
  readonly locate: (at: number, problem: Problem) => Issue;
}
