import { generateKeyPairSync } from 'node:crypto';
import { httpBeaconRelay, type BeaconRelay } from './beacon-relay.ts';
import { ledgerKeeper } from './ledger-keeper.ts';
import type { Trust } from './trust.ts';

/**
 * A Trust whose signing key lives only as long as the process, and with no drand relay unless
 * one is given: for tests and benchmarks, never for a bureau's service (server.ts keeps the key
 * in the data directory).
 */
export function ephemeralTrust(options: { relay?: BeaconRelay; drandMarginSeconds?: number } = {}): Trust {
  return {
    ledger: ledgerKeeper(generateKeyPairSync('ed25519').privateKey),
    relay: options.relay ?? httpBeaconRelay([]),
    drandMarginSeconds: options.drandMarginSeconds ?? 60,
  };
}
