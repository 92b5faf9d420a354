// The ledger entries of a draw: intact, signed, and naming this commitment and record. Never re-exported.
import { canonicalJson } from '../snapshot/canonical-json.ts';
import { recordDigest } from '../record/draw-record.ts';
import { short } from './_bytes.ts';
import { beijing, check, utc, type Check, type Note } from './_check.ts';
import type { Bundle } from './bundle.ts';
import { commitmentDigest } from './commitment.ts';
import { LedgerEntry } from './ledger-entry.ts';
import { verifyLedger, type LedgerVerification } from './verify-ledger.ts';
import { isFairdrawError } from '../errors.ts';

export function ledgerChecks(bundle: Bundle, trustedKey: string | undefined): { checks: Check[]; notes: Note[] } {
  const { publicKey } = bundle.ledger;
  const checks: Check[] = [];
  const notes: Note[] = [];
  if (trustedKey === undefined) {
    notes.push({
      en: `Compare the ledger key in this bundle (${publicKey}) with the key the bureau publishes: the bundle alone cannot show whose key it is.`,
      zh: `请将文件包中的台账公钥（${publicKey}）与主管机关公布的公钥比对：仅凭文件包无法证明该公钥属于谁。`,
    });
  } else {
    checks.push(
      trustedKey === publicKey
        ? check('ledger.key', true, `The ledger is signed with the bureau's published key (${short(publicKey)}).`, `台账使用主管机关公布的公钥签名（${short(publicKey)}）。`)
        : check('ledger.key', false, `The bundle's ledger key (${short(publicKey)}) is not the bureau's published key (${short(trustedKey)}).`, `文件包中的台账公钥（${short(publicKey)}）不是主管机关公布的公钥（${short(trustedKey)}）。`),
    );
  }
  let chain: LedgerVerification;
  try {
    chain = verifyLedger(bundle.ledger.entries, publicKey, { excerpt: true });
  } catch (error) {
    if (!isFairdrawError(error)) throw error;
    chain = { ok: false, position: 0, failure: 'bad-signature', problem: error.message };
  }
  checks.push(
    chain.ok
      ? check(
          'ledger.signatures',
          true,
          `The ${chain.count} ledger entries in the bundle are intact, in order, and signed with the key ${short(publicKey)}.`,
          `文件包中的 ${chain.count} 条台账记录未被改动、顺序正确，均经公钥 ${short(publicKey)} 签名。`,
        )
      : check('ledger.signatures', false, `The ledger entries do not hold: ${chain.problem}.`, `台账记录核验未通过（位置 ${chain.position}）：${chain.problem}。`),
  );
  const entries = bundle.ledger.entries.flatMap((raw) => LedgerEntry.safeParse(raw).data ?? []);
  const digest = commitmentDigest(bundle.commitment);
  const payloadOf = (entry: LedgerEntry) => entry.payload as Record<string, unknown>;
  const committed = entries.find((entry) => entry.type === 'commitment' && payloadOf(entry).commitmentDigest === digest);
  if (committed === undefined) {
    checks.push(check('ledger.commitment', false, `The ledger entries hold no commitment entry for ${short(digest)}.`, `台账记录中没有摘要为 ${short(digest)} 的承诺记录。`));
  } else if (canonicalJson(payloadOf(committed).commitment ?? null) !== canonicalJson(bundle.commitment)) {
    checks.push(check('ledger.commitment', false, `Ledger entry #${committed.index} names this commitment's digest but holds another commitment document.`, `台账第 ${committed.index} 条记录的承诺摘要与本承诺相同，但所载承诺文件不同。`));
  } else {
    checks.push(check('ledger.commitment', true, `The commitment is recorded in the ledger as entry #${committed.index}, at ${utc(committed.at)}.`, `该承诺已记入台账第 ${committed.index} 条（${beijing(committed.at)}）。`));
  }
  checks.push(drawEntryCheck(bundle, entries, digest, committed));
  const replaced = bundle.commitment.replaces;
  if (replaced !== null) {
    const old = entries.find((entry) => entry.type === 'commitment' && payloadOf(entry).commitmentDigest === replaced.commitment);
    checks.push(
      old !== undefined && (committed === undefined || old.index < committed.index)
        ? check('ledger.replaced', true, `This draw replaces commitment ${short(replaced.commitment)} (ledger entry #${old.index}), because: ${replaced.reason}.`, `本次抽取取代台账第 ${old.index} 条记录的承诺 ${short(replaced.commitment)}，原因：${replaced.reason}。`)
        : check('ledger.replaced', false, `This draw replaces commitment ${short(replaced.commitment)}, but no earlier ledger entry in the bundle records that commitment.`, `本次抽取声称取代承诺 ${short(replaced.commitment)}，但文件包的台账记录中没有更早的该承诺记录。`),
    );
  }
  for (const entry of entries.filter((e) => e.type === 'cancellation' && payloadOf(e).commitmentDigest === digest)) {
    notes.push({ en: `Ledger entry #${entry.index} cancels this commitment: ${String(payloadOf(entry).reason)}.`, zh: `台账第 ${entry.index} 条记录撤销了本承诺：${String(payloadOf(entry).reason)}。` });
  }
  return { checks, notes };
}

function drawEntryCheck(bundle: Bundle, entries: readonly LedgerEntry[], digest: string, committed: LedgerEntry | undefined): Check {
  const draws = entries.filter((entry) => entry.type === 'draw' && (entry.payload as Record<string, unknown>).commitmentDigest === digest);
  if (draws.length === 0) return check('ledger.draw', false, `The ledger entries hold no draw under commitment ${short(digest)}.`, `台账记录中没有依据承诺 ${short(digest)} 进行的抽取记录。`);
  if (draws.length > 1) {
    const list = draws.map((entry) => `#${entry.index}`).join(', ');
    return check('ledger.draw', false, `The commitment was drawn more than once (ledger entries ${list}); a commitment may be drawn once.`, `同一承诺被抽取了不止一次（台账 ${list}）；每个承诺只能抽取一次。`);
  }
  const entry = draws[0]!;
  const payload = entry.payload as Record<string, unknown>;
  const record = recordDigest(bundle.record);
  if (committed !== undefined && entry.index < committed.index) {
    return check('ledger.draw', false, `The draw (ledger entry #${entry.index}) is recorded before its commitment (entry #${committed.index}).`, `抽取记录（台账第 ${entry.index} 条）早于其承诺记录（第 ${committed.index} 条）。`);
  }
  if (payload.recordDigest !== record) {
    return check('ledger.draw', false, `Ledger entry #${entry.index} records the draw record ${short(String(payload.recordDigest))}, not this one (${short(record)}).`, `台账第 ${entry.index} 条记录的抽取记录摘要为 ${short(String(payload.recordDigest))}，不是本记录（${short(record)}）。`);
  }
  if (payload.seed !== bundle.seed) {
    return check('ledger.draw', false, `Ledger entry #${entry.index} records the seed ${short(String(payload.seed))}, not ${short(bundle.seed)}.`, `台账第 ${entry.index} 条记录的种子为 ${short(String(payload.seed))}，不是 ${short(bundle.seed)}。`);
  }
  return check(
    'ledger.draw',
    true,
    `The draw is recorded in the ledger as entry #${entry.index}, after its commitment, with this record's digest ${short(record)} and this seed.`,
    `本次抽取已记入台账第 ${entry.index} 条，位于其承诺之后，所载记录摘要（${short(record)}）与种子均一致。`,
  );
}
