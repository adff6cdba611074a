/**
 * A path at a constant growth rate between two values.
 *
 * @module
 */

/**
 * The values from `from` to `to` in `periods` periods at a constant growth rate, both ends
 * included:
 *
 *   value[k] = from × (to / from)^(k / periods),   k = 0 … periods
 *
 * i.e. `from × (1 + g)^k` with `g = (to / from)^(1 / periods) − 1` (see `cagr`), written so that
 * the last value is exactly `to` whenever `to / from` is exact.
 *
 * @param from The value at k = 0 (> 0).
 * @param to The value at k = periods (> 0).
 * @param periods The number of periods (a positive whole number).
 * @returns `periods + 1` values.
 * @throws {RangeError} If `periods` is not a positive whole number or a value is not positive.
 *
 * @example Doubling 500 → 1 000 in five years (figures oc.targets.egts_*)
 * ```ts
 * import { geometricPath } from "./geometric_path.ts";
 * import { strictEqual } from "node:assert/strict";
 * const path = geometricPath(500, 1000, 5);
 * strictEqual(path.length, 6);
 * strictEqual(path[5], 1000);
 * strictEqual(path[1]!.toFixed(1), "574.3");
 * ```
 */
export function geometricPath(from: number, to: number, periods: number): number[] {
  if (!Number.isInteger(periods) || periods < 1) {
    throw new RangeError(`Cannot build a path in ${periods} periods: expected a whole number ≥ 1`);
  }
  if (!(Number.isFinite(from) && from > 0 && Number.isFinite(to) && to > 0)) {
    throw new RangeError(`Cannot build a growth path from ${from} to ${to}: expected values > 0`);
  }
  const factor = to / from;
  return Array.from({ length: periods + 1 }, (_, k) => from * factor ** (k / periods));
}
