// Checks of the seed: fixed in advance, due after the commitment, authentic, derived. Never re-exported.
import { isFairdrawError } from '../errors.ts';
import { short } from './_bytes.ts';
import { beijing, check, utc, type Check } from './_check.ts';
import type { Bundle } from './bundle.ts';
import { commitmentDigest } from './commitment.ts';
import { deriveSeed } from './derive-seed.ts';
import { verifyBeacon, type BeaconFailure } from './drand-beacon.ts';
import { findDrandChain } from './drand-chain.ts';
import { checkDrandRoundTiming } from './drand-round.ts';
import { witnessSeedValue } from './witness-ceremony.ts';

const beaconFailureZh: Record<BeaconFailure, string> = {
  'wrong-chain': '不是承诺中指定的 drand 链',
  'wrong-round': '轮次与承诺中指定的不符',
  'malformed-signature': '签名不是有效的曲线点',
  'bad-signature': '签名无效，不是该链对该轮次的签名',
  'randomness-mismatch': '随机数不是签名的 SHA-256 值',
};

/** The seed checks, and the source value when the evidence holds (for the derivation). */
export function seedChecks(bundle: Bundle, marginSeconds: number): Check[] {
  const { commitment, evidence } = bundle;
  const source = commitment.seedSource;
  const checks: Check[] = [];
  let sourceValue: string | undefined;
  if (source.type !== evidence.type) {
    checks.push(
      check(
        'seed.source-committed',
        false,
        `The commitment fixed a ${source.type} seed source, but the seed evidence is of type ${evidence.type}.`,
        `承诺中确定的种子来源为 ${source.type}，但所附种子证据的类型为 ${evidence.type}。`,
      ),
    );
  } else if (source.type === 'drand' && evidence.type === 'drand') {
    const chain = findDrandChain(source.chain);
    const round = evidence.beacon.round;
    if (chain === undefined) {
      checks.push(check('seed.source-committed', false, `The commitment names drand chain ${source.chain}, which this verifier does not know.`, `承诺指定的 drand 链 ${source.chain} 不为本验证程序所知。`));
    } else if (round !== source.round) {
      checks.push(check('seed.source-committed', false, `The commitment named drand round #${source.round}, but the beacon supplied is of round #${round}.`, `承诺指定 drand 第 ${source.round} 轮，但所附信标为第 ${round} 轮。`));
    } else {
      checks.push(check('seed.source-committed', true, `The seed comes from drand round #${round} of the ${chain.beaconId} chain, which the commitment named in advance.`, `随机种子来自 drand ${chain.beaconId} 链第 ${round} 轮，该轮次已在承诺中事先确定。`));
    }
    if (chain !== undefined) {
      const timing = checkDrandRoundTiming({ at: commitment.at, round: source.round, marginSeconds, chain });
      checks.push(
        timing.ok
          ? check(
              'seed.round-after-commitment',
              true,
              `The seed round (#${source.round}) was due at ${utc(timing.roundTime)}, at least ${marginSeconds} s after the commitment (${utc(commitment.at)}), so no one could know the seed when the inputs were fixed.`,
              `种子轮次（第 ${source.round} 轮）产生于${beijing(timing.roundTime)}，比承诺时间（${beijing(commitment.at)}）晚 ${marginSeconds} 秒以上，确定抽取依据时无人能预知种子。`,
            )
          : check(
              'seed.round-after-commitment',
              false,
              `The seed round (#${source.round}) was due at ${utc(timing.roundTime)}, less than ${marginSeconds} s after the commitment (${utc(commitment.at)}); round #${timing.earliestRound} or later was required.`,
              `种子轮次（第 ${source.round} 轮）产生于${beijing(timing.roundTime)}，距承诺时间（${beijing(commitment.at)}）不足 ${marginSeconds} 秒；应使用第 ${timing.earliestRound} 轮或更晚的轮次。`,
            ),
      );
      const beacon = verifyBeacon(evidence.beacon, chain, { round: source.round, chainHash: source.chain });
      if (beacon.ok) sourceValue = beacon.randomness;
      checks.push(
        beacon.ok
          ? check(
              'seed.beacon',
              true,
              `The drand beacon of round #${round} carries a valid signature of the ${chain.beaconId} chain's public key, and its randomness is derived from that signature.`,
              `drand 第 ${round} 轮信标的签名经 ${chain.beaconId} 链公钥验证有效，其随机数由该签名导出。`,
            )
          : check('seed.beacon', false, `The drand beacon fails verification: ${beacon.problem}.`, `drand 信标验证未通过：${beaconFailureZh[beacon.failure]}。`),
      );
    }
  } else if (source.type === 'witnesses' && evidence.type === 'witnesses') {
    checks.push(check('seed.source-committed', true, `The seed comes from the ${source.commitments.length} witnesses the commitment named in advance.`, `随机种子来自承诺中事先列明的 ${source.commitments.length} 位见证人。`));
    try {
      sourceValue = witnessSeedValue(source.commitments, evidence.reveals);
      checks.push(
        check(
          'seed.witnesses',
          true,
          `Every witness's revealed secret matches the hash they handed in before the commitment (${source.commitments.length} witnesses).`,
          `每位见证人公开的秘密均与其在承诺前提交的哈希值相符（共 ${source.commitments.length} 人）。`,
        ),
      );
    } catch (error) {
      if (!isFairdrawError(error)) throw error;
      const names = error.issues.map((issue) => String(issue.path[1])).join('、');
      checks.push(check('seed.witnesses', false, `The witnesses' reveals do not hold: ${error.message}.`, `见证人公开的秘密未通过核对（${names}）：未公开、与事先提交的哈希值不符，或不在见证人名单中。`));
    }
  } else if (evidence.type === 'operator') {
    sourceValue = evidence.value;
    checks.push(check('seed.source-committed', true, 'The commitment said in advance that the operator would supply the seed.', '承诺中事先载明由操作人员提供随机种子。'));
  }
  checks.push(derivationCheck(bundle, sourceValue));
  return checks;
}

function derivationCheck(bundle: Bundle, sourceValue: string | undefined): Check {
  const { seed, record } = bundle;
  if (sourceValue === undefined) {
    return check('seed.derivation', false, 'The seed cannot be derived, because the value of the seed source could not be established.', '种子来源的取值无法确认，因而无法导出随机种子。');
  }
  const derived = deriveSeed(commitmentDigest(bundle.commitment), sourceValue);
  if (derived !== seed) {
    return check('seed.derivation', false, `The seed in the bundle (${short(seed)}) is not the seed derived from the commitment and the seed source (${short(derived)}).`, `文件包中的种子（${short(seed)}）不是由承诺和种子来源导出的种子（${short(derived)}）。`);
  }
  if (record.seed !== derived) {
    return check('seed.derivation', false, `The draw record used seed ${short(record.seed)}, not the derived seed ${short(derived)}.`, `抽取记录所用种子为 ${short(record.seed)}，而非导出的种子 ${short(derived)}。`);
  }
  return check(
    'seed.derivation',
    true,
    `The seed ${short(seed)} is derived from the commitment and the seed source as the rules prescribe, and it is the seed the draw used.`,
    `随机种子 ${short(seed)} 由承诺与种子来源按规则导出，且与抽取所用种子一致。`,
  );
}
