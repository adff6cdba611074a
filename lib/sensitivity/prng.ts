/**
 * The seeded random numbers of the Monte Carlo: xoshiro128** (Blackman & Vigna, 2018), a small,
 * well-known 32-bit generator, seeded through splitmix32. Integer arithmetic only (`Math.imul`,
 * shifts, xors), so the same seed gives the same numbers on every machine and every JavaScript
 * engine.
 *
 * Seeding: the 32-bit seed and a stream name (the assumption id) are mixed into one word
 * (`fmix32(seed) ^ fnv1a32(stream)`), from which splitmix32 (a Weyl sequence step of 0x9E3779B9
 * followed by the MurmurHash3 finalizer) draws the four state words. Each assumption thus has its
 * own stream: adding, removing or reordering assumptions leaves the draws of the others unchanged.
 *
 * Uniform doubles: `(x + 0.5) / 2^32` for a 32-bit output `x`, strictly inside (0, 1), on a grid
 * of step 2^-32 (enough for a Monte Carlo; the most extreme normal draw is about ±6.3 σ).
 *
 * @module
 */

const TWO_POW_MINUS_32 = 1 / 4294967296;

/**
 * The MurmurHash3 32-bit finalizer: a bijection of 32-bit words that mixes every bit.
 *
 * @param x A 32-bit word.
 * @returns The mixed word, unsigned.
 */
function fmix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * FNV-1a hash of a text's UTF-16 code units, 32 bits.
 *
 * @param text The text.
 * @returns The hash, unsigned.
 */
function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/**
 * splitmix32: the words of a Weyl sequence (step 0x9E3779B9) passed through the MurmurHash3
 * finalizer. Used only to turn a seed into the four state words of {@linkcode Xoshiro128ss}.
 *
 * @param seed The starting word.
 * @param count How many words to draw.
 * @returns The words, unsigned 32-bit.
 *
 * @example Different seeds, different words; same seed, same words
 * ```ts
 * import { splitmix32 } from "./prng.ts";
 * import { deepStrictEqual, notDeepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(splitmix32(1, 4), splitmix32(1, 4));
 * notDeepStrictEqual(splitmix32(1, 4), splitmix32(2, 4));
 * ```
 */
export function splitmix32(seed: number, count: number): number[] {
  const words: number[] = [];
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    words.push(fmix32(state));
  }
  return words;
}

/**
 * The xoshiro128** generator (period 2^128 − 1). Build it with {@linkcode createRng}, or from
 * four explicit state words to compare with the reference implementation.
 *
 * @example The reference sequence for the state (1, 2, 3, 4)
 * ```ts
 * import { Xoshiro128ss } from "./prng.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const rng = new Xoshiro128ss([1, 2, 3, 4]);
 * deepStrictEqual([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()], [11520, 0, 5927040]);
 * ```
 */
export class Xoshiro128ss {
  #s0: number;
  #s1: number;
  #s2: number;
  #s3: number;

  /**
   * @param state Four 32-bit words, not all zero.
   * @throws {RangeError} If the state is all zero (the generator would output zeros forever).
   */
  constructor(state: readonly [number, number, number, number]) {
    this.#s0 = state[0] | 0;
    this.#s1 = state[1] | 0;
    this.#s2 = state[2] | 0;
    this.#s3 = state[3] | 0;
    if ((this.#s0 | this.#s1 | this.#s2 | this.#s3) === 0) {
      throw new RangeError("Cannot seed xoshiro128**: the state is all zero");
    }
  }

  /**
   * The next 32-bit output.
   *
   * @returns An unsigned 32-bit integer.
   */
  nextUint32(): number {
    const s1 = this.#s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.#s2 ^= this.#s0;
    this.#s3 ^= s1;
    this.#s1 = s1 ^ this.#s2;
    this.#s0 ^= this.#s3;
    this.#s2 ^= t;
    this.#s3 = (this.#s3 << 11) | (this.#s3 >>> 21);
    return result;
  }

  /**
   * The next uniform double, `(x + 0.5) / 2^32`, strictly between 0 and 1.
   *
   * @returns A number in (0, 1).
   */
  nextFloat(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32;
  }

  /**
   * Fill an array with the next uniform doubles (same numbers as calling `nextFloat()` in turn,
   * in one tight loop).
   *
   * @param out The array to fill, from index 0.
   * @returns `out`.
   */
  fillFloats(out: Float64Array): Float64Array {
    let s0 = this.#s0, s1 = this.#s1, s2 = this.#s2, s3 = this.#s3;
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const m = Math.imul(s1, 5);
      const x = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      out[i] = (x + 0.5) * TWO_POW_MINUS_32;
    }
    this.#s0 = s0;
    this.#s1 = s1;
    this.#s2 = s2;
    this.#s3 = s3;
    return out;
  }
}

/**
 * A generator for one stream of one seed: `createRng(seed, "fiscal.average_salary")`.
 *
 * @param seed The seed, an integer from 0 to 2^32 − 1.
 * @param stream The stream's name (the assumption id); streams of one seed are independent.
 * @default stream ""
 * @returns A fresh generator.
 * @throws {RangeError} If the seed is not an integer in [0, 2^32 − 1].
 *
 * @example Same seed and stream, same numbers
 * ```ts
 * import { createRng } from "./prng.ts";
 * import { strictEqual, notStrictEqual } from "node:assert/strict";
 * strictEqual(createRng(42, "a").nextFloat(), createRng(42, "a").nextFloat());
 * notStrictEqual(createRng(42, "a").nextFloat(), createRng(42, "b").nextFloat());
 * ```
 */
export function createRng(seed: number, stream = ""): Xoshiro128ss {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`Cannot use seed ${seed}: expected an integer from 0 to 4294967295`);
  }
  const [a = 0, b = 0, c = 0, d = 0] = splitmix32(fmix32(seed) ^ fnv1a32(stream), 4);
  return new Xoshiro128ss((a | b | c | d) === 0 ? [1, 0, 0, 0] : [a, b, c, d]);
}
