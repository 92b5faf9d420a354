/**
 * What a draw costs on a city-sized directory, step by step, beside naive baselines.
 *
 *   pnpm bench                         1,000,000 targets, 5,000 inspectors, 20,000 回避 pairs
 *   BENCH_TARGETS=100000 pnpm bench    a quick run
 *
 * Also BENCH_INSPECTORS, BENCH_CONFLICTS, BENCH_CAP (targets per inspector, 10), BENCH_RUNS
 * (repeat each step, show medians) and BENCH_WARMUP=0 to skip the warm-up pass.
 * Prints figures only: speed targets are not tests, so nothing here fails on timing.
 */
import { createHash } from 'node:crypto';
import { Conflict, DRAW_ALGORITHM, Inspector, Target, Task, assignTeams, canonicalJson, draw, replay, selectTargets, snapshotPools, verify } from '../src/index.ts';
import { NOTARY_FIELD, benchDepartments, generatePools, type GeneratedPools } from './generate-pools.ts';
import { naiveAssignTeams, naiveSelectTargets } from './_naive.ts';
import { measure, type Step } from './_measure.ts';
import { formatTable, ratio, tenth, whole } from './_table.ts';

interface Sizes {
  readonly targets: number;
  readonly inspectors: number;
  readonly conflicts: number;
}

const GENERATOR_SEED = 20_250_601;
const SEED = createHash('sha256').update('fairdraw bench', 'utf8').digest('hex');
/** The 回避 salt a fairdraw-draw/2 draw needs (the commitment's, in real use). */
const CONFLICTS_SALT = createHash('sha256').update('fairdraw bench salt', 'utf8').digest('hex');
const WARMUP_TARGETS = 50_000;

function envCount(name: string, fallback: number, minimum = 1): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new RangeError(`${name} must be a whole number of at least ${minimum}, not "${raw}"`);
  }
  return value;
}

/** A joint task: 1% of each risk stratum, one inspector from each of two departments. */
function benchTask(cap: number): Task {
  const [[lawyers], [notaries]] = benchDepartments;
  return Task.parse({
    number: '深司抽查〔2025〕1号',
    name: '2025年度法律服务机构联合抽查',
    items: ['SF-LS-01', 'SF-GZ-01', 'SF-JC-01'],
    referenceDate: '2025-06-01',
    eligibility: {
      kinds: ['law_firm', 'law_firm_branch', 'notary_office', 'basic_legal_service'],
      excludeInspectedWithinDays: 365,
      maxInspectionsPerYear: 1,
    },
    sample: { percent: 1 },
    stratifyByRisk: true,
    team: {
      groups: [
        { department: lawyers, size: 1, requiredFieldsByKind: { notary_office: [NOTARY_FIELD] } },
        { department: notaries, size: 1, requiredFieldsByKind: { notary_office: [NOTARY_FIELD] } },
      ],
      maxTargetsPerInspector: cap,
    },
  });
}

/** Parses a spread of generated records with the real schemas: the fixture must be what parsing gives. */
function checkFixture(pools: GeneratedPools): void {
  const check = <T,>(pool: string, records: readonly T[], parse: (record: T) => unknown) => {
    const step = Math.max(1, Math.floor(records.length / 1000));
    for (let i = 0; i < records.length; i += step) {
      if (canonicalJson(parse(records[i]!)) !== canonicalJson(records[i])) {
        throw new Error(`generated ${pool} record ${i} is not what parsing it gives: ${canonicalJson(records[i])}`);
      }
    }
  };
  check('targets', pools.targets, (record) => Target.parse(record));
  check('inspectors', pools.inspectors, (record) => Inspector.parse(record));
  check('conflicts', pools.conflicts, (record) => Conflict.parse(record));
}

function runPass(sizes: Sizes, cap: number, runs: number) {
  const generated = measure(() => generatePools({ ...sizes, seed: GENERATOR_SEED }));
  checkFixture(generated.value);
  const task = benchTask(cap);
  const common = { algorithm: DRAW_ALGORITHM, seed: SEED } as const;

  const snapshot = measure(() => snapshotPools(generated.value), runs);
  const pools = snapshot.value;
  const selection = measure(() => selectTargets({ ...common, task, targets: pools.targets }), runs);
  const drawnTargets = selection.value.strata.flatMap((stratum) => stratum.targets);
  const teams = measure(
    () => assignTeams({ ...common, targets: drawnTargets, inspectors: pools.inspectors, conflicts: pools.conflicts, team: task.team }),
    runs,
  );
  const record = measure(() => draw({ task, pools, seed: SEED, conflictsSalt: CONFLICTS_SALT }), runs);
  const replayed = measure(() => replay(record.value, pools, { conflictsSalt: CONFLICTS_SALT }), runs);
  const verification = measure(() => verify(record.value, pools, { conflictsSalt: CONFLICTS_SALT }), runs);

  const naiveSelection = measure(() => naiveSelectTargets({ ...common, task, targets: pools.targets }), runs);
  const naiveTeams = measure(
    () => naiveAssignTeams({ ...common, targets: naiveSelection.value, inspectors: pools.inspectors, conflicts: pools.conflicts, team: task.team }),
    runs,
  );
  const naiveDraw = measure(() => {
    const targets = naiveSelectTargets({ ...common, task, targets: pools.targets });
    return naiveAssignTeams({ ...common, targets, inspectors: pools.inspectors, conflicts: pools.conflicts, team: task.team });
  }, runs);

  return { generated, snapshot, selection, drawnTargets, teams, record, replayed, verification, naiveSelection, naiveTeams, naiveDraw, task };
}

function report(sizes: Sizes, pass: ReturnType<typeof runPass>, runs: number, warmedUp: boolean): string {
  const { snapshot, selection, record, verification, naiveSelection, naiveTeams, task } = pass;
  const hashMs = snapshot.ms;
  const row = (label: string, step: Step<unknown>, counted = true) => [
    label,
    tenth(step.ms),
    counted ? ratio(step.ms / hashMs) : '-',
    tenth(step.cpuMs),
    tenth(step.heapMb),
    tenth(step.maxRssMb),
  ];
  const table = formatTable(
    ['step', 'ms', 'x hash', 'cpu ms', 'heap used MB', 'max RSS MB'],
    [
      row('generate pools (not counted)', pass.generated, false),
      row('snapshotPools: sort, check, hash', snapshot),
      row('selectTargets: O(k) sample', selection),
      row('  naive: full Fisher-Yates shuffle', naiveSelection),
      row('assignTeams: complete', pass.teams),
      row('  naive: greedy, no completeness', naiveTeams),
      row('draw: select + assign + record', record),
      row('  naive: shuffle + greedy', pass.naiveDraw),
      row('replay', pass.replayed),
      row('verify: digests + replay + compare', verification),
    ],
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );

  const { eligibility, strata } = record.value;
  const drawn = pass.drawnTargets.length;
  const places = drawn * task.team.groups.reduce((sum, group) => sum + group.size, 0);
  const sameTargets =
    naiveSelection.value.length === drawn && naiveSelection.value.every((target, index) => target.id === pass.drawnTargets[index]!.id);
  const after = [
    ['draw', record.ms],
    ['replay', pass.replayed.ms],
    ['verify', verification.ms],
  ] as const;
  const over = after.filter(([, ms]) => ms >= hashMs).map(([name]) => name);
  const verdict = over.length === 0 ? 'holds' : `does not hold (${over.join(', ')} cost more than hashing)`;

  return [
    `fairdraw draw bench: Node ${process.version}, ${process.platform} ${process.arch}`,
    `pools: ${whole(sizes.targets)} targets, ${whole(sizes.inspectors)} inspectors in ${benchDepartments.length} departments, ` +
      `${whole(sizes.conflicts)} 回避 pairs (generated from seed ${GENERATOR_SEED})`,
    `task: ${'percent' in task.sample ? `${task.sample.percent}%` : task.sample.count} of each risk stratum; ` +
      `teams of ${task.team.groups.map((group) => `${group.size} from ${group.department}`).join(' + ')}; ` +
      `at most ${task.team.maxTargetsPerInspector} targets per inspector`,
    `eligible: ${whole(eligibility.eligible)} of ${whole(eligibility.pool)} (excluded: ` +
      `${Object.entries(eligibility.excluded).map(([reason, count]) => `${reason} ${whole(count)}`).join(', ')})`,
    `drawn: ${whole(drawn)} targets (${strata.map((stratum) => `${stratum.stratum} ${whole(stratum.size)}`).join(', ')}), ${whole(places)} team places`,
    '',
    table,
    '',
    `ms: wall clock (performance.now). x hash: ms / snapshotPools' ms. cpu ms: this process's CPU time,`,
    `GC threads included (far below ms means other processes had the CPU). heap used: right after the step.`,
    `max RSS: the process's high-water mark so far. ` +
      (runs === 1 ? 'Each step ran once' : `Each step ran ${runs} times (medians)`) +
      ', after a full garbage collection,',
    warmedUp ? `and after a warm-up pass at ${whole(Math.min(WARMUP_TARGETS, sizes.targets))} targets.` : 'with no warm-up pass.',
    '',
    `naive full shuffle picks the same ${whole(drawn)} targets as selectTargets: ${sameTargets ? 'yes' : 'NO'}`,
    `naive greedy left ${whole(naiveTeams.value.unfilledSlots)} of ${whole(places)} team places empty, on ${whole(naiveTeams.value.incompleteTeams)} targets; assignTeams leaves none`,
    `verify: ${verification.value.ok ? `ok, ${verification.value.recordDigest}` : `FAILED: ${verification.value.problem}`}`,
    '',
    `goal "everything after hashing costs less than the hashing itself": ` +
      `${after.map(([name, ms]) => `${name} ${ratio(ms / hashMs)}`).join(', ')} x hash -> ${verdict}`,
  ].join('\n');
}

function main(): void {
  const targets = envCount('BENCH_TARGETS', 1_000_000);
  const sizes: Sizes = {
    targets,
    inspectors: envCount('BENCH_INSPECTORS', 5_000),
    conflicts: envCount('BENCH_CONFLICTS', 20_000, 0),
  };
  const cap = envCount('BENCH_CAP', 10);
  const runs = envCount('BENCH_RUNS', 1);
  const warmUp = envCount('BENCH_WARMUP', 1, 0) > 0;
  if (warmUp) {
    const small = Math.min(WARMUP_TARGETS, targets);
    runPass({ targets: small, inspectors: sizes.inspectors, conflicts: Math.round((sizes.conflicts * small) / targets) }, cap, 1);
  }
  console.log(report(sizes, runPass(sizes, cap, runs), runs, warmUp));
}

main();
