// Statistical helpers for the core's tests. Never re-exported.

/**
 * The chi-square value exceeded with probability 0.001 for `df` degrees of freedom
 * (Wilson–Hilferty approximation, within 1% of tables for df ≥ 3). Tests that use it run
 * on fixed seeds, so they are stable, and still fail for any real bias.
 */
export function chiSquareCritical001(df: number): number {
  const z = 3.0902323; // standard normal quantile of 0.999
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Pearson's chi-square of observed counts against one expected count. */
export function chiSquare(observed: readonly number[], expected: number): number {
  return observed.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}
