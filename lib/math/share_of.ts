/**
 * The share a part is of a whole.
 *
 * @module
 */

/**
 * The share of `whole` that `part` makes up, in percent:
 *
 *   shareOf = 100 × part / whole
 *
 * The parts need not add up to the whole: the caller checks that where it matters.
 *
 * @param part The part.
 * @param whole The whole (non-zero).
 * @returns The share, in percent.
 * @throws {RangeError} If `whole` is zero or either value is not finite.
 *
 * @example 8 of 30 years is about 26.7 % (figures oc.life_expectancy.*)
 * ```ts
 * import { shareOf } from "./share_of.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(shareOf(8, 30).toFixed(1), "26.7");
 * strictEqual(shareOf(1, 4), 25);
 * ```
 */
export function shareOf(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole)) {
    throw new RangeError(`Cannot compute the share of ${part} in ${whole}: not finite`);
  }
  if (whole === 0) throw new RangeError(`Cannot compute a share of 0 (part ${part})`);
  return (100 * part) / whole;
}
