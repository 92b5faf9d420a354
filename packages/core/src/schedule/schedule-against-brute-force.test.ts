import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { FairdrawError } from '../errors.ts';
import { scheduleInspections } from './schedule-inspections.ts';
import { calendar, smallScheduleArb } from './_arbitraries.ts';
import { referenceSchedule } from './_brute-force.ts';

describe('scheduleInspections against brute force', () => {
  test.prop([smallScheduleArb()], { numRuns: 600 })(
    'gives exactly the dates of the spec, and fails exactly when no valid schedule exists (enumeration)',
    ({ draw, constraints }) => {
      const expected = referenceSchedule(draw, constraints, calendar);
      if (expected === 'infeasible') {
        expect(() => scheduleInspections({ draw, calendar, ...constraints })).toThrow(FairdrawError);
        try {
          scheduleInspections({ draw, calendar, ...constraints });
        } catch (error) {
          expect((error as FairdrawError).code).toBe('INFEASIBLE');
        }
        return;
      }
      const schedule = scheduleInspections({ draw, calendar, ...constraints });
      expect(schedule.scheduled.map(({ date }) => date)).toEqual(expected);
    },
  );
});
