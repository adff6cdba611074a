/**
 * Compound annual growth rate (taux de croissance annuel composé).
 *
 * @module
 */

/**
 * The constant yearly growth rate that takes `from` to `to` in `years` years, in percent per
 * year:
 *
 *   cagr = 100 × ((to / from)^(1 / years) − 1)
 *
 * so that `from × (1 + cagr / 100)^years = to`. A fall gives a negative rate.
 *
 * @param from The starting value (> 0).
 * @param to The ending value (> 0).
 * @param years The number of years between them (> 0, need not be whole).
 * @returns The rate, in percent per year.
 * @throws {RangeError} If `from` or `to` is not a positive finite number, or `years` is not a
 *   positive finite number.
 *
 * @example Doubling in five years takes about 14.87 % a year (figures oc.targets.egts_*)
 * ```ts
 * import { cagr } from "./cagr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(cagr(500, 1000, 5).toFixed(2), "14.87");
 * strictEqual(cagr(100, 100, 3), 0);
 * ```
 */
export function cagr(from: number, to: number, years: number): number {
  for (const [name, value] of [["from", from], ["to", to], ["years", years]] as const) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`Cannot compute a growth rate: ${name} is ${value}, expected > 0`);
    }
  }
  return 100 * ((to / from) ** (1 / years) - 1);
}
