// A drand relay for tests: a real local HTTP server serving recorded quicknet rounds, so that
// the service's own fetch code runs. Never exported from the package.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QUICKNET } from '@fairdraw/core';

/** Quicknet rounds as relays served them (also the known answers of docs/trust-spec.md §6.3). */
export const RECORDED_ROUNDS = {
  123: {
    round: 123,
    randomness: 'fb8f7bc29bf24db51871ec8c79f3a1e4bd0557bc0dfcee9ed1d924e69d1c60dc',
    signature: 'b75c69d0b72a5d906e854e808ba7e2accb1542ac355ae486d591aa9d43765482e26cd02df835d3546d23c4b13e0dfc92',
  },
  1000000: {
    round: 1000000,
    randomness: 'b22aad4794f7451896f7a371aa46106fd84d919f3f569acd5b2fddf1d1440af3',
    signature: '83ad29e4c409f9470fc2ef02f90214df49e02b441a1a241a82d622d9f608ef98fd8b11a029f1bee9d9e83b45088abe72',
  },
} as const;

export interface FakeRelay {
  readonly url: string;
  /** Paths asked for, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts a relay on a free local port; `serve` may replace a round's JSON (e.g. a forged one). */
export async function startFakeRelay(serve: (round: number) => unknown = (round) => RECORDED_ROUNDS[round as keyof typeof RECORDED_ROUNDS]): Promise<FakeRelay> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const match = /^\/([0-9a-f]{64})\/public\/(\d+)$/.exec(request.url ?? '');
    const body = match && match[1] === QUICKNET.hash ? serve(Number(match[2])) : undefined;
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
