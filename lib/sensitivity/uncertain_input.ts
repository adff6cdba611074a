/**
 * An assumption with its plausible range, as the sensitivity tools take it: plain numbers, so that
 * a row of `data/assumptions.csv` maps onto it field by field.
 *
 * Everywhere in `lib/sensitivity/`, `low` and `high` are read as a **90 % interval**: the 5th and
 * 95th percentiles of the assumption's distribution. The tornado moves each assumption from `low`
 * to `high`; the Monte Carlo draws from a distribution whose 5th and 95th percentiles are `low` and
 * `high` (see `interval_params.ts` for the conversion of each family). `min` and `max` are hard
 * bounds (a share cannot fall below 0 %): draws are taken from the distribution truncated to
 * [min, max], so `low` / `high` are the percentiles before truncation.
 *
 * @module
 */

/** The distribution families (`fixed`: no uncertainty, every draw is `base`). */
export type DistributionKind = "normal" | "lognormal" | "uniform" | "triangular" | "fixed";

/** The families, in a stable order. */
export const DISTRIBUTION_KINDS: readonly DistributionKind[] = [
  "normal",
  "lognormal",
  "uniform",
  "triangular",
  "fixed",
];

/** One assumption with its range (a row of `data/assumptions.csv`, in the model's units). */
export interface UncertainInput {
  /** The assumption id, e.g. `fiscal.average_salary`. */
  id: string;
  /** The point value the memo uses (or the best estimate): the tornado's centre, the triangle's mode. */
  base: number;
  /** The 5th percentile of the plausible range. */
  low: number;
  /** The 95th percentile of the plausible range. */
  high: number;
  /** How the Monte Carlo draws it. */
  distribution: DistributionKind;
  /** The unit, e.g. `CAD/year` or `percent`. */
  unit: string;
  /** A hard lower bound, if any (draws below are impossible). */
  min?: number;
  /** A hard upper bound, if any. */
  max?: number;
  /** A label for charts and tables (defaults to the id). */
  label?: string;
}

/**
 * Check an assumption's numbers and return it unchanged.
 *
 * Rules: every number finite; `low ≤ base ≤ high`; `low < high` unless the distribution is
 * `fixed`; `low > 0` for `lognormal`; `min ≤ low` and `high ≤ max` when the bounds are given.
 *
 * @param input The assumption.
 * @returns The same assumption.
 * @throws {RangeError} Naming the assumption, the values found and the rule broken.
 *
 * @example A plausible range that does not contain the base is refused
 * ```ts
 * import { checkUncertainInput } from "./uncertain_input.ts";
 * import { throws } from "node:assert/strict";
 * throws(
 *   () => checkUncertainInput({ id: "x", base: 5, low: 6, high: 9, distribution: "normal", unit: "percent" }),
 *   /Cannot use assumption "x": base 5 is outside \[low 6, high 9\]/,
 * );
 * ```
 */
export function checkUncertainInput(input: UncertainInput): UncertainInput {
  const fail = (why: string): never => {
    throw new RangeError(`Cannot use assumption ${JSON.stringify(input.id)}: ${why}`);
  };
  if (!DISTRIBUTION_KINDS.includes(input.distribution)) {
    fail(
      `distribution ${JSON.stringify(input.distribution)} is not one of ${
        DISTRIBUTION_KINDS.join(", ")
      }`,
    );
  }
  for (const key of ["base", "low", "high", "min", "max"] as const) {
    const v = input[key];
    if (v === undefined && (key === "min" || key === "max")) continue;
    if (typeof v !== "number" || !Number.isFinite(v)) {
      fail(`${key} is ${v}, expected a finite number`);
    }
  }
  const { base, low, high, min, max } = input;
  if (low > high) fail(`low ${low} is above high ${high}`);
  if (base < low || base > high) fail(`base ${base} is outside [low ${low}, high ${high}]`);
  if (input.distribution !== "fixed" && !(low < high)) {
    fail(`low and high are both ${low}; a ${input.distribution} needs low < high (or use "fixed")`);
  }
  if (input.distribution === "lognormal" && !(low > 0)) {
    fail(`a lognormal needs low > 0, found low ${low}`);
  }
  if (min !== undefined && min > low) fail(`min ${min} is above low ${low}`);
  if (max !== undefined && max < high) fail(`max ${max} is below high ${high}`);
  return input;
}
