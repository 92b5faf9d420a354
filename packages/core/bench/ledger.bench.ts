/**
 * What the ledger costs: signing entries as a bureau appends them, and verifying the whole
 * chain, as the service does on every start and a sceptic does with `fairdraw ledger verify`.
 *
 *   pnpm bench                       20,000 entries (a large bureau's many years)
 *   BENCH_LEDGER=100000 pnpm bench   more
 *
 * Prints figures only: speed targets are not tests, so nothing here fails on timing.
 */
import { generateKeyPairSync } from 'node:crypto';
import { appendEntry, ed25519PublicKeyHex, verifyLedger, type LedgerEntry } from '../src/index.ts';
import { measure } from './_measure.ts';
import { formatTable, tenth, whole } from './_table.ts';

const count = Number(process.env.BENCH_LEDGER ?? 20_000);
if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_LEDGER must be a positive integer, not ${process.env.BENCH_LEDGER}`);

const { privateKey } = generateKeyPairSync('ed25519');
const publicKey = ed25519PublicKeyHex(privateKey);
const digest = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

const appended = measure(() => {
  const entries: LedgerEntry[] = [];
  let head: LedgerEntry | null = null;
  for (let i = 0; i < count; i++) {
    // A result publication: the most frequent entry, with the service's payload members.
    head = appendEntry(head, { type: 'result', at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), payload: { recordDigest: digest(i), commitmentDigest: digest(i + 1), resultId: i + 1, targetId: '91440300MA5F000001', corrects: null, outcomeDigest: digest(i + 2) } }, privateKey);
    entries.push(head);
  }
  return entries;
});
const verified = measure(() => verifyLedger(appended.value, publicKey));
if (!verified.value.ok) throw new Error(`the bench's own ledger failed verification: ${verified.value.problem}`);

console.log(`ledger: ${whole(count)} signed entries (Ed25519, node:crypto)\n`);
console.log(
  formatTable(
    ['step', 'ms', 'µs / entry', 'entries / s'],
    [
      ['append (hash + sign)', whole(appended.ms), tenth((appended.ms * 1000) / count), whole((count / appended.ms) * 1000)],
      ['verify whole chain', whole(verified.ms), tenth((verified.ms * 1000) / count), whole((count / verified.ms) * 1000)],
    ],
    ['left', 'right', 'right', 'right'],
  ),
);
console.log('\nThe service verifies the whole chain on start; the public ledger export is verified the same way offline.\n');
