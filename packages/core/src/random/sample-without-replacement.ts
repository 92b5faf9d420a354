import { type RandomStream, uniformInt } from './stream.ts';

/**
 * Draws positions 0..n-1 without replacement in random order, one at a time, by a
 * partial Fisher–Yates shuffle over a virtual array: step i swaps position i with
 * i + uniformInt(n - i). Only displaced entries are stored, so k draws cost O(k)
 * whatever n is. Every ordered k-sample is equally likely.
 */
export class PositionSampler {
  readonly #stream: RandomStream;
  readonly #size: number;
  readonly #displaced = new Map<number, number>();
  #drawn = 0;

  constructor(stream: RandomStream, size: number) {
    this.#stream = stream;
    this.#size = size;
  }

  /** How many positions are still undrawn. */
  get remaining(): number {
    return this.#size - this.#drawn;
  }

  /** The next position, or undefined when all n have been drawn. */
  next(): number | undefined {
    const i = this.#drawn;
    if (i >= this.#size) return undefined;
    const j = i + uniformInt(this.#stream, this.#size - i);
    const atJ = this.#displaced.get(j) ?? j;
    const atI = this.#displaced.get(i) ?? i;
    this.#displaced.set(j, atI);
    this.#displaced.delete(i);
    this.#drawn = i + 1;
    return atJ;
  }
}

/** The first k positions of a random order of 0..n-1 (k ≤ n). */
export function samplePositions(stream: RandomStream, n: number, k: number): number[] {
  const sampler = new PositionSampler(stream, n);
  const positions: number[] = [];
  for (let drawn = 0; drawn < k; drawn++) positions.push(sampler.next()!);
  return positions;
}
