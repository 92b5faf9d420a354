// Staff API calls over loopback HTTP, timed from the first byte sent to the last byte read.

export interface StaffResponse<T> {
  readonly body: T;
  readonly ms: number;
  readonly responseBytes: number;
}

export interface StaffCall {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly json?: unknown;
  readonly body?: Uint8Array;
  readonly expect: number;
}

/** A client for one base URL and token; a call that answers another status than `expect` throws. */
export function staffClient(baseUrl: string, token: string) {
  return async function call<T>(options: StaffCall): Promise<StaffResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let body: Uint8Array | string | undefined = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const start = performance.now();
    const response = await fetch(new URL(options.path, baseUrl), { method: options.method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    const ms = performance.now() - start;
    if (response.status !== options.expect) {
      throw new Error(`${options.method} ${options.path}: expected ${options.expect}, got ${response.status}: ${text.slice(0, 2000)}`);
    }
    return { body: JSON.parse(text) as T, ms, responseBytes: Buffer.byteLength(text, 'utf8') };
  };
}
