import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { InspectionItem, Outcome, PlannedTask, Task, parseWith, witnessHash, type OutcomeInput, type PlannedTaskInput } from '@fairdraw/core';
import { demoFiles } from '@fairdraw/demo';
import type { Store } from '@fairdraw/store';
import { importDirectory } from '../services/directories.ts';
import { performDraw, prepareDraw } from '../services/draws.ts';
import { createSchedule, moveInspection } from '../services/schedules.ts';
import { moveResult } from '../services/results.ts';
import type { Trust } from '../trust/trust.ts';

const ACTOR = 'demo-data';

/**
 * The demo's draws are seeded by a witness ceremony (trust-spec §4.2): two witnesses hand in the
 * hash of a secret when the draw is prepared and reveal it at the draw. The secrets are fixed, so
 * that every machine shows the same demo; a real ceremony's are chosen by the witnesses.
 */
const witnesses = ['坪山区人大代表 陈明', '坪山区律师协会 林芳'];
const demoSecret = (label: string, witness: string) => createHash('sha256').update(`fairdraw demo ${label} ${witness}`).digest('hex');
const ceremony = (label: string) => ({
  seedSource: { type: 'witnesses' as const, commitments: witnesses.map((witness) => ({ witness, hash: witnessHash(demoSecret(label, witness)) })) },
  reveals: { reveals: witnesses.map((witness) => ({ witness, secret: demoSecret(label, witness) })) },
});

/**
 * Fills an empty store with the demo bureau: its directories and item list, the 2021
 * annual plan with three tasks, one draw with published results, one drawn and
 * awaiting results, one prepared. Everything goes through the service's own operations.
 */
export async function seedDemo(store: Store, trust: Trust): Promise<void> {
  // The demo is a 2021 bureau, so its records carry 2021 times (China Standard Time, +08:00),
  // in the order a bureau would have made them; the actor says they are demo data.
  const on = (time: string) => ({ actor: ACTOR, at: new Date(`${time}+08:00`).toISOString() });
  let minute = 0;
  const change = (day = '2021-03-10') => on(`${day}T09:${String(minute++ % 60).padStart(2, '0')}:00`);
  for (const pool of ['targets', 'inspectors', 'conflicts'] as const) {
    const bytes = await readFile(demoFiles[pool]);
    await importDirectory(store, { pool, bytes, filename: `${pool}.csv`, goodRowsOnly: false, reason: `demo ${pool} directory` }, change('2021-03-01'));
  }
  const items = parseWith(InspectionItem.array(), JSON.parse(await readFile(demoFiles.items, 'utf8')), { source: 'items.json' });
  for (const item of items) await store.items.put(item, change('2021-03-01'));

  const plan = await store.plans.create(
    {
      year: 2021,
      title: '深圳市坪山区司法局2021年度“双随机、一公开”抽查工作计划',
      bureau: '深圳市坪山区司法局',
      description: '对辖区律师事务所、公证机构开展“双随机、一公开”抽查，其中律师事务所部门联合抽查与区市场监督管理局共同实施。',
    },
    change('2021-03-10'),
  );
  const joint = parseWith(Task, JSON.parse(await readFile(demoFiles.task, 'utf8')), { source: 'task.json' });
  const planned: PlannedTaskInput[] = [
    {
      task: {
        number: '坪司抽查〔2021〕1号',
        name: '律师事务所执业活动监督检查',
        items: ['SF-LS-01'],
        referenceDate: '2021-05-01',
        eligibility: { kinds: ['law_firm', 'law_firm_branch'] },
        sample: { count: 2 },
        team: { groups: [{ department: '律师公证管理科', size: 2, requiredFields: ['律师管理'] }] },
      },
      window: { start: '2021-05-10', end: '2021-06-30' },
      leadDepartment: '律师公证管理科',
    },
    { task: joint, window: { start: '2021-09-01', end: '2021-10-31' }, leadDepartment: '律师公证管理科', cooperatingDepartments: ['区市场监督管理局'] },
    {
      task: {
        number: '坪司抽查〔2021〕3号',
        name: '公证机构执业活动监督检查',
        items: ['SF-GZ-01'],
        referenceDate: '2021-11-01',
        eligibility: { kinds: ['notary_office'] },
        sample: { percent: 100 },
        team: { groups: [{ department: '律师公证管理科', size: 2, requiredFields: ['公证管理'] }] },
      },
      window: { start: '2021-11-15', end: '2021-12-15' },
      leadDepartment: '律师公证管理科',
    },
  ];
  const tasks = [];
  for (const input of planned) tasks.push(await store.tasks.create(plan.id, parseWith(PlannedTask, input, { source: 'demo task' }), change('2021-03-12')));
  await store.plans.publish(plan.id, change('2021-03-15'));

  const [first, second, third] = tasks;
  const one = ceremony('task 1');
  const firstDraw = await prepareDraw(store, trust, { taskId: first!.id, replaces: null, seedSource: one.seedSource }, change('2021-05-06'));
  const drawn = await performDraw(store, trust, { drawId: firstDraw.id, evidence: one.reveals }, change('2021-05-07'));
  const firstSchedule = await createSchedule(store, { drawId: drawn.id, inspectors: [], blackouts: [] }, change('2021-05-07'));
  const outcomes: OutcomeInput[] = [
    { inspectionDate: '2021-06-08', categories: ['no_problem'], followUp: { action: 'none' }, remarks: '现场检查未发现问题' },
    {
      inspectionDate: '2021-06-10',
      categories: ['corrected'],
      problemAreas: ['执业档案管理'],
      findings: '部分案卷未按规定归档',
      followUp: { action: 'rectify', note: '限期30日', done: true, doneDate: '2021-07-09' },
      remarks: '已责令整改，整改完毕',
    },
  ];
  // Inspections in the order of their scheduled days, so that the records (and the ledger) run forward in time.
  const scheduledDay = (targetId: string) => firstSchedule.record.scheduled.find((s) => s.target.id === targetId)?.date;
  const inOrder = [...(drawn.record?.selected ?? [])].sort((a, b) => (scheduledDay(a.target.id) ?? '').localeCompare(scheduledDay(b.target.id) ?? ''));
  for (const [index, selected] of inOrder.entries()) {
    // The inspection happened on the scheduled day.
    const inspectionDate = scheduledDay(selected.target.id);
    const outcome = parseWith(Outcome, { ...outcomes[index % outcomes.length], ...(inspectionDate ? { inspectionDate } : {}) }, { source: 'demo result' });
    // Entered the day after the inspection, reviewed and published within the week.
    const after = (days: number) => new Date(Date.parse(`${outcome.inspectionDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const result = await store.results.enter({ drawId: drawn.id, targetId: selected.target.id, outcome, corrects: null }, change(after(1)));
    await moveResult(store, trust, { resultId: result.id, from: 'entered', to: 'reviewed', note: null }, change(after(3)));
    await moveResult(store, trust, { resultId: result.id, from: 'reviewed', to: 'published', note: null }, change(after(4)));
  }
  const two = ceremony('task 2');
  const secondDraw = await prepareDraw(store, trust, { taskId: second!.id, replaces: null, seedSource: two.seedSource }, change('2021-08-25'));
  const secondDrawn = await performDraw(store, trust, { drawId: secondDraw.id, evidence: two.reveals }, change('2021-08-26'));
  const schedule = await createSchedule(store, { drawId: secondDrawn.id, inspectors: [], blackouts: [] }, change('2021-08-26'));
  const moved = schedule.record.scheduled[0]!;
  const later = schedule.record.workingDays.find((day) => day > moved.date && !schedule.record.scheduled.some((s) => s.date === day));
  if (later) await moveInspection(store, { drawId: secondDrawn.id, targetId: moved.target.id, date: later, reason: '被检查律师事务所主任出庭，申请改期' }, change('2021-08-30'));
  // Prepared: the witnesses' hashes are public, their secrets not yet revealed.
  await prepareDraw(store, trust, { taskId: third!.id, replaces: null, seedSource: ceremony('task 3').seedSource }, change('2021-11-08'));
}
