import { randomBytes } from 'node:crypto';
import type { BeaconRelay } from './beacon-relay.ts';
import type { LedgerKeeper } from './ledger-keeper.ts';

/** What the draw and result services need to commit, seed and record (trust-spec). */
export interface Trust {
  readonly ledger: LedgerKeeper;
  readonly relay: BeaconRelay;
  /** Seconds between a commitment and the earliest drand round it may name. */
  readonly drandMarginSeconds: number;
  /** 32 fresh bytes (64 hex digits) salting a commitment's 回避 digest (trust-spec §3.3). */
  newSalt(): string;
}

/** The service's salts: 32 bytes from the operating system's cryptographic random source. */
export function randomSalt(): string {
  return randomBytes(32).toString('hex');
}
