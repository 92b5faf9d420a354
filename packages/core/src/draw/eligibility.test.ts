import { describe, expect, it } from 'vitest';
import { exclusionReason } from './eligibility.ts';
import { Eligibility } from '../model/task.ts';
import { target } from '../_arbitraries.ts';

const rules = (input: object = {}) => Eligibility.parse({ kinds: ['law_firm'], ...input });

describe('exclusionReason', () => {
  it('admits an active law firm with no history', () => {
    expect(exclusionReason(target(1), rules(), '2021-06-01')).toBeUndefined();
  });

  it('leaves out other kinds, regions and statuses, in that order', () => {
    expect(exclusionReason(target(1, { kind: 'notary_office' }), rules(), '2021-06-01')).toBe('kind');
    expect(exclusionReason(target(1, { region: '坑梓街道' }), rules({ regions: ['坪山街道'] }), '2021-06-01')).toBe('region');
    expect(exclusionReason(target(1), rules({ regions: ['坪山街道'] }), '2021-06-01')).toBe('region');
    expect(exclusionReason(target(1, { status: 'suspended' }), rules(), '2021-06-01')).toBe('status');
  });

  it('counts "inspected within N days" from the reference date, exclusive of day N', () => {
    const r = rules({ excludeInspectedWithinDays: 365 });
    expect(exclusionReason(target(1, { lastInspected: ['2020-06-02'] }), r, '2021-06-01')).toBe('inspectedRecently');
    expect(exclusionReason(target(1, { lastInspected: ['2020-06-01'] }), r, '2021-06-01')).toBeUndefined();
    expect(exclusionReason(target(1, { lastInspected: ['2021-07-01'] }), r, '2021-06-01')).toBe('inspectedRecently');
  });

  it('caps inspections in the reference date’s calendar year', () => {
    const r = rules({ maxInspectionsPerYear: 2 });
    expect(exclusionReason(target(1, { lastInspected: ['2021-01-05', '2021-03-01'] }), r, '2021-06-01')).toBe('inspectedTooOften');
    expect(exclusionReason(target(1, { lastInspected: ['2020-12-31', '2021-03-01'] }), r, '2021-06-01')).toBeUndefined();
  });
});
