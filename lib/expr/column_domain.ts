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

type Op = "+" | "-" | "*" | "/" | "min" | "max" | "pow";

function apply(op: Op, x: number, y: number): number {
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return x / y;
    case "min":
      return Math.min(x, y);
    case "max":
      return Math.max(x, y);
    case "pow":
      return x ** y;
  }
}

/** One pass over the columns, with a loop per operator so that V8 keeps each tight. */
function lift(op: Op): (a: Column, b: Column) => Column {
  return (a, b) => {
    if (typeof a === "number" && typeof b === "number") return apply(op, a, b);
    const n = typeof a === "number" ? (b as Float64Array).length : a.length;
    if (typeof a !== "number" && typeof b !== "number" && b.length !== n) {
      throw new RangeError(`Columns of ${n} and ${b.length} samples`);
    }
    const out = new Float64Array(n);
    const A = typeof a === "number" ? null : a;
    const B = typeof b === "number" ? null : b;
    const sa = typeof a === "number" ? a : 0;
    const sb = typeof b === "number" ? b : 0;
    switch (op) {
      case "+":
        if (A && B) { for (let i = 0; i < n; i++) out[i] = A[i]! + B[i]!; }
        else if (A) { for (let i = 0; i < n; i++) out[i] = A[i]! + sb; }
        else for (let i = 0; i < n; i++) out[i] = sa + B![i]!;
        return out;
      case "-":
        if (A && B) { for (let i = 0; i < n; i++) out[i] = A[i]! - B[i]!; }
        else if (A) { for (let i = 0; i < n; i++) out[i] = A[i]! - sb; }
        else for (let i = 0; i < n; i++) out[i] = sa - B![i]!;
        return out;
      case "*":
        if (A && B) { for (let i = 0; i < n; i++) out[i] = A[i]! * B[i]!; }
        else if (A) { for (let i = 0; i < n; i++) out[i] = A[i]! * sb; }
        else for (let i = 0; i < n; i++) out[i] = sa * B![i]!;
        return out;
      case "/":
        if (A && B) { for (let i = 0; i < n; i++) out[i] = A[i]! / B[i]!; }
        else if (A) { for (let i = 0; i < n; i++) out[i] = A[i]! / sb; }
        else for (let i = 0; i < n; i++) out[i] = sa / B![i]!;
        return out;
      default:
        for (let i = 0; i < n; i++) out[i] = apply(op, A ? A[i]! : sa, B ? B[i]! : sb);
        return out;
    }
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
  add: lift("+"),
  sub: lift("-"),
  mul: lift("*"),
  div: (a: Column, b: Column) => {
    if (b === 0) throw new RangeError("division by zero");
    return lift("/")(a, b);
  },
  neg: map((x) => -x),
  min: lift("min"),
  max: lift("max"),
  year: map((x) => Math.floor(x + YEAR_EPSILON)),
  pow: lift("pow"),
});
