/**
 * The distribution an {@linkcode UncertainInput} stands for, with its quantile function (inverse
 * CDF) and CDF. Sampling is by inversion: a uniform u in (0, 1) becomes the quantile at
 * p = F(min) + u · (F(max) − F(min)), which draws exactly from the distribution truncated to the
 * hard bounds [min, max], one uniform per draw, without rejection.
 *
 * @module
 */
import {
  lognormalFromInterval,
  normalFromInterval,
  triangularFromInterval,
  uniformFromInterval,
} from "./interval_params.ts";
import { normalCdf } from "./normal_cdf.ts";
import { normalQuantile } from "./normal_quantile.ts";
import { checkUncertainInput, type UncertainInput } from "./uncertain_input.ts";

/** Truncation: the CDF at the hard bounds (0 and 1 when there are none). */
interface Truncation {
  /** F(min). */
  pMin: number;
  /** F(max). */
  pMax: number;
}

/** A fitted distribution (parameters after the 90 % interval conversion). */
export type Distribution =
  | ({ kind: "normal"; mean: number; sd: number } & Truncation)
  | ({ kind: "lognormal"; mu: number; sigma: number } & Truncation)
  | ({ kind: "uniform"; a: number; b: number } & Truncation)
  | ({ kind: "triangular"; a: number; m: number; b: number } & Truncation)
  | { kind: "fixed"; value: number };

type Untruncated = Exclude<Distribution, { kind: "fixed" }>;

/**
 * The fitted distribution of an assumption: `low` / `high` as its 5th / 95th percentiles (the
 * triangle's mode is `base`), truncated to [min, max].
 *
 * @param input The assumption (checked with `checkUncertainInput`).
 * @returns The distribution.
 * @throws {RangeError} If the assumption is invalid.
 *
 * @example A normal from 900 to 1 220 $
 * ```ts
 * import { distributionOf } from "./distribution.ts";
 * import { strictEqual } from "node:assert/strict";
 * const d = distributionOf({ id: "r", base: 1060, low: 900, high: 1220, distribution: "normal", unit: "CAD/year" });
 * strictEqual(d.kind === "normal" && d.mean, 1060);
 * ```
 */
export function distributionOf(input: UncertainInput): Distribution {
  checkUncertainInput(input);
  const interval = { lower: input.low, upper: input.high };
  let d: Untruncated;
  switch (input.distribution) {
    case "fixed":
      return { kind: "fixed", value: input.base };
    case "normal":
      d = { kind: "normal", ...normalFromInterval(interval), pMin: 0, pMax: 1 };
      break;
    case "lognormal":
      d = { kind: "lognormal", ...lognormalFromInterval(interval), pMin: 0, pMax: 1 };
      break;
    case "uniform": {
      const { min, max } = uniformFromInterval(interval);
      d = { kind: "uniform", a: min, b: max, pMin: 0, pMax: 1 };
      break;
    }
    case "triangular": {
      const { min, mode, max } = triangularFromInterval(interval, input.base);
      d = { kind: "triangular", a: min, m: mode, b: max, pMin: 0, pMax: 1 };
      break;
    }
  }
  if (input.min !== undefined) d.pMin = distributionCdf(d, input.min);
  if (input.max !== undefined) d.pMax = distributionCdf(d, input.max);
  return d;
}

/**
 * The CDF of the untruncated distribution at x (for `fixed`: 0 below the value, 1 from it).
 *
 * @param d The distribution.
 * @param x Any number.
 * @returns P(X ≤ x), before truncation.
 *
 * @example Half of a uniform lies below its middle
 * ```ts
 * import { distributionCdf } from "./distribution.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(distributionCdf({ kind: "uniform", a: 0, b: 10, pMin: 0, pMax: 1 }, 5), 0.5);
 * ```
 */
export function distributionCdf(d: Distribution, x: number): number {
  switch (d.kind) {
    case "fixed":
      return x < d.value ? 0 : 1;
    case "normal":
      return normalCdf((x - d.mean) / d.sd);
    case "lognormal":
      return x <= 0 ? 0 : normalCdf((Math.log(x) - d.mu) / d.sigma);
    case "uniform":
      return x <= d.a ? 0 : x >= d.b ? 1 : (x - d.a) / (d.b - d.a);
    case "triangular":
      if (x <= d.a) return 0;
      if (x >= d.b) return 1;
      return x <= d.m
        ? (x - d.a) ** 2 / ((d.b - d.a) * (d.m - d.a))
        : 1 - (d.b - x) ** 2 / ((d.b - d.a) * (d.b - d.m));
  }
}

/**
 * The quantile of the untruncated distribution at p (inverse CDF); sampling applies it to
 * `pMin + u (pMax − pMin)`.
 *
 * @param d The distribution.
 * @param p A probability in (0, 1).
 * @returns x with F(x) = p.
 *
 * @example The 95th percentile of a lognormal fitted to [100, 400] is 400
 * ```ts
 * import { distributionOf, distributionQuantile } from "./distribution.ts";
 * import { ok } from "node:assert/strict";
 * const d = distributionOf({ id: "i", base: 200, low: 100, high: 400, distribution: "lognormal", unit: "CAD/year" });
 * ok(Math.abs(distributionQuantile(d, 0.95) - 400) < 1e-6);
 * ```
 */
export function distributionQuantile(d: Distribution, p: number): number {
  switch (d.kind) {
    case "fixed":
      return d.value;
    case "normal":
      return d.mean + d.sd * normalQuantile(p);
    case "lognormal":
      return Math.exp(d.mu + d.sigma * normalQuantile(p));
    case "uniform":
      return d.a + p * (d.b - d.a);
    case "triangular": {
      const w = d.b - d.a, pw = p * w;
      return pw < d.m - d.a
        ? d.a + Math.sqrt(pw * (d.m - d.a))
        : d.b - Math.sqrt((w - pw) * (d.b - d.m));
    }
  }
}
