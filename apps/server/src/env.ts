import type { Store, Account } from '@fairdraw/store';
import type { Logger } from './logger.ts';
import type { Trust } from './trust/trust.ts';

/** What the app is built from: storage, time and logging come in, so tests control them. */
export interface AppDeps {
  readonly store: Store;
  /** The current instant; tests pass a fixed or stepping clock. */
  readonly clock: () => Date;
  readonly logger: Logger;
  /** The ledger's signing key, the drand relays and the margin: what makes draws trustworthy. */
  readonly trust: Trust;
}

/** Hono's environment for every route: the deps and the caller. */
export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    /** The authenticated caller; absent on public routes. */
    account?: Account;
  };
}
