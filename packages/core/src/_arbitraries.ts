// Shared fast-check arbitraries and builders for the core's tests. Never re-exported.
import { fc } from '@fast-check/vitest';
import { creditCodeCheckChar } from './model/credit-code.ts';
import { Target, type TargetInput } from './model/target.ts';
import { Inspector, type InspectorInput } from './model/inspector.ts';
import { Conflict } from './model/conflict.ts';
import { Task, type TaskInput } from './model/task.ts';

/** A valid credit code for law firms registered in 坪山 (3144031…), numbered n. */
export function creditCode(n: number): string {
  const first = `314403100${String(n).padStart(8, '0')}`;
  return first + creditCodeCheckChar(first);
}

export const target = (n: number, fields: Partial<TargetInput> = {}): Target =>
  Target.parse({ id: creditCode(n), name: `第${n}律师事务所`, kind: 'law_firm', ...fields });

export const inspector = (n: number, fields: Partial<InspectorInput> = {}): Inspector =>
  Inspector.parse({ id: `I${String(n).padStart(3, '0')}`, name: `检查员${n}`, department: '律师工作科', certificate: `4403${n}`, ...fields });

export const conflict = (inspectorN: number, targetN: number): Conflict =>
  Conflict.parse({ inspectorId: inspector(inspectorN).id, targetId: creditCode(targetN), reason: '近亲属在该所执业' });

export const task = (fields: Partial<TaskInput> = {}): Task =>
  Task.parse({
    number: '坪司抽查〔2021〕1号',
    name: '律师事务所执业活动检查',
    items: ['LS-01'],
    referenceDate: '2021-06-01',
    eligibility: { kinds: ['law_firm'] },
    sample: { count: 2 },
    team: { groups: [{ size: 2 }] },
    ...fields,
  });

export const seedArb = fc.stringMatching(/^[0-9a-f]{64}$/);

/** A fixed salt for fairdraw-draw/2 draws in tests (the commitment's salt in real use). */
export const CONFLICTS_SALT = '5a'.repeat(32);
/** Any salt a fairdraw-draw/2 draw may take: 32 bytes as 64 lower-case hex digits. */
export const saltArb = fc.stringMatching(/^[0-9a-f]{64}$/);

export const departments = ['律师工作科', '公证工作科'] as const;

/**
 * A small draw problem: targets, inspectors in two departments with random fields and
 * activity, random 回避 pairs, and a task that may be joint, capped and field-restricted.
 * Small enough that every team assignment can be enumerated.
 */
export const smallProblemArb = fc
  .record({
    targetCount: fc.integer({ min: 1, max: 4 }),
    inspectorCount: fc.integer({ min: 2, max: 7 }),
    joint: fc.boolean(),
    cap: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
    needField: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
    sampleCount: fc.integer({ min: 1, max: 4 }),
    teamSize: fc.integer({ min: 2, max: 3 }),
    seed: seedArb,
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      inspectorTraits: fc.array(
        fc.record({ department: fc.constantFrom(...departments), active: fc.integer({ min: 0, max: 4 }).map((n) => n > 0), field: fc.integer({ min: 0, max: 3 }).map((n) => n > 0) }),
        { minLength: shape.inspectorCount, maxLength: shape.inspectorCount },
      ),
      conflictPairs: fc.uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: shape.inspectorCount - 1 }), fc.integer({ min: 0, max: shape.targetCount - 1 })),
        { maxLength: shape.targetCount + 1, selector: ([i, t]) => `${i}:${t}` },
      ),
    }),
  )
  .map(({ shape, inspectorTraits, conflictPairs }) => ({
    seed: shape.seed,
    targets: Array.from({ length: shape.targetCount }, (_, n) => target(n)),
    inspectors: inspectorTraits.map((traits, n) =>
      inspector(n, { department: traits.department, active: traits.active, fields: traits.field ? ['律师管理'] : [] }),
    ),
    conflicts: conflictPairs.map(([i, t]) => conflict(i, t)),
    task: task({
      sample: { count: shape.sampleCount },
      team: {
        groups: shape.joint
          ? departments.map((department, index) => ({ department, size: 1, requiredFields: shape.needField && index === 0 ? ['律师管理'] : [] }))
          : [{ size: shape.teamSize, requiredFields: shape.needField ? ['律师管理'] : [] }],
        maxTargetsPerInspector: shape.cap,
      },
    }),
  }));
