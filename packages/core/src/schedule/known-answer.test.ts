// The known answer of docs/draw-spec.md §12.9. A published known answer never changes: a change
// of the code that alters it is a new algorithm (fairdraw-schedule/2), not an edit of this file.
import { describe, expect, it } from 'vitest';
import { creditCode } from '../_arbitraries.ts';
import { streamKey, openStream } from '../random/stream.ts';
import { PositionSampler } from '../random/sample-without-replacement.ts';
import { scheduleInspections } from './schedule-inspections.ts';
import { scheduleDigest } from './schedule-record.ts';
import { calendar, summary } from './_arbitraries.ts';
import { referenceSchedule } from './_brute-force.ts';

const SEED = '0'.repeat(63) + '2';
// 第0 张三+李四 (joint: 律师工作科 + 公证工作科), 第1 张三+王五, 第2 李四+赵六, 第3 张三+赵六, 第4 王五+钱七.
const draw = summary([[0, 1], [0, 2], [1, 3], [0, 3], [2, 4]], SEED);
const constraints = {
  window: { start: '2026-09-28', end: '2026-10-12' },
  inspectors: [
    { id: 'I000', unavailable: [{ from: '2026-09-28', to: '2026-09-30' }, '2026-10-12'] },
    { id: 'I001', unavailable: ['2026-10-09'] },
    { id: 'I002', dailyLimit: 2 },
  ],
  blackouts: [{ targetId: creditCode(3), dates: ['2026-10-10'] }],
};

describe('the known answer of spec §12.9', () => {
  const schedule = scheduleInspections({ draw, calendar, ...constraints });

  it('gives the published dates and digest', () => {
    expect(schedule.workingDays).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12']);
    expect(schedule.scheduled.map(({ target, date }) => [target.id, date])).toEqual([
      ['314403100000000004', '2026-10-08'],
      ['314403100000000017', '2026-10-10'],
      ['31440310000000002A', '2026-10-10'],
      ['31440310000000003D', '2026-10-09'],
      ['31440310000000004G', '2026-10-10'],
    ]);
    expect(scheduleDigest(schedule)).toBe('sha256:30fb5718916309932ec2fc847729bc3e7d887fb32bcb38f0940a4a8a43cb068e');
  });

  it('draws 第1’s candidates in the published order: 10/9 and 10/8 are passed over', () => {
    expect(streamKey('fairdraw-schedule/1', SEED, 'schedule:314403100000000017')).toBe('39128aea1164b299439396e14746f0e3cb40353996f07ddf33fa2ccbc8a96105');
    const sampler = new PositionSampler(openStream('fairdraw-schedule/1', SEED, 'schedule:314403100000000017'), 3);
    expect([sampler.next(), sampler.next(), sampler.next()]).toEqual([1, 0, 2]);
  });

  it('is what the brute-force reference of the spec gives', () => {
    expect(referenceSchedule(draw, constraints, calendar)).toEqual(schedule.scheduled.map(({ date }) => date));
  });
});
