import { createHash, generateKeyPairSync } from 'node:crypto';
import { httpBeaconRelay, type BeaconRelay } from './beacon-relay.ts';
import { ledgerKeeper } from './ledger-keeper.ts';
import { memoryHead } from './ledger-head.ts';
import type { Trust } from './trust.ts';

/**
 * A Trust whose signing key lives only as long as the process, with no drand relay unless one
 * is given, and with salts that repeat from run to run (so that a test's draws do too): for
 * tests and benchmarks, never for a bureau's service (server.ts keeps the key in the data
 * directory and draws salts from the operating system).
 */
export function ephemeralTrust(options: { relay?: BeaconRelay; drandMarginSeconds?: number } = {}): Trust {
  let salts = 0;
  return {
    ledger: ledgerKeeper(generateKeyPairSync('ed25519').privateKey, memoryHead()),
    relay: options.relay ?? httpBeaconRelay([]),
    drandMarginSeconds: options.drandMarginSeconds ?? 60,
    newSalt: () => createHash('sha256').update(`fairdraw test salt ${(salts += 1)}`).digest('hex'),
  };
}
