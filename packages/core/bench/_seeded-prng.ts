// A small seeded generator for bench fixtures only (sfc32), so that generated pools are
// the same on every run. Draws never use it: they use core's openStream.

/** A deterministic source of pseudo-random numbers for generating fixtures. */
export class SeededPrng {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    this.#a = 0x9e3779b9;
    this.#b = 0x243f6a88;
    this.#c = 0xb7e15162;
    this.#d = seed >>> 0;
    // sfc32 mixes poorly in its first outputs; discard them.
    for (let i = 0; i < 15; i++) this.word();
  }

  /** The next 32-bit unsigned word. */
  word(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** An integer in [0, n); the slight bias of scaling does not matter for fixtures. */
  below(n: number): number {
    return Math.floor((this.word() / 0x1_0000_0000) * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.word() / 0x1_0000_0000 < p;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** One value, chosen with the given relative weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.below(total);
    for (const [value, weight] of choices) {
      if (point < weight) return value;
      point -= weight;
    }
    return choices[choices.length - 1]![0];
  }

  /** Shuffles `items` in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}
