import type { YearArrangement } from '@fairdraw/core';
import type { CalendarYearEntry } from '../entities.ts';
import type { Store } from '../store.ts';
import type { Connection } from './_connection.ts';
import { fromJson, toJson } from './_json.ts';
import { appendAudit } from './audit.ts';

interface CalendarRow {
  year: number;
  arrangement: string;
  updated_at: string;
}

/** Working-day arrangements added through the service, one row per year. */
export function calendarOf(conn: Connection): Store['calendar'] {
  const read = (year: number): CalendarYearEntry | undefined => {
    const row = conn.statement<[number], CalendarRow>('SELECT * FROM calendar_years WHERE year = ?').get(year);
    return row ? toEntry(row) : undefined;
  };
  return {
    async put(arrangement, change) {
      return conn.write(`cannot save the working-day arrangement for ${arrangement.year}`, change, () => {
        const before = read(arrangement.year) ?? null;
        conn
          .statement('INSERT INTO calendar_years (year, arrangement, updated_at) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET arrangement = excluded.arrangement, updated_at = excluded.updated_at')
          .run(arrangement.year, toJson(arrangement), change.at);
        const after: CalendarYearEntry = { year: arrangement.year, arrangement, updatedAt: change.at };
        appendAudit(conn, change, { action: 'calendar.put', entity: 'calendar', entityId: arrangement.year, before, after });
        return after;
      });
    },
    async list() {
      return conn.statement<[], CalendarRow>('SELECT * FROM calendar_years ORDER BY year').all().map(toEntry);
    },
  };
}

function toEntry(row: CalendarRow): CalendarYearEntry {
  return { year: row.year, arrangement: fromJson<YearArrangement>(row.arrangement), updatedAt: row.updated_at };
}
