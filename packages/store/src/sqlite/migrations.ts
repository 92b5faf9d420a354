import { initialSchema } from './migration-0001-initial.ts';
import { calendarYears } from './migration-0002-calendar-years.ts';
import { schedules } from './migration-0003-schedules.ts';
import { trust } from './migration-0004-trust.ts';

/** One step of the schema: applied once, in order, in its own transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /**
   * The step rebuilds a table (SQLite's way to change a constraint): it runs with foreign keys
   * off and legacy ALTER TABLE semantics, so that renaming the old table leaves the other tables'
   * references pointing at the name, and it fails, changing nothing, if any reference is broken.
   */
  readonly rebuildsTables?: boolean;
}

/**
 * Every schema step, oldest first. Append only: a released step is never edited (its
 * checksum is recorded) and no step drops or rewrites data that a person entered.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: initialSchema },
  { version: 2, name: 'calendar years', sql: calendarYears },
  { version: 3, name: 'schedules', sql: schedules },
  { version: 4, name: 'commitments and ledger', sql: trust, rebuildsTables: true },
];
