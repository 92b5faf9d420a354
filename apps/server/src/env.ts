import type { Store, Account } from '@fairdraw/store';
import type { Logger } from './logger.ts';

/** What the app is built from: storage, time and logging come in, so tests control them. */
export interface AppDeps {
  readonly store: Store;
  /** The current instant; tests pass a fixed or stepping clock. */
  readonly clock: () => Date;
  readonly logger: Logger;
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
