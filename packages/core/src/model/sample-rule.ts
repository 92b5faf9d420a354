import { z } from 'zod';

const PERCENT = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/**
 * A percentage with at most four decimals, kept as a canonical decimal string ("12.5")
 * so that no floating-point rounding ever enters a sample size.
 */
export const Percent = z
  .union([z.number(), z.string().trim()])
  .transform((value, ctx) => {
    const written = typeof value === 'number' ? String(value) : value;
    const match = PERCENT.exec(written);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: `must be a percentage from 0 to 100 with at most 4 decimals, not "${written}"` });
      return z.NEVER;
    }
    const whole = match[1]!.replace(/^0+(?=\d)/, '');
    const fraction = (match[2] ?? '').replace(/0+$/, '');
    const canonical = fraction ? `${whole}.${fraction}` : whole;
    if (percentToPpm(canonical) > 1_000_000) {
      ctx.addIssue({ code: 'custom', message: `must be at most 100, not ${canonical}` });
      return z.NEVER;
    }
    return canonical;
  });

/** Parts per million of a canonical percent string: "12.5" → 125000. Exact. */
export function percentToPpm(percent: string): number {
  const [whole = '0', fraction = ''] = percent.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
}

export const roundingRules = ['up', 'down', 'half_up'] as const;

const count = z.number().int().min(0).max(10_000_000);

/** How many targets to draw from a stratum: a fixed count, or a share with a rounding rule. */
export const SampleRule = z.union([
  z.strictObject({ count }),
  z
    .strictObject({
      percent: Percent,
      /** up = 进一法, down = 去尾法, half_up = 四舍五入. */
      rounding: z.enum(roundingRules).default('up'),
      /** "10%, at least 2": applied after rounding. */
      minimum: count.default(0),
      maximum: count.nullable().default(null),
    })
    .refine((rule) => rule.maximum === null || rule.maximum >= rule.minimum, {
      error: 'maximum must not be below minimum',
      path: ['maximum'],
    }),
]);
export type SampleRule = z.infer<typeof SampleRule>;

/**
 * How many of `eligible` targets a rule asks for, before it is capped by what is there.
 * Exact integer arithmetic: n × ppm never exceeds 2^53 for the pool sizes we accept.
 */
export function requestedSampleSize(rule: SampleRule, eligible: number): number {
  if ('count' in rule) return rule.count;
  const scaled = eligible * percentToPpm(rule.percent);
  const million = 1_000_000;
  const rounded =
    rule.rounding === 'down'
      ? Math.floor(scaled / million)
      : rule.rounding === 'up'
        ? Math.ceil(scaled / million)
        : Math.floor((scaled + million / 2) / million);
  const atLeast = Math.max(rule.minimum, rounded);
  return rule.maximum === null ? atLeast : Math.min(rule.maximum, atLeast);
}
