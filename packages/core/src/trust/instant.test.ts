import { describe, expect, it } from 'vitest';
import { IsoInstant, isIsoInstant } from './instant.ts';

describe('IsoInstant', () => {
  it('accepts UTC instants with or without milliseconds', () => {
    for (const value of ['2023-08-23T15:09:27Z', '2023-08-23T15:09:27.5Z', '2024-02-29T23:59:59.999Z']) expect(isIsoInstant(value)).toBe(true);
  });

  it('refuses offsets, missing zones, impossible dates and leap seconds', () => {
    for (const value of ['2023-08-23T23:09:27+08:00', '2023-08-23T15:09:27', '2023-02-29T00:00:00Z', '2023-12-31T23:59:60Z', '2023-08-23 15:09:27Z', '1969-12-31T23:59:59Z']) {
      expect(isIsoInstant(value)).toBe(false);
    }
  });

  it('keeps the instant as written, since it is hashed', () => {
    expect(IsoInstant.parse('2023-08-23T15:09:27Z')).toBe('2023-08-23T15:09:27Z');
  });
});
