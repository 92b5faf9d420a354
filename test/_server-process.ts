// Starts the real service as a separate process on a temporary data directory. Test helper.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const serverMain = join(repo, 'apps/server/src/server.ts');
export const adminMain = join(repo, 'apps/server/src/admin.ts');

export interface RunningServer {
  readonly url: string;
  readonly process: ChildProcess;
  readonly logs: string[];
  /** Sends SIGKILL and waits for the process to be gone. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the server with PORT=0 and resolves once it logs the address it listens on. */
export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverMain], {
    cwd: repo,
    env: { ...process.env, PORT: '0', FAIRDRAW_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 60_000);
    let buffered = '';
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        const url = /"msg":"listening","url":"([^"]+)"/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          resolve({
            url,
            process: child,
            logs,
            kill9: async () => {
              child.kill('SIGKILL');
              await exited;
            },
            stop: async () => {
              child.kill('SIGTERM');
              await exited;
            },
          });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join('\n')}`));
    });
  });
}

/** Runs the admin CLI against a data directory and returns the printed token. */
export function createAdmin(dataDir: string, id: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', adminMain, 'create-admin', '--id', id, '--name', '管理员'], { cwd: repo, env: { ...process.env, FAIRDRAW_DATA_DIR: dataDir } }, (error, stdout, stderr) => {
      const token = /fd_[0-9a-f]{16}_[A-Za-z0-9_-]{43}/.exec(stdout)?.[0];
      if (error || !token) reject(new Error(`admin CLI failed: ${stderr}${stdout}`));
      else resolve(token);
    });
  });
}

/** A JSON client for one server and one token. */
export function client(base: string, token?: string) {
  return async <T = unknown>(method: string, path: string, body?: unknown, raw?: Uint8Array | string): Promise<{ status: number; body: T; text: string }> => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(base + path, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, body: parsed as T, text };
  };
}
