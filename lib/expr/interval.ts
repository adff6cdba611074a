/**
 * Closed intervals of real numbers, with infinite bounds allowed: `[2 300, +∞)` is "plus de
 * 2 300" read without a ceiling.
 *
 * @module
 */

/** A closed interval `[lo, hi]`, `lo ≤ hi`; either bound may be infinite. */
export interface Interval {
  /** The low end. */
  readonly lo: number;
  /** The high end. */
  readonly hi: number;
}

/**
 * An interval; refuses NaN and `lo > hi`.
 *
 * @param lo The low end.
 * @param hi The high end (defaults to `lo`: a point).
 * @returns The interval.
 * @throws {RangeError} On NaN or reversed ends.
 *
 * @example
 * ```ts
 * import { interval } from "./interval.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(interval(2300, Infinity), { lo: 2300, hi: Infinity });
 * ```
 */
export function interval(lo: number, hi: number = lo): Interval {
  if (Number.isNaN(lo) || Number.isNaN(hi) || lo > hi) {
    throw new RangeError(`Not an interval: [${lo}, ${hi}]`);
  }
  return Object.freeze({ lo, hi });
}

/** Relative float noise absorbed when two intervals are compared. */
export const COMPARE_EPSILON = 1e-9;

/**
 * Whether two intervals share a point, float noise absorbed.
 *
 * @param a An interval.
 * @param b Another.
 * @returns `true` when they overlap or touch.
 *
 * @example
 * ```ts
 * import { interval, overlaps } from "./interval.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(overlaps(interval(3700, 3750), interval(3500, 4500)), true);
 * strictEqual(overlaps(interval(3700, 3750), interval(3999.5, 4000.5)), false);
 * ```
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + slack(a.lo, b.hi) && b.lo <= a.hi + slack(b.lo, a.hi);
}

function slack(x: number, y: number): number {
  const scale = Math.max(Math.abs(x), Math.abs(y));
  return Number.isFinite(scale) ? COMPARE_EPSILON * Math.max(scale, 1) : 0;
}

/**
 * How far apart two intervals are (0 when they overlap), and in which direction.
 *
 * @param a The interval measured.
 * @param b The interval measured against.
 * @returns `a.lo − b.hi` when `a` lies above `b`, `a.hi − b.lo` (negative) when below, else 0.
 *
 * @example
 * ```ts
 * import { distance, interval } from "./interval.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(distance(interval(5.75, 6), interval(4.5, 5.5)), 0.25);
 * ```
 */
export function distance(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  return a.lo > b.hi ? a.lo - b.hi : a.hi - b.lo;
}

/**
 * Whether `a` certainly exceeds `b` somewhere: some value of `a` is above some value of `b`.
 *
 * @param a An interval.
 * @param b Another.
 * @returns `a.hi > b.lo`, float noise absorbed.
 *
 * @example
 * ```ts
 * import { interval, possiblyAbove } from "./interval.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(possiblyAbove(interval(51), interval(45, 55)), true);
 * strictEqual(possiblyAbove(interval(40), interval(45, 55)), false);
 * ```
 */
export function possiblyAbove(a: Interval, b: Interval): boolean {
  return a.hi > b.lo + slack(a.hi, b.lo);
}
