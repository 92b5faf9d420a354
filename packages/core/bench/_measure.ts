// Timing for the bench: wall clock, CPU time and memory of one step.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Step<T> {
  readonly value: T;
  /** Wall-clock milliseconds, by performance.now (median of the runs). */
  readonly ms: number;
  /** CPU milliseconds of this process, GC threads included (median of the runs). */
  readonly cpuMs: number;
  /** Heap in use right after the step. */
  readonly heapMb: number;
  /** The process's resident-set high-water mark so far. */
  readonly maxRssMb: number;
}

// Collecting garbage before each step charges a step for its own garbage only, not for
// what the previous step left behind. Without --expose-gc at startup, turn it on here.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs `run` `runs` times, each after a full garbage collection; keeps the last result. */
export function measure<T>(run: () => T, runs = 1): Step<T> {
  const wall: number[] = [];
  const cpu: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    value = undefined; // let the previous run's result be collected too
    collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    value = run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    value: value as T,
    ms: median(wall),
    cpuMs: median(cpu),
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024, // maxRSS is in kilobytes
  };
}
