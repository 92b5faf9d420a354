// Stateless pseudo-random numbers for bench fixtures: row i's values depend on i alone, so a
// smaller BENCH_TARGETS gives a prefix of the same directory. Never used by a draw.

/** A well-mixed 32-bit unsigned hash of (index, salt) (Wellons' lowbias32 finaliser). */
export function hash32(index: number, salt: number): number {
  let x = (Math.imul(index >>> 0, 0x9e3779b1) ^ Math.imul(salt >>> 0, 0x85ebca6b)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** An integer in [0, n) from (index, salt); the slight bias of scaling does not matter here. */
export function below(n: number, index: number, salt: number): number {
  return Math.floor((hash32(index, salt) / 0x1_0000_0000) * n);
}

/** One value, chosen with the given relative weights. */
export function weighted<T>(choices: readonly (readonly [T, number])[], index: number, salt: number): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let point = below(total, index, salt);
  for (const [value, weight] of choices) {
    if (point < weight) return value;
    point -= weight;
  }
  return choices[choices.length - 1]![0];
}
