/**
 * From a 90 % interval {lower, upper} (5th and 95th percentiles) to the parameters of each
 * distribution family. With z = Φ⁻¹(0.95) = 1.6448536269514722:
 *
 * - **normal** N(μ, σ): the interval is μ ± zσ, so μ = (lower + upper) / 2 and
 *   σ = (upper − lower) / (2z).
 * - **lognormal** (ln X ~ N(μ, σ)), 0 < lower < upper: the same on the log scale,
 *   μ = (ln lower + ln upper) / 2, σ = (ln upper − ln lower) / (2z); the median is e^μ =
 *   √(lower · upper) and the mean e^(μ + σ²/2) lies above it. This is Squiggle's `lower to upper`.
 * - **uniform** U(a, b): 5 % of the width lies below lower and 5 % above upper, so with
 *   w = upper − lower = 0.9 (b − a): a = lower − w/18, b = upper + w/18.
 * - **triangular** T(a, m, b) with its mode m given (lower ≤ m ≤ upper): with W = b − a,
 *   u = m − a, v = b − m, the CDF below the mode is (x − a)² / (W u), so F(lower) = 0.05 gives
 *   (u − (m − lower))² = 0.05 W u, i.e. √u = (√(0.05 W) + √(0.05 W + 4 (m − lower))) / 2, and
 *   likewise √v = (√(0.05 W) + √(0.05 W + 4 (upper − m))) / 2. W is the root of u(W) + v(W) = W,
 *   found by {@linkcode findRoot} in [upper − lower, 20 (upper − lower)] (at the left end
 *   u + v > W, at the right end u + v < W). A symmetric triangle has the closed form
 *   W = (upper − lower) / (1 − 2√0.025).
 *
 * @module
 */
import { findRoot } from "./find_root.ts";
import { Z_95 } from "./normal_quantile.ts";

/** A 90 % interval: the 5th and 95th percentiles. */
export interface Interval90 {
  /** The 5th percentile. */
  lower: number;
  /** The 95th percentile. */
  upper: number;
}

function checkInterval({ lower, upper }: Interval90, what: string): void {
  if (!Number.isFinite(lower) || !Number.isFinite(upper) || !(lower < upper)) {
    throw new RangeError(
      `Cannot fit a ${what} to the 90 % interval [${lower}, ${upper}]: expected finite lower < upper`,
    );
  }
}

/**
 * Mean and standard deviation of the normal whose 5th / 95th percentiles are the interval.
 *
 * @param interval The 90 % interval.
 * @returns `{ mean, sd }`.
 * @throws {RangeError} If lower ≥ upper.
 *
 * @example 90 % between 900 and 1 220 $
 * ```ts
 * import { normalFromInterval } from "./interval_params.ts";
 * import { ok, strictEqual } from "node:assert/strict";
 * const { mean, sd } = normalFromInterval({ lower: 900, upper: 1220 });
 * strictEqual(mean, 1060);
 * ok(Math.abs(sd - 160 / 1.6448536269514722) < 1e-9);
 * ```
 */
export function normalFromInterval(interval: Interval90): { mean: number; sd: number } {
  checkInterval(interval, "normal");
  return {
    mean: (interval.lower + interval.upper) / 2,
    sd: (interval.upper - interval.lower) / (2 * Z_95),
  };
}

/**
 * μ and σ of the lognormal (ln X ~ N(μ, σ)) whose 5th / 95th percentiles are the interval.
 *
 * @param interval The 90 % interval, with 0 < lower.
 * @returns `{ mu, sigma }`, on the log scale.
 * @throws {RangeError} If lower ≤ 0 or lower ≥ upper.
 *
 * @example The median of a lognormal from 100 to 400 is 200
 * ```ts
 * import { lognormalFromInterval } from "./interval_params.ts";
 * import { ok } from "node:assert/strict";
 * const { mu } = lognormalFromInterval({ lower: 100, upper: 400 });
 * ok(Math.abs(Math.exp(mu) - 200) < 1e-9);
 * ```
 */
export function lognormalFromInterval(interval: Interval90): { mu: number; sigma: number } {
  checkInterval(interval, "lognormal");
  if (!(interval.lower > 0)) {
    throw new RangeError(
      `Cannot fit a lognormal to the 90 % interval [${interval.lower}, ${interval.upper}]: expected lower > 0`,
    );
  }
  const lnLower = Math.log(interval.lower), lnUpper = Math.log(interval.upper);
  return { mu: (lnLower + lnUpper) / 2, sigma: (lnUpper - lnLower) / (2 * Z_95) };
}

/**
 * Support of the uniform whose 5th / 95th percentiles are the interval.
 *
 * @param interval The 90 % interval.
 * @returns `{ min, max }`, the ends of the support.
 * @throws {RangeError} If lower ≥ upper.
 *
 * @example 90 % between 10 and 28: support [9, 29]
 * ```ts
 * import { uniformFromInterval } from "./interval_params.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(uniformFromInterval({ lower: 10, upper: 28 }), { min: 9, max: 29 });
 * ```
 */
export function uniformFromInterval(interval: Interval90): { min: number; max: number } {
  checkInterval(interval, "uniform");
  const w = interval.upper - interval.lower;
  return { min: interval.lower - w / 18, max: interval.upper + w / 18 };
}

/**
 * Support of the triangular distribution with the given mode whose 5th / 95th percentiles are
 * the interval (see the module doc for the math).
 *
 * @param interval The 90 % interval.
 * @param mode The mode, within the interval.
 * @returns `{ min, mode, max }`.
 * @throws {RangeError} If lower ≥ upper or the mode is outside [lower, upper].
 *
 * @example A symmetric triangle: width (upper − lower) / (1 − 2√0.025)
 * ```ts
 * import { triangularFromInterval } from "./interval_params.ts";
 * import { ok } from "node:assert/strict";
 * const t = triangularFromInterval({ lower: 450, upper: 610 }, 530);
 * ok(Math.abs(t.max - t.min - 160 / (1 - 2 * Math.sqrt(0.025))) < 1e-6);
 * ok(Math.abs(t.min + t.max - 1060) < 1e-6);
 * ```
 */
export function triangularFromInterval(
  interval: Interval90,
  mode: number,
): { min: number; mode: number; max: number } {
  checkInterval(interval, "triangular");
  const { lower, upper } = interval;
  if (!(mode >= lower && mode <= upper)) {
    throw new RangeError(
      `Cannot fit a triangular to the 90 % interval [${lower}, ${upper}]: the mode ${mode} is outside it`,
    );
  }
  const dLow = mode - lower, dHigh = upper - mode;
  const side = (d: number, w: number) => {
    const s = (Math.sqrt(0.05 * w) + Math.sqrt(0.05 * w + 4 * d)) / 2;
    return s * s;
  };
  const width = upper - lower;
  const w = findRoot((w) => side(dLow, w) + side(dHigh, w) - w, width, 20 * width, {
    tolerance: 1e-13 * width,
  });
  const u = side(dLow, w);
  return { min: mode - u, mode, max: mode - u + w };
}
