// A reference implementation of spec §12 for tests, written from the spec with existence
// decided by enumerating every valid schedule. It shares nothing with the code under test but
// the stream and the position sampler (spec §5–§6, tested on their own). Never re-exported.
import { openStream } from '../random/stream.ts';
import { PositionSampler } from '../random/sample-without-replacement.ts';
import { isWorkingDay } from '../calendar/is-working-day.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DateSpan, DrawSummary, ScheduleConstraintsInput } from './schedule-input.ts';
import { plusDays } from './_arbitraries.ts';

const expand = (spans: readonly DateSpan[] | undefined): Set<string> => {
  const dates = new Set<string>();
  for (const span of spans ?? []) {
    if (typeof span === 'string') dates.add(span);
    else for (let d = span.from; d <= span.to; d = plusDays(d, 1)) dates.add(d);
  }
  return dates;
};

/** The candidate dates of each target (spec §12.4), ascending, and each inspector's limit. */
export function referenceCandidates(draw: DrawSummary, constraints: ScheduleConstraintsInput, calendar: WorkingCalendar) {
  const { start, end } = constraints.window;
  const workingDays: string[] = [];
  for (let d = start; d <= end; d = plusDays(d, 1)) if (isWorkingDay(calendar, d)) workingDays.push(d);
  const given = new Map((constraints.inspectors ?? []).map((i) => [i.id, i]));
  const limit = (id: string) => given.get(id)?.dailyLimit ?? constraints.dailyLimit ?? 1;
  const candidates = draw.selected.map(({ target, team }) => {
    const blackout = expand(constraints.blackouts?.find((b) => b.targetId === target.id)?.dates);
    return workingDays.filter((d) => !blackout.has(d) && team.every(({ id }) => !expand(given.get(id)?.unavailable).has(d)));
  });
  return { workingDays, candidates, limit };
}

/** Every valid schedule (a date per target, spec §12.4), by exhaustive enumeration. */
export function allSchedules(draw: DrawSummary, constraints: ScheduleConstraintsInput, calendar: WorkingCalendar): string[][] {
  const { candidates, limit } = referenceCandidates(draw, constraints, calendar);
  const valid = (dates: readonly string[]) => {
    const load = new Map<string, number>();
    return draw.selected.every(({ team }, t) =>
      team.every(({ id }) => {
        const key = `${id}@${dates[t]}`;
        load.set(key, (load.get(key) ?? 0) + 1);
        return load.get(key)! <= limit(id);
      }),
    );
  };
  const found: string[][] = [];
  const walk = (prefix: string[]) => {
    if (prefix.length === draw.selected.length) {
      if (valid(prefix)) found.push([...prefix]);
      return;
    }
    for (const d of candidates[prefix.length]!) walk([...prefix, d]);
  };
  walk([]);
  return found;
}

/** The dates spec §12.5 gives, or 'infeasible' when no valid schedule exists. */
export function referenceSchedule(draw: DrawSummary, constraints: ScheduleConstraintsInput, calendar: WorkingCalendar): string[] | 'infeasible' {
  const { candidates } = referenceCandidates(draw, constraints, calendar);
  let completions = allSchedules(draw, constraints, calendar);
  if (completions.length === 0) return 'infeasible';
  return draw.selected.map(({ target }, t) => {
    const sampler = new PositionSampler(openStream('fairdraw-schedule/1', draw.seed, `schedule:${target.id}`), candidates[t]!.length);
    for (;;) {
      const d = candidates[t]![sampler.next()!]!;
      const agreeing = completions.filter((dates) => dates[t] === d);
      if (agreeing.length > 0) {
        completions = agreeing;
        return d;
      }
    }
  });
}
