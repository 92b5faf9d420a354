import { CREDIT_CODE_ALPHABET, compareCodePoints, creditCodeCheckChar, riskClasses } from '../src/index.ts';
import type { Conflict, Inspector, RiskClass, Target, TargetStatus } from '../src/index.ts';
import { SeededPrng } from './_seeded-prng.ts';

export interface GeneratePoolsOptions {
  readonly targets: number;
  readonly inspectors: number;
  readonly conflicts: number;
  /** Same seed, same pools, on every machine. */
  readonly seed: number;
}

export interface GeneratedPools {
  readonly targets: Target[];
  readonly inspectors: Inspector[];
  readonly conflicts: Conflict[];
}

/** Departments of a municipal justice bureau and their share of the inspectors, in percent. */
export const benchDepartments = [
  ['律师工作管理处', 28],
  ['公证工作管理处', 20],
  ['基层工作指导处', 18],
  ['司法鉴定管理处', 14],
  ['法治督察处', 10],
  ['行政执法监督处', 10],
] as const;

/** The field a notary office's inspectors must hold in the bench task. */
export const NOTARY_FIELD = '公证管理';

// Second character of a credit code for bodies registered by judicial administration (first "3").
const kinds = [
  ['law_firm', '1', 45],
  ['law_firm_branch', '1', 10],
  ['notary_office', '2', 10],
  ['basic_legal_service', '3', 20],
  ['judicial_appraisal', '4', 15],
] as const;
const kindSuffix: Record<string, string> = {
  law_firm: '律师事务所',
  law_firm_branch: '律师事务所分所',
  notary_office: '公证处',
  basic_legal_service: '法律服务所',
  judicial_appraisal: '司法鉴定所',
};
/** Shenzhen's benchDistricts and their administrative codes (credit-code digits 3–8); shared with the server bench. */
export const benchDistricts = [
  ['罗湖区', '440303'],
  ['福田区', '440304'],
  ['南山区', '440305'],
  ['宝安区', '440306'],
  ['龙岗区', '440307'],
  ['盐田区', '440308'],
  ['龙华区', '440309'],
  ['坪山区', '440310'],
  ['光明区', '440311'],
] as const;
const tradeWords = ['金', '信', '诚', '德', '正', '华', '海', '鹏', '明', '远', '君', '安', '和', '恒', '达', '泰', '中', '天', '致', '立'];
const surnames = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '郑'];
const givenChars = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀', '霞', '平'];
const risks: readonly (readonly [RiskClass | null, number])[] = [
  [riskClasses[0], 20],
  [riskClasses[1], 50],
  [riskClasses[2], 20],
  [riskClasses[3], 5],
  [null, 5],
];
const statuses: readonly (readonly [TargetStatus, number])[] = [
  ['active', 90],
  ['suspended', 3],
  ['closed', 3],
  ['deregistered', 3],
  ['revoked', 1],
];

// The 9-character body of a code is index × BODY_STEP (+ an offset) modulo 31^9, written
// in the credit-code alphabet: a bijection for indices below 31^9, so ids never repeat,
// and their order has nothing to do with the order of generation.
const BODY_SPACE = 31 ** 9;
const BODY_STEP = 433_494_437; // prime, so coprime with 31^9; index × step stays below 2^53
const MAX_TARGETS = Math.floor((Number.MAX_SAFE_INTEGER - BODY_SPACE) / BODY_STEP);

const FIRST_DAY = Date.UTC(2022, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 4, 31) / 86_400_000;

/**
 * Generates a target directory, an inspector pool and a 回避 list as parsed records (the
 * output types of the zod schemas), deterministically from `seed`, in no canonical order.
 * Throws RangeError for sizes it cannot serve.
 */
export function generatePools(options: GeneratePoolsOptions): GeneratedPools {
  if (options.targets > MAX_TARGETS) throw new RangeError(`at most ${MAX_TARGETS} targets can have distinct generated ids`);
  if (options.conflicts > (options.targets * options.inspectors) / 2) {
    throw new RangeError(`${options.conflicts} 回避 pairs is too many for ${options.targets} targets and ${options.inspectors} inspectors`);
  }
  const prng = new SeededPrng(options.seed);
  const targets = generateTargets(prng, options.targets);
  const inspectors = generateInspectors(prng, options.inspectors);
  const conflicts = generateConflicts(prng, options.conflicts, targets, inspectors);
  return { targets, inspectors, conflicts };
}

function generateTargets(prng: SeededPrng, count: number): Target[] {
  const offset = prng.below(BODY_SPACE);
  const kindChoices = kinds.map(([kind, , weight]) => [kind, weight] as const);
  const classDigit = new Map<string, string>(kinds.map(([kind, digit]) => [kind, digit]));
  const targets: Target[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const kind = prng.weighted(kindChoices);
    const [district, regionCode] = prng.pick(benchDistricts);
    const first17 = flat(['3', classDigit.get(kind)!, regionCode, codeBody((index * BODY_STEP + offset) % BODY_SPACE)]);
    targets[index] = {
      id: flat([first17, creditCodeCheckChar(first17)]),
      name: flat([district, prng.pick(tradeWords), prng.pick(tradeWords), kindSuffix[kind]!]),
      kind,
      region: district,
      risk: prng.weighted(risks),
      status: prng.weighted(statuses),
      lastInspected: prng.chance(0.35) ? inspectionDates(prng) : [],
      attributes: {},
    };
  }
  return targets;
}

// Concatenation gives V8 rope strings, which parsing never does (zod's trim and
// toUpperCase return flat ones) and which slow every later comparison and hash: join
// builds flat strings, as parsed records have.
const flat = (parts: readonly string[]) => parts.join('');

function codeBody(value: number): string {
  const digits: string[] = new Array(9);
  for (let i = 8; i >= 0; i--) {
    digits[i] = CREDIT_CODE_ALPHABET.charAt(value % 31);
    value = Math.floor(value / 31);
  }
  return flat(digits);
}

/** One to three distinct dates, sorted, as Target's stringSet gives them. */
function inspectionDates(prng: SeededPrng): string[] {
  const dates = new Set<string>();
  const wanted = 1 + prng.below(3);
  while (dates.size < wanted) {
    const day = FIRST_DAY + prng.below(LAST_DAY - FIRST_DAY + 1);
    dates.add(new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  return [...dates].sort(compareCodePoints);
}

function generateInspectors(prng: SeededPrng, count: number): Inspector[] {
  const inspectors: Inspector[] = [];
  benchDepartments.forEach(([department, share], departmentIndex) => {
    const inDepartment =
      departmentIndex === 0
        ? count - benchDepartments.slice(1).reduce((sum, [, other]) => sum + Math.floor((count * other) / 100), 0)
        : Math.floor((count * share) / 100);
    for (let i = 0; i < inDepartment; i++) {
      const n = inspectors.length + 1;
      const notary = departmentIndex === 1 || prng.chance(0.3);
      inspectors.push({
        id: `SFJ${String(n).padStart(6, '0')}`,
        name: flat([prng.pick(surnames), prng.pick(givenChars), prng.chance(0.5) ? prng.pick(givenChars) : '']),
        department,
        certificate: `4403${String(20_000_000 + n * 7)}`,
        fields: (notary ? ['法律服务监管', NOTARY_FIELD] : ['法律服务监管']).sort(compareCodePoints),
        active: prng.chance(0.96),
        attributes: {},
      });
    }
  });
  // Rows arrive in spreadsheet order, not id order: the snapshot must sort them.
  return prng.shuffle(inspectors);
}

function generateConflicts(prng: SeededPrng, count: number, targets: readonly Target[], inspectors: readonly Inspector[]): Conflict[] {
  const seen = new Set<number>();
  const conflicts: Conflict[] = [];
  while (conflicts.length < count) {
    const inspectorIndex = prng.below(inspectors.length);
    const targetIndex = prng.below(targets.length);
    const key = inspectorIndex * targets.length + targetIndex;
    if (seen.has(key)) continue;
    seen.add(key);
    conflicts.push({
      inspectorId: inspectors[inspectorIndex]!.id,
      targetId: targets[targetIndex]!.id,
      reason: prng.chance(0.2) ? '近亲属在该所执业' : null,
      attributes: {},
    });
  }
  return conflicts;
}
