/**
 * Nominal amounts expressed in constant dollars of a base year.
 *
 * @module
 */

/**
 * A nominal amount paid `years` years after the base year, in dollars of the base year, when
 * prices rise by `ratePercent` a year:
 *
 *   constant = nominal / (1 + ratePercent / 100)^years
 *
 * At a rate of 0 the amount is unchanged.
 *
 * @param nominal The amount in dollars of its own year.
 * @param ratePercent The yearly indexation (inflation) rate, in percent (> −100).
 * @param years Years since the base year (0 for the base year itself).
 * @returns The amount in dollars of the base year.
 * @throws {RangeError} If the rate is −100 % or less, or a value is not finite.
 *
 * @example 911 M$ four years on, at 2 % a year, is about 841.6 M$ of the first year
 * ```ts
 * import { toConstantDollars } from "./constant_dollars.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(toConstantDollars(911, 0, 4), 911);
 * strictEqual(toConstantDollars(911, 2, 4).toFixed(1), "841.6");
 * ```
 */
export function toConstantDollars(nominal: number, ratePercent: number, years: number): number {
  if (![nominal, ratePercent, years].every(Number.isFinite)) {
    throw new RangeError(
      `Cannot deflate ${nominal} at ${ratePercent} % over ${years} years: not finite`,
    );
  }
  if (ratePercent <= -100) {
    throw new RangeError(`Cannot deflate at ${ratePercent} %: a rate must be above −100 %`);
  }
  return nominal / (1 + ratePercent / 100) ** years;
}
