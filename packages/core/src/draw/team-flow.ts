/**
 * A witness for team assignment: a complete assignment of inspectors to every team
 * slot ("a maximum flow") that always contains the choices fixed so far. Choosing a
 * candidate means rerouting this witness along augmenting paths; if no rerouting
 * exists, no valid completion exists either (max-flow/min-cut), which is what makes
 * the draw complete. Nothing here is random.
 *
 * Nodes are team groups ("slots" of one target and one department group, index
 * `group`), each needing `demand[group]` distinct inspectors, and inspectors, each
 * serving at most `capacity` groups. Who may serve whom comes from `eligible`.
 */
export interface FlowProblem {
  readonly groupCount: number;
  readonly inspectorCount: number;
  readonly demand: (group: number) => number;
  /** Inspectors who may serve `group`, in canonical order. */
  readonly eligible: (group: number) => readonly number[];
  /** Most groups one inspector may serve; Infinity when unlimited. */
  readonly capacity: number;
}

type Change = { op: 'add' | 'remove' | 'fix'; group: number; inspector: number };

export class TeamFlow {
  readonly #problem: FlowProblem;
  /** Inspectors chosen by the draw: never moved again. */
  readonly #fixed: number[][];
  /** Inspectors the witness holds in the group but the draw has not chosen yet. */
  readonly #free: number[][];
  readonly #freeGroupsOf: Set<number>[];
  readonly #load: Int32Array;
  readonly #log: Change[] = [];
  // Visit stamps avoid clearing arrays for every search.
  readonly #groupSeen: Int32Array;
  readonly #inspectorSeen: Int32Array;
  readonly #cameFromGroup: Int32Array;
  readonly #releasedBy: Int32Array;
  #stamp = 0;

  constructor(problem: FlowProblem) {
    this.#problem = problem;
    this.#fixed = Array.from({ length: problem.groupCount }, () => []);
    this.#free = Array.from({ length: problem.groupCount }, () => []);
    this.#freeGroupsOf = Array.from({ length: problem.inspectorCount }, () => new Set<number>());
    this.#load = new Int32Array(problem.inspectorCount);
    this.#groupSeen = new Int32Array(problem.groupCount);
    this.#inspectorSeen = new Int32Array(problem.inspectorCount);
    this.#cameFromGroup = new Int32Array(problem.inspectorCount);
    this.#releasedBy = new Int32Array(problem.groupCount);
  }

  /** Fills `group` up to its demand; returns how many places stayed empty. */
  fill(group: number): number {
    let missing = this.#problem.demand(group) - this.#fixed[group]!.length - this.#free[group]!.length;
    while (missing > 0 && this.#augment([group], -1)) missing--;
    return missing;
  }

  /** Inspectors the draw has chosen for `group`, in the order chosen. */
  chosen(group: number): readonly number[] {
    return this.#fixed[group]!;
  }

  /** How many groups an inspector serves in the witness. */
  load(inspector: number): number {
    return this.#load[inspector]!;
  }

  /**
   * Fixes `inspector` into `group` if some complete assignment extends the choices fixed
   * so far with this one; otherwise leaves everything as it was and returns false.
   * Requires a complete witness (every group filled).
   */
  tryChoose(group: number, inspector: number): boolean {
    const free = this.#free[group]!;
    if (free.includes(inspector)) {
      this.#apply({ op: 'fix', group, inspector });
      return true;
    }
    // The witness fills every group, and fewer than `demand` members are fixed, so a free
    // member exists. Freeing its place is enough: if any completion holds the candidate,
    // an augmenting path from the candidate's other groups reaches spare capacity, and it
    // may pass back through this group (max-flow; see docs/draw-spec.md).
    const mark = this.#log.length;
    this.#apply({ op: 'remove', group, inspector: free[0]! });
    if (this.#load[inspector]! >= this.#problem.capacity) {
      const holders = [...this.#freeGroupsOf[inspector]!];
      if (holders.length === 0 || !this.#augment(holders, inspector)) return this.#rollback(mark);
    }
    this.#apply({ op: 'add', group, inspector });
    this.#apply({ op: 'fix', group, inspector });
    return true;
  }

  /** Forgets the undo log once a choice stands. */
  commit(): void {
    this.#log.length = 0;
  }

  #rollback(mark: number): false {
    while (this.#log.length > mark) {
      const change = this.#log.pop()!;
      if (change.op === 'add') this.#remove(change.group, change.inspector);
      else if (change.op === 'remove') this.#add(change.group, change.inspector);
      else this.#unfix(change.group, change.inspector);
    }
    return false;
  }

  #apply(change: Change): void {
    if (change.op === 'add') this.#add(change.group, change.inspector);
    else if (change.op === 'remove') this.#remove(change.group, change.inspector);
    else this.#fix(change.group, change.inspector);
    this.#log.push(change);
  }

  #add(group: number, inspector: number): void {
    this.#free[group]!.push(inspector);
    this.#freeGroupsOf[inspector]!.add(group);
    this.#load[inspector]!++;
  }

  #remove(group: number, inspector: number): void {
    const free = this.#free[group]!;
    free.splice(free.indexOf(inspector), 1);
    this.#freeGroupsOf[inspector]!.delete(group);
    this.#load[inspector]!--;
  }

  #fix(group: number, inspector: number): void {
    this.#remove(group, inspector);
    this.#load[inspector]!++;
    this.#fixed[group]!.push(inspector);
  }

  #unfix(group: number, inspector: number): void {
    this.#fixed[group]!.pop();
    this.#load[inspector]!--;
    this.#add(group, inspector);
  }

  /**
   * Breadth-first search for an augmenting path from any of `starts` to an inspector
   * with spare capacity, through groups that give up a free member and take another.
   * When `releasing` ≥ 0, each start gives up that inspector (who is never re-taken);
   * otherwise each start gains one member. Applies the path and returns true if found.
   */
  #augment(starts: readonly number[], releasing: number): boolean {
    const stamp = ++this.#stamp;
    const queue: number[] = [];
    for (const start of starts) {
      this.#groupSeen[start] = stamp;
      this.#releasedBy[start] = releasing;
      queue.push(start);
    }
    if (releasing >= 0) this.#inspectorSeen[releasing] = stamp;
    const capacity = this.#problem.capacity;
    for (let head = 0; head < queue.length; head++) {
      const group = queue[head]!;
      const eligible = this.#problem.eligible(group);
      const takes = (inspector: number) =>
        this.#inspectorSeen[inspector] !== stamp && !this.#free[group]!.includes(inspector) && !this.#fixed[group]!.includes(inspector);
      // An inspector with spare capacity ends the search at once; look for one before
      // queueing the groups of every fully booked inspector on the way.
      for (const inspector of eligible) {
        if (takes(inspector) && this.#load[inspector]! < capacity) {
          this.#cameFromGroup[inspector] = group;
          this.#applyPath(inspector, starts);
          return true;
        }
      }
      for (const inspector of eligible) {
        if (!takes(inspector)) continue;
        this.#inspectorSeen[inspector] = stamp;
        this.#cameFromGroup[inspector] = group;
        for (const holder of this.#freeGroupsOf[inspector]!) {
          if (this.#groupSeen[holder] === stamp) continue;
          this.#groupSeen[holder] = stamp;
          this.#releasedBy[holder] = inspector;
          queue.push(holder);
        }
      }
    }
    return false;
  }

  #applyPath(end: number, starts: readonly number[]): void {
    let inspector = end;
    for (;;) {
      const group = this.#cameFromGroup[inspector]!;
      const released = this.#releasedBy[group]!;
      this.#apply({ op: 'add', group, inspector });
      if (released >= 0) this.#apply({ op: 'remove', group, inspector: released });
      if (starts.includes(group)) return;
      inspector = released;
    }
  }
}
