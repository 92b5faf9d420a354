import { chinaDateOf, createWorkingCalendar, defaultArrangements, withArrangement, type WorkingCalendar } from '@fairdraw/core';
import type { Store } from '@fairdraw/store';

/** The shipped arrangements overlaid with the years the bureau added or corrected. */
export async function workingCalendarOf(store: Store): Promise<WorkingCalendar> {
  let calendar = createWorkingCalendar(defaultArrangements);
  for (const entry of await store.calendar.list()) calendar = withArrangement(calendar, entry.arrangement);
  return calendar;
}

/** Today in China Standard Time, from the service's clock. */
export function chinaToday(clock: () => Date): string {
  return chinaDateOf(clock());
}
