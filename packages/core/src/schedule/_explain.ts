// Why no schedule exists, in words a person can act on: which target, which team, which days.
import { FairdrawError, type Issue } from '../errors.ts';
import type { NormalSchedule } from './_normal-form.ts';
import { findSchedule, type SchedulingProblem } from './_solver.ts';

const SOURCE = 'schedule';

/** INFEASIBLE for targets that have no candidate day at all (spec §12.4). */
export function noCandidateError(normal: NormalSchedule, problem: SchedulingProblem, stranded: readonly number[]): FairdrawError {
  const issues: Issue[] = stranded.map((t) => ({ source: SOURCE, path: [normal.selected[t]!.target.id, 'date'], message: noDayMessage(normal, t) }));
  const more = stranded.length > 1 ? ` (and ${stranded.length - 1} more target(s) with no possible day)` : '';
  return new FairdrawError('INFEASIBLE', `no schedule exists: ${issues[0]!.message}${more}`, { issues });
}

function noDayMessage(normal: NormalSchedule, t: number): string {
  const { target, team } = normal.selected[t]!;
  const who = `${target.name} (${target.id})`;
  const range = `${normal.window.start}…${normal.window.end}`;
  if (normal.workingDays.length === 0) return `${who}: the window ${range} has no working day`;
  const names = team.map(({ name }) => name);
  const available = names.length === 1 ? `${names[0]} is available` : names.length === 2 ? `${names[0]} and ${names[1]} are both available` : `${list(names)} are all available`;
  const blackout = normal.blackouts.find(({ targetId }) => targetId === target.id);
  const reasons = team.flatMap(({ id, name }) => {
    const away = normal.inspectors.find((inspector) => inspector.id === id)?.unavailable ?? [];
    return away.length > 0 ? [`${name} is away on ${showDates(away)}`] : [];
  });
  if (blackout) reasons.push(`the target declared ${showDates(blackout.dates)} as blackout dates`);
  const condition = blackout ? `${available} and the target has not declared a blackout` : available;
  return `${who}: no working day in ${range} when ${condition} (of its ${normal.workingDays.length} working day(s), ${reasons.join('; ')})`;
}

/**
 * INFEASIBLE when every target has candidate days but they cannot all be given one: names a
 * smallest set of targets that cannot be scheduled together (none can be left out of it) and
 * the inspectors they share.
 */
export function infeasibleError(normal: NormalSchedule, problem: SchedulingProblem): FairdrawError {
  let core = problem.teams.map((_, t) => t);
  for (const t of [...core]) {
    const rest = core.filter((u) => u !== t);
    const sub = { ...problem, teams: rest.map((u) => problem.teams[u]!), candidates: rest.map((u) => problem.candidates[u]!) };
    if (findSchedule(sub, rest.map(() => -1)) === undefined) core = rest;
  }
  const inspectorsOf = (m: number) => core.filter((t) => problem.teams[t]!.includes(m));
  const shared = normal.inspectors.map((_, m) => m).filter((m) => inspectorsOf(m).length >= 2);
  const days = [...new Set(core.flatMap((t) => problem.candidates[t]!))].sort((a, b) => a - b).map((d) => normal.workingDays[d]!);
  const names = core.map((t) => `${normal.selected[t]!.target.name} (${normal.selected[t]!.target.id})`);
  const nameOf = (m: number) => normal.selected.flatMap(({ team }) => team).find(({ id }) => id === normal.inspectors[m]!.id)!.name;
  const limitText = (m: number) => `at most ${normal.inspectors[m]!.dailyLimit} inspection(s) a day`;
  const range = `${normal.window.start}…${normal.window.end}`;
  const all = core.length === 2 ? 'both' : 'all';
  const inAll = shared.find((m) => inspectorsOf(m).length === core.length && core.length > normal.inspectors[m]!.dailyLimit * days.length);
  const reason =
    inAll !== undefined
      ? `${all === 'both' ? 'both' : `all ${core.length}`} teams include ${nameOf(inAll)} (${limitText(inAll)}), and their teams are available on only ${days.length} working day(s) between them (${showDates(days)})`
      : `their teams share ${list(shared.map((m) => `${nameOf(m)} (${limitText(m)})`))}, and no choice among the working days when each team is available (${showDates(days)}) keeps every inspector within their daily limit`;
  const message = `${list(names)} cannot ${all} be inspected in ${range}: ${reason}`;
  const issues: Issue[] = core.map((t) => ({ source: SOURCE, path: [normal.selected[t]!.target.id, 'date'], message }));
  return new FairdrawError('INFEASIBLE', `no schedule exists: ${message}`, { issues });
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function showDates(dates: readonly string[]): string {
  return dates.length <= 6 ? dates.join(', ') : `${dates.slice(0, 5).join(', ')} … ${dates[dates.length - 1]} (${dates.length} days)`;
}
