import type { BeaconRelay } from './beacon-relay.ts';
import type { LedgerKeeper } from './ledger-keeper.ts';

/** What the draw and result services need to commit, seed and record (trust-spec). */
export interface Trust {
  readonly ledger: LedgerKeeper;
  readonly relay: BeaconRelay;
  /** Seconds between a commitment and the earliest drand round it may name. */
  readonly drandMarginSeconds: number;
}
