/** One JSON line per event: what operators grep and ship. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** A logger writing JSON lines to `write` (stdout by default), each with a timestamp. */
export function jsonLogger(options: { write?: (line: string) => void; clock?: () => Date } = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const clock = options.clock ?? (() => new Date());
  const log = (level: string) => (message: string, fields: Record<string, unknown> = {}) =>
    write(JSON.stringify({ time: clock().toISOString(), level, msg: message, ...fields }) + '\n');
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that keeps lines in memory, for tests. */
export function memoryLogger(): Logger & { readonly lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = (level: string) => (message: string, fields: Record<string, unknown> = {}) => {
    lines.push({ level, msg: message, ...fields });
  };
  return { lines, info: log('info'), warn: log('warn'), error: log('error') };
}
