/**
 * The interval domain: each value is the set of values its inputs allow, `[lo, hi]`. Used by the
 * claims audit, where a stated number is the interval its wording and printed digits allow.
 *
 * Arithmetic is the usual interval arithmetic; `0 × ∞` counts as 0. Dividing by an interval
 * that holds 0 inside gives the whole line (`[−∞, +∞]`): nothing is concluded from it.
 *
 * @module
 */
import { type Domain, YEAR_EPSILON } from "./domain.ts";
import { type Interval, interval } from "./interval.ts";

function times(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : x * y;
}

/**
 * Intervals.
 *
 * @example 6 000 − "plus de 2 300" (core reading 2 300–2 400)
 * ```ts
 * import { intervalDomain } from "./interval_domain.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const d = intervalDomain;
 * deepStrictEqual(d.sub(d.constant(6000), { lo: 2300, hi: 2400 }), { lo: 3600, hi: 3700 });
 * deepStrictEqual(d.div({ lo: 4000, hi: 4000 }, { lo: 4, hi: 5 }), { lo: 800, hi: 1000 });
 * ```
 */
export const intervalDomain: Domain<Interval> = Object.freeze({
  name: "interval",
  constant: (x: number) => interval(x),
  add: (a: Interval, b: Interval) => interval(a.lo + b.lo, a.hi + b.hi),
  sub: (a: Interval, b: Interval) => interval(a.lo - b.hi, a.hi - b.lo),
  mul: (a: Interval, b: Interval) => {
    const p = [times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi)];
    return interval(Math.min(...p), Math.max(...p));
  },
  div: (a: Interval, b: Interval) => {
    if (b.lo === 0 && b.hi === 0) throw new RangeError("division by zero");
    if (b.lo < 0 && b.hi > 0) return interval(-Infinity, Infinity);
    const inv = b.lo === 0
      ? interval(1 / b.hi, Infinity)
      : b.hi === 0
      ? interval(-Infinity, 1 / b.lo)
      : interval(1 / b.hi, 1 / b.lo);
    return intervalDomain.mul(a, inv);
  },
  neg: (a: Interval) => interval(-a.hi, -a.lo),
  min: (a: Interval, b: Interval) => interval(Math.min(a.lo, b.lo), Math.min(a.hi, b.hi)),
  max: (a: Interval, b: Interval) => interval(Math.max(a.lo, b.lo), Math.max(a.hi, b.hi)),
  year: (a: Interval) => {
    const lo = Math.floor(a.lo + YEAR_EPSILON);
    const hi = a.hi - a.lo < YEAR_EPSILON ? lo : Math.max(lo, Math.ceil(a.hi - YEAR_EPSILON) - 1);
    return interval(lo, hi);
  },
  pow: (a: Interval, b: Interval) => {
    if (a.lo < 0 && !(b.lo === b.hi && Number.isInteger(b.lo))) {
      throw new RangeError(`pow([${a.lo}, ${a.hi}], [${b.lo}, ${b.hi}]) may not be a real number`);
    }
    if (a.lo < 0) {
      // A whole exponent: the power is monotone on each side of 0.
      const p = [a.lo ** b.lo, a.hi ** b.lo, ...(a.lo < 0 && a.hi > 0 ? [0] : [])];
      return interval(Math.min(...p), Math.max(...p));
    }
    // x^y is monotone in x and in y for x > 0: the extremes are at the corners.
    const p = [a.lo ** b.lo, a.lo ** b.hi, a.hi ** b.lo, a.hi ** b.hi].map((
      x,
    ) => (Number.isNaN(x) ? 0 : x));
    return interval(Math.min(...p), Math.max(...p));
  },
});
