// Drives the load generator (load-client.ts in a child process) and measures, on the server's
// side of each run, the CPU time this process spent and how busy its event loop was.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadRequest, LoadResult, LoadRun } from './_load-protocol.ts';

export interface MeasuredRun extends LoadResult {
  /** CPU milliseconds of the serving process (GC threads included) during the run. */
  readonly serverCpuMs: number;
  /** Share of the run during which the server's event loop was busy, 0 to 1. */
  readonly loopBusy: number;
}

export interface LoadRunner {
  run(options: Omit<LoadRun, 'type'>): Promise<MeasuredRun>;
  close(): Promise<void>;
}

/** Starts the load generator; close() stops it (and kills it if it does not leave). */
export function startLoadRunner(): LoadRunner {
  const child = fork(fileURLToPath(new URL('./load-client.ts', import.meta.url)), [], {
    // tsx as an import hook: the client is TypeScript, like everything else here.
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    async run(options) {
      const cpuStart = process.cpuUsage();
      const loopStart = performance.eventLoopUtilization();
      const result = await ask(child, { type: 'run', ...options }, (options.seconds + 60) * 1000);
      const cpu = process.cpuUsage(cpuStart);
      return { ...result, serverCpuMs: (cpu.user + cpu.system) / 1000, loopBusy: performance.eventLoopUtilization(loopStart).utilization };
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      if (child.connected) child.send({ type: 'exit' } satisfies LoadRequest);
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function ask(child: ChildProcess, request: LoadRun, timeoutMs: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: LoadResult) => {
      cleanup();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`the load generator exited (code ${code}) during a run`));
    };
    const timer = setTimeout(() => {
      cleanup();
      child.kill();
      reject(new Error(`the load generator gave no result within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(request);
  });
}
