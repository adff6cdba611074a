/**
 * Relative change between two values.
 *
 * @module
 */

/**
 * The change from `from` to `to` as a percentage of `from`:
 *
 *   percentChange = 100 × (to − from) / from
 *
 * @param from The starting value (non-zero).
 * @param to The ending value.
 * @returns The change, in percent (negative for a fall).
 * @throws {RangeError} If `from` is zero or either value is not finite.
 *
 * @example 334 → 505 is a rise of about 51.2 % (figures oc.staffing.*)
 * ```ts
 * import { percentChange } from "./percent_change.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(percentChange(500, 1000), 100);
 * strictEqual(percentChange(334, 505).toFixed(1), "51.2");
 * ```
 */
export function percentChange(from: number, to: number): number {
  if (!Number.isFinite(from) || !Number.isFinite(to)) {
    throw new RangeError(`Cannot compute a change from ${from} to ${to}: not finite`);
  }
  if (from === 0) throw new RangeError(`Cannot compute a change relative to 0 (to ${to})`);
  return (100 * (to - from)) / from;
}
