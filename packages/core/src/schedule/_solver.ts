import { FairdrawError } from '../errors.ts';
// The exact existence test of spec §12.6: is there a complete valid schedule that agrees with
// the dates fixed so far? Deciding it is NP-complete (with a daily limit of 1 and teams of two
// it contains list edge-colouring), so this is a backtracking search, made fast in practice by
// pruning that never changes its answer:
//   - inspectors who cannot bind (on every day, no more of their targets could take the day
//     than they have room for) are dropped, and the targets split into independent groups
//     linked by the inspectors who can bind; each group is searched on its own;
//   - most-constrained target first, and forward checking of the other targets' days;
//   - for every inspector touched, a matching test: their remaining targets must fit into their
//     remaining room, day by day (Hall's condition, which catches pigeonholes at once);
//   - a counting bound per day (⌊room / smallest team⌋ targets fit), which catches odd sets
//     of inspectors who all share teams;
//   - of two days that are interchangeable at a node, only one is tried.
// Worst case: the product of the candidate-day counts of the targets in the largest group,
// times a polynomial per node. Nothing here is random.

/** Targets, inspectors and days as indices; days are the window's working days, ascending. */
export interface SchedulingProblem {
  readonly dayCount: number;
  /** Per inspector: the most inspections a day. */
  readonly limits: readonly number[];
  /** Per target: the inspectors of its team. */
  readonly teams: readonly (readonly number[])[];
  /** Per target: its candidate days, ascending (no blackout, every member available). */
  readonly candidates: readonly (readonly number[])[];
}

/**
 * A valid day for every target agreeing with `fixed` (a day, or −1 for a free target), or
 * undefined when none exists. `hint` (a previous solution) is tried first, value by value; it
 * changes how fast an answer is found, never whether one is.
 */
export function findSchedule(
  problem: SchedulingProblem,
  fixed: readonly number[],
  hint: readonly number[] = [],
  maxSteps: number = MAX_SEARCH_STEPS,
): number[] | undefined {
  const { dayCount: days, limits, teams, candidates } = problem;
  const cap = new Int32Array(limits.length * days);
  limits.forEach((limit, m) => cap.fill(limit, m * days, (m + 1) * days));
  const result = Array.from(fixed);
  for (let t = 0; t < teams.length; t++) {
    const d = result[t]!;
    if (d < 0) continue;
    if (!candidates[t]!.includes(d)) return undefined;
    for (const m of teams[t]!) if (--cap[m * days + d]! < 0) return undefined;
  }
  const inDomain = new Uint8Array(teams.length * days);
  const size = new Int32Array(teams.length);
  const free: number[] = [];
  for (let t = 0; t < teams.length; t++) {
    if (result[t]! >= 0) continue;
    free.push(t);
    for (const d of candidates[t]!) {
      if (teams[t]!.every((m) => cap[m * days + d]! > 0)) {
        inDomain[t * days + d] = 1;
        size[t]!++;
      }
    }
    if (size[t] === 0) return undefined;
  }

  // Inspectors who can bind, and the free targets of each.
  const freeOf: number[][] = limits.map(() => []);
  for (const t of free) for (const m of teams[t]!) freeOf[m]!.push(t);
  const binding: number[] = [];
  const count = new Int32Array(days);
  freeOf.forEach((targets, m) => {
    if (targets.length < 2) return;
    count.fill(0);
    const binds = targets.some((t) => candidates[t]!.some((d) => inDomain[t * days + d] === 1 && ++count[d]! > cap[m * days + d]!));
    if (binds) binding.push(m);
  });
  const boundTeams: number[][] = teams.map(() => []);
  for (const m of binding) for (const t of freeOf[m]!) boundTeams[t]!.push(m);

  // Independent groups: free targets linked by a binding inspector.
  const parent = teams.map((_, t) => t);
  const root = (t: number): number => (parent[t] === t ? t : (parent[t] = root(parent[t]!)));
  for (const m of binding) for (const t of freeOf[m]!) parent[root(t)] = root(freeOf[m]![0]!);
  const groups = new Map<number, number[]>();
  for (const t of free) {
    if (boundTeams[t]!.length === 0) {
      const h = hint[t];
      result[t] = h !== undefined && h >= 0 && h < days && inDomain[t * days + h] === 1 ? h : candidates[t]!.find((d) => inDomain[t * days + d] === 1)!;
      continue;
    }
    const key = root(t);
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  const search = new Search({ days, cap, inDomain, size, result, candidates, hint, boundTeams, freeOf }, maxSteps);
  for (const group of groups.values()) if (!search.solve(group)) return undefined;
  return result;
}

interface SearchState {
  readonly days: number;
  readonly cap: Int32Array;
  readonly inDomain: Uint8Array;
  readonly size: Int32Array;
  readonly result: number[];
  readonly candidates: readonly (readonly number[])[];
  readonly hint: readonly number[];
  readonly boundTeams: readonly (readonly number[])[];
  readonly freeOf: readonly (readonly number[])[];
}

/**
 * Search steps one existence test may take before it gives up with an error (deterministic:
 * the same inputs give up at the same step on every machine). Ordinary tasks need thousands;
 * this bounds the adversarial cases of §12.6 to seconds, so a service is never stalled.
 */
export const MAX_SEARCH_STEPS = 1_000_000;

class Search {
  readonly #s: SearchState;
  readonly #maxSteps: number;
  #steps = 0;
  /** Removed domain entries (target × days + day), undone on backtrack. */
  readonly #trail: number[] = [];

  constructor(state: SearchState, maxSteps: number) {
    this.#s = state;
    this.#maxSteps = maxSteps;
  }

  solve(group: readonly number[]): boolean {
    const inspectors = [...new Set(group.flatMap((t) => this.#s.boundTeams[t]!))];
    for (const m of inspectors) if (!this.#fits(m)) return false;
    return this.#dfs(group, inspectors, group.length);
  }

  #dfs(group: readonly number[], inspectors: readonly number[], left: number): boolean {
    if (left === 0) return true;
    if (++this.#steps > this.#maxSteps) {
      throw new FairdrawError(
        'INFEASIBLE',
        `could not decide within ${this.#maxSteps.toLocaleString('en-US')} search steps whether a schedule exists: the teams share too many inspectors for the days available; widen the window, relax the daily limit or the leave entered, and schedule again`,
      );
    }
    const { days, inDomain, size, result, candidates, hint } = this.#s;
    if (!this.#roomEnough(group, inspectors, left)) return false;
    let t = -1;
    for (const u of group) if (result[u]! < 0 && (t < 0 || size[u]! < size[t]!)) t = u;
    const first = hint[t] ?? -1;
    const order = first >= 0 && first < days && inDomain[t * days + first] === 1 ? [first, ...candidates[t]!.filter((d) => d !== first)] : candidates[t]!;
    const failed: number[] = [];
    for (const d of order) {
      // t's own days do not change while it is assigned, so reading them lazily is safe.
      if (inDomain[t * days + d] === 0) continue;
      if (failed.some((f) => this.#interchangeable(group, inspectors, f, d))) continue;
      if (this.#attempt(group, inspectors, left, t, d)) return true;
      failed.push(d);
    }
    return false;
  }

  /**
   * Days d and f are interchangeable now when every unscheduled target of the group may take
   * both or neither and every inspector has the same room on both: swapping them maps any
   * completion with t on one to a completion with t on the other, so if f failed, d fails.
   */
  #interchangeable(group: readonly number[], inspectors: readonly number[], f: number, d: number): boolean {
    const { days, cap, inDomain, result } = this.#s;
    for (const m of inspectors) if (cap[m * days + f] !== cap[m * days + d]) return false;
    for (const u of group) if (result[u]! < 0 && inDomain[u * days + f] !== inDomain[u * days + d]) return false;
    return true;
  }

  /**
   * A counting bound: on each day, the group's unscheduled targets that may take it use at
   * least `smallest` units of the room its inspectors have left, so at most ⌊room / smallest⌋
   * of them fit; the days together must hold all `left`. (With teams of two and a limit of one
   * this is what rules out an odd number of inspectors all paired with each other.)
   */
  #roomEnough(group: readonly number[], inspectors: readonly number[], left: number): boolean {
    const { days, cap, inDomain, result, boundTeams } = this.#s;
    let total = 0;
    for (let d = 0; d < days && total < left; d++) {
      let takers = 0;
      let smallest = Number.POSITIVE_INFINITY;
      for (const u of group) {
        if (result[u]! >= 0 || inDomain[u * days + d] === 0) continue;
        takers++;
        smallest = Math.min(smallest, boundTeams[u]!.length);
      }
      if (takers === 0) continue;
      let room = 0;
      for (const m of inspectors) room += cap[m * days + d]!;
      total += Math.min(takers, Math.floor(room / smallest));
    }
    return total >= left;
  }

  #attempt(group: readonly number[], inspectors: readonly number[], left: number, t: number, d: number): boolean {
    const mark = this.#trail.length;
    if (this.#assign(t, d) && this.#dfs(group, inspectors, left - 1)) return true;
    this.#undo(mark, t, d);
    return false;
  }

  /** Gives t the day d, removes d from targets it fills up, and checks the inspectors touched. */
  #assign(t: number, d: number): boolean {
    const { days, cap, inDomain, size, result, boundTeams, freeOf } = this.#s;
    result[t] = d;
    const members = boundTeams[t]!;
    for (const m of members) cap[m * days + d]!--;
    for (const m of members) {
      if (cap[m * days + d] !== 0) continue;
      for (const u of freeOf[m]!) {
        const key = u * days + d;
        if (result[u]! >= 0 || inDomain[key] === 0) continue;
        inDomain[key] = 0;
        this.#trail.push(key);
        if (--size[u]! === 0) return false;
      }
    }
    return members.every((m) => this.#fits(m));
  }

  #undo(mark: number, t: number, d: number): void {
    const { days, cap, inDomain, size, result, boundTeams } = this.#s;
    while (this.#trail.length > mark) {
      const key = this.#trail.pop()!;
      inDomain[key] = 1;
      size[Math.floor(key / days)]!++;
    }
    for (const m of boundTeams[t]!) cap[m * days + d]!++;
    result[t] = -1;
  }

  /** Hall's condition for inspector m: its unscheduled targets fit its room, one unit each (a b-matching). */
  #fits(m: number): boolean {
    const { days, cap, inDomain, result, candidates, freeOf } = this.#s;
    const targets = freeOf[m]!.filter((u) => result[u]! < 0);
    if (targets.length < 2) return true;
    const holders: number[][] = Array.from({ length: days }, () => []);
    const seen = new Int32Array(days);
    let stamp = 0;
    const augment = (u: number): boolean => {
      for (const d of candidates[u]!) {
        if (inDomain[u * days + d] === 0 || seen[d] === stamp) continue;
        seen[d] = stamp;
        const here = holders[d]!;
        if (here.length < cap[m * days + d]!) {
          here.push(u);
          return true;
        }
        for (let i = 0; i < here.length; i++) {
          if (augment(here[i]!)) {
            here[i] = u;
            return true;
          }
        }
      }
      return false;
    };
    for (const u of targets) {
      stamp++;
      if (!augment(u)) return false;
    }
    return true;
  }
}
