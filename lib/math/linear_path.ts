/**
 * A path in equal steps between two values.
 *
 * @module
 */

/**
 * The values from `from` to `to` in `periods` equal steps, both ends included:
 *
 *   value[k] = from + (to − from) × k / periods,   k = 0 … periods
 *
 * Computed as a product then a division (not by adding the step k times), so each value is the
 * correctly rounded result and the last one is exactly `to`.
 *
 * @param from The value at k = 0.
 * @param to The value at k = periods.
 * @param periods The number of steps (a positive whole number).
 * @returns `periods + 1` values.
 * @throws {RangeError} If `periods` is not a positive whole number or a value is not finite.
 *
 * @example 0 → 911 in five equal steps: the CTROC plan's 182.2, 364.4 … (figures ctroc.plan.*)
 * ```ts
 * import { linearPath } from "./linear_path.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(linearPath(0, 911, 5), [0, 182.2, 364.4, 546.6, 728.8, 911]);
 * ```
 */
export function linearPath(from: number, to: number, periods: number): number[] {
  if (!Number.isInteger(periods) || periods < 1) {
    throw new RangeError(`Cannot build a path in ${periods} steps: expected a whole number ≥ 1`);
  }
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(`Cannot build a path from ${from} to ${to}: not finite`);
  }
  return Array.from({ length: periods + 1 }, (_, k) => from + ((to - from) * k) / periods);
}
