// The scheduling step of spec §12.4–§12.5 on inputs in normal form; shared by
// scheduleInspections and replaySchedule so that both run exactly the same code.
import { openStream } from '../random/stream.ts';
import { PositionSampler } from '../random/sample-without-replacement.ts';
import type { NormalSchedule } from './_normal-form.ts';
import { findSchedule, type SchedulingProblem } from './_solver.ts';
import { infeasibleError, noCandidateError } from './_explain.ts';
import { SCHEDULE_ALGORITHM, scheduleStreamLabel, type ScheduleRecord } from './schedule-record.ts';

/** The problem as indices: days are positions in `workingDays`, inspectors in `inspectors`. */
export function toProblem(normal: NormalSchedule): SchedulingProblem {
  const dayOf = new Map(normal.workingDays.map((date, index) => [date, index]));
  const inspectorOf = new Map(normal.inspectors.map(({ id }, index) => [id, index]));
  const blackoutOf = new Map(normal.blackouts.map(({ targetId, dates }) => [targetId, new Set(dates)]));
  const away = normal.inspectors.map(({ unavailable }) => new Set(unavailable));
  const teams = normal.selected.map(({ team }) => team.map(({ id }) => inspectorOf.get(id)!));
  const candidates = normal.selected.map(({ target }, t) => {
    const blackout = blackoutOf.get(target.id);
    const days: number[] = [];
    for (const [date, day] of dayOf) {
      if (blackout?.has(date)) continue;
      if (teams[t]!.some((m) => away[m]!.has(date))) continue;
      days.push(day);
    }
    return days;
  });
  return { dayCount: normal.workingDays.length, limits: normal.inspectors.map(({ dailyLimit }) => dailyLimit), teams, candidates };
}

/**
 * Dates every drawn target: in draw order, candidate days are drawn without replacement from
 * the target's stream and the first that still admits a complete valid schedule is taken.
 * Throws INFEASIBLE, naming the targets and the reason, when no valid schedule exists.
 */
export function runSchedule(normal: NormalSchedule): ScheduleRecord {
  const problem = toProblem(normal);
  const { dayCount: days, limits, teams, candidates } = problem;
  const stranded = candidates.flatMap((list, t) => (list.length === 0 ? [t] : []));
  if (stranded.length > 0) throw noCandidateError(normal, problem, stranded);
  const fixed = teams.map(() => -1);
  let witness = findSchedule(problem, fixed);
  if (witness === undefined) throw infeasibleError(normal, problem);

  // The witness is a complete valid schedule that keeps every choice made so far; `load`
  // counts its inspections per inspector and day.
  const load = new Int32Array(limits.length * days);
  const loadWitness = (schedule: readonly number[]) => {
    load.fill(0);
    schedule.forEach((d, t) => teams[t]!.forEach((m) => load[m * days + d]!++));
  };
  loadWitness(witness);

  normal.selected.forEach(({ target }, t) => {
    const stream = openStream(SCHEDULE_ALGORITHM, normal.seed, scheduleStreamLabel(target.id));
    const sampler = new PositionSampler(stream, candidates[t]!.length);
    for (;;) {
      const position = sampler.next();
      // The witness gives t a candidate that keeps a completion, so some candidate succeeds.
      if (position === undefined) throw new Error(`internal: no candidate date succeeded for ${target.id}`);
      const d = candidates[t]![position]!;
      const current = witness![t]!;
      if (d !== current && teams[t]!.every((m) => load[m * days + d]! < limits[m]!)) {
        // Moving t alone keeps the witness valid: no search needed.
        for (const m of teams[t]!) {
          load[m * days + current]!--;
          load[m * days + d]!++;
        }
        witness![t] = d;
      } else if (d !== current) {
        fixed[t] = d;
        const found = findSchedule(problem, fixed, witness);
        if (found === undefined) {
          fixed[t] = -1;
          continue;
        }
        witness = found;
        loadWitness(witness);
      }
      fixed[t] = d;
      break;
    }
  });

  return {
    algorithm: SCHEDULE_ALGORITHM,
    draw: { digest: normal.digest },
    window: { start: normal.window.start, end: normal.window.end },
    workingDays: [...normal.workingDays],
    inspectors: normal.inspectors.map(({ id, dailyLimit, unavailable }) => ({ id, dailyLimit, unavailable: [...unavailable] })),
    blackouts: normal.blackouts.map(({ targetId, dates }) => ({ targetId, dates: [...dates] })),
    scheduled: normal.selected.map(({ order, target, team }, t) => ({
      order,
      target: { id: target.id, name: target.name },
      team: team.map(({ id, name, department }) => ({ id, name, department })),
      date: normal.workingDays[fixed[t]!]!,
    })),
  };
}
