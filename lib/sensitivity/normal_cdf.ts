/**
 * The standard normal CDF Φ, through the complementary error function:
 * Φ(z) = ½ erfc(−z / √2), with erfc from the Chebyshev fit of Numerical Recipes (`erfcc`,
 * fractional error below 1.2 × 10⁻⁷ everywhere). Used once per assumption (to truncate a
 * distribution at its `min` / `max`), never per sample.
 *
 * @module
 */

/**
 * The complementary error function, erfc(x) = 1 − erf(x) (Numerical Recipes' `erfcc`).
 *
 * @param x Any number.
 * @returns erfc(x), in [0, 2].
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 +
            t * (0.37409196 +
                t * (0.09678418 +
                    t * (-0.18628806 +
                        t * (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/**
 * Φ(z): the probability that a standard normal draw is at most z.
 *
 * @param z Any number (±∞ allowed).
 * @returns A probability in [0, 1].
 *
 * @example Φ(1.644854) ≈ 0.95 and Φ(0) = 0.5
 * ```ts
 * import { normalCdf } from "./normal_cdf.ts";
 * import { ok } from "node:assert/strict";
 * ok(Math.abs(normalCdf(1.6448536269514722) - 0.95) < 1e-7);
 * ok(Math.abs(normalCdf(0) - 0.5) < 1e-7);
 * ```
 */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return 0.5 * erfc(-z / Math.SQRT2);
}
