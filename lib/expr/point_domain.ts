/**
 * The point domain: plain numbers. Used by models and by the report's sliders.
 *
 * @module
 */
import { type Domain, YEAR_EPSILON } from "./domain.ts";

/**
 * Plain numbers. Division by zero throws; nothing returns NaN.
 *
 * @example
 * ```ts
 * import { pointDomain } from "./point_domain.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * strictEqual(pointDomain.mul(3, 45000), 135000);
 * strictEqual(pointDomain.year(2025.75), 2025);
 * throws(() => pointDomain.div(1, 0), /division by zero/);
 * ```
 */
export const pointDomain: Domain<number> = Object.freeze({
  name: "point",
  constant: (x: number) => x,
  add: (a: number, b: number) => a + b,
  sub: (a: number, b: number) => a - b,
  mul: (a: number, b: number) => a * b,
  div: (a: number, b: number) => {
    if (b === 0) throw new RangeError("division by zero");
    return a / b;
  },
  neg: (a: number) => -a,
  min: (a: number, b: number) => Math.min(a, b),
  max: (a: number, b: number) => Math.max(a, b),
  year: (a: number) => Math.floor(a + YEAR_EPSILON),
  pow: (a: number, b: number) => {
    if (a < 0 && !Number.isInteger(b)) throw new RangeError(`pow(${a}, ${b}) is not a real number`);
    return a ** b;
  },
});
