/** Where a command writes: injected so tests can capture output without a process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export type OptionSpec = { type: 'string' } | { type: 'boolean' };

export interface CommandContext {
  /** String options by name. */
  readonly values: Record<string, string | undefined>;
  /** Boolean options by name. */
  readonly flags: Record<string, boolean | undefined>;
  readonly positionals: readonly string[];
  readonly io: Io;
}

/** One sub-command: its options (node:util parseArgs form) and what it does; returns the exit code. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly allowPositionals?: boolean;
  run(context: CommandContext): Promise<number>;
}
