/**
 * A bracketing root-finder: Brent's method (Brent 1973, as in Numerical Recipes' `zbrent`):
 * inverse quadratic interpolation or secant steps, falling back to bisection whenever they would
 * leave the bracket or shrink it too slowly, so it always converges once f(a) and f(b) have
 * opposite signs.
 *
 * @module
 */

/** Options of {@linkcode findRoot}. */
export interface FindRootOptions {
  /** Absolute tolerance on x. @default 1e-12 × max(1, |a|, |b|) */
  tolerance?: number;
  /** Largest number of iterations. @default 200 */
  maxIterations?: number;
}

/**
 * A root of f in [a, b], where f(a) and f(b) have opposite signs (or one is zero).
 *
 * @param f A continuous function.
 * @param a One end of the bracket.
 * @param b The other end.
 * @param options Tolerance and iteration limit.
 * @returns x with f(x) = 0 within the tolerance on x.
 * @throws {RangeError} If f(a) and f(b) have the same sign, or an end gives a non-finite value.
 *
 * @example √2 as the root of x² − 2
 * ```ts
 * import { findRoot } from "./find_root.ts";
 * import { ok } from "node:assert/strict";
 * ok(Math.abs(findRoot((x) => x * x - 2, 0, 2) - Math.SQRT2) < 1e-12);
 * ```
 */
export function findRoot(
  f: (x: number) => number,
  a: number,
  b: number,
  options: FindRootOptions = {},
): number {
  const tolerance = options.tolerance ?? 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  const maxIterations = options.maxIterations ?? 200;
  let fa = f(a);
  let fb = f(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb)) {
    throw new RangeError(`Cannot bracket a root: f(${a}) = ${fa}, f(${b}) = ${fb}`);
  }
  if (fa === 0) return a;
  if (fb === 0) return b;
  if ((fa > 0) === (fb > 0)) {
    throw new RangeError(
      `Cannot bracket a root: f(${a}) = ${fa} and f(${b}) = ${fb} have the same sign`,
    );
  }
  let c = b, fc = fb, d = b - a, e = d;
  for (let i = 0; i < maxIterations; i++) {
    if ((fb > 0) === (fc > 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolerance;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return b;
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number, q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qa = fa / fc, r = fb / fc;
        p = s * (2 * xm * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : (xm > 0 ? tol1 : -tol1);
    fb = f(b);
    if (!Number.isFinite(fb)) throw new RangeError(`Cannot find a root: f(${b}) = ${fb}`);
  }
  return b;
}
