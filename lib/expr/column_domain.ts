/**
 * The column domain: each value is a column of samples (`Float64Array`) or a constant shared by
 * every sample (a `number`, never copied into a column). One pass per operation, no object per
 * sample: the Monte Carlo evaluates a model's steps on a million samples this way.
 *
 * A sample that divides by zero gives ±∞ or NaN in its column; the Monte Carlo counts such
 * samples and reports them, it does not hide them.
 *
 * @module
 */
import { type Domain, YEAR_EPSILON } from "./domain.ts";

/** A column of samples, or one value for all of them. */
export type Column = Float64Array | number;

function lift(op: (x: number, y: number) => number): (a: Column, b: Column) => Column {
  return (a, b) => {
    if (typeof a === "number" && typeof b === "number") return op(a, b);
    const n = typeof a === "number" ? (b as Float64Array).length : a.length;
    const out = new Float64Array(n);
    if (typeof a === "number") {
      const bb = b as Float64Array;
      for (let i = 0; i < n; i++) out[i] = op(a, bb[i]!);
    } else if (typeof b === "number") {
      for (let i = 0; i < n; i++) out[i] = op(a[i]!, b);
    } else {
      if (b.length !== n) throw new RangeError(`Columns of ${n} and ${b.length} samples`);
      for (let i = 0; i < n; i++) out[i] = op(a[i]!, b[i]!);
    }
    return out;
  };
}

function map(op: (x: number) => number): (a: Column) => Column {
  return (a) => {
    if (typeof a === "number") return op(a);
    const out = new Float64Array(a.length);
    for (let i = 0; i < a.length; i++) out[i] = op(a[i]!);
    return out;
  };
}

/**
 * Columns of samples.
 *
 * @example
 * ```ts
 * import { columnDomain } from "./column_domain.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(columnDomain.sub(new Float64Array([2510, 2400]), 2500), new Float64Array([10, -100]));
 * ```
 */
export const columnDomain: Domain<Column> = Object.freeze({
  name: "column",
  constant: (x: number) => x,
  add: lift((x, y) => x + y),
  sub: lift((x, y) => x - y),
  mul: lift((x, y) => x * y),
  div: (a: Column, b: Column) => {
    if (b === 0) throw new RangeError("division by zero");
    return lift((x, y) => x / y)(a, b);
  },
  neg: map((x) => -x),
  min: lift(Math.min),
  max: lift(Math.max),
  year: map((x) => Math.floor(x + YEAR_EPSILON)),
  pow: lift((x, y) => x ** y),
});
