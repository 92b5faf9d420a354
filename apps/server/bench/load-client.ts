/**
 * The load generator of serve.bench.ts, run as a child process so that it does not share the
 * server's event loop. It answers each LoadRun message (over the fork IPC channel) with a
 * LoadResult: keep-alive GETs on loopback by `concurrency` workers, bounded in count and time.
 */
import { Agent, get } from 'node:http';
import { summarize, type LoadRequest, type LoadResult, type LoadRun } from './_load-protocol.ts';

const REQUEST_TIMEOUT_MS = 30_000;

async function run(options: LoadRun): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies = new Float64Array(options.maxRequests);
  let issued = 0;
  let done = 0;
  let errors = 0;
  let firstError: string | null = null;
  let responseBytes = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;

  const fail = (message: string) => {
    errors++;
    firstError ??= message;
  };
  const one = () =>
    new Promise<void>((resolve) => {
      const start = performance.now();
      const request = get(options.url, { agent }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => {
          latencies[done++] = performance.now() - start;
          if (response.statusCode === 200) responseBytes = bytes;
          else fail(`HTTP ${response.statusCode}`);
          resolve();
        });
        response.on('error', (error) => {
          fail(error.message);
          resolve();
        });
      });
      request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
      request.on('error', (error) => {
        fail(error.message);
        resolve();
      });
    });
  const worker = async () => {
    while (issued < options.maxRequests && performance.now() < deadline) {
      issued++;
      await one();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const wallMs = performance.now() - started;
  agent.destroy();
  return {
    type: 'result',
    requests: issued,
    errors,
    firstError,
    wallMs,
    latency: summarize(latencies, done),
    responseBytes,
    maxRssKb: process.resourceUsage().maxRSS,
  };
}

if (!process.send) throw new Error('load-client.ts is started by serve.bench.ts (child_process.fork), not on its own');
process.on('message', (message: LoadRequest) => {
  if (message.type === 'exit') {
    process.disconnect();
    return;
  }
  run(message).then(
    (result) => process.send!(result),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
// If the bench dies, do not linger.
process.on('disconnect', () => process.exit(0));
