/**
 * A domain is what the values of an expression are: plain numbers, intervals or columns of
 * samples. The evaluator ({@linkcode ./evaluate.ts}) walks a compiled expression once and asks
 * its domain for each operation, so one formula serves a point estimate, the audit's intervals and
 * the Monte Carlo's million samples alike.
 *
 * Every value is in base units (dollars, years, persons…); calendar dates are decimal years.
 *
 * @module
 */

/** The operations an expression needs, over values of type `V`. */
export interface Domain<V> {
  /** The domain's name, for messages. */
  readonly name: string;
  /** A constant. */
  constant(x: number): V;
  /** `a + b`. */
  add(a: V, b: V): V;
  /** `a − b`. */
  sub(a: V, b: V): V;
  /** `a × b`. */
  mul(a: V, b: V): V;
  /**
   * `a ÷ b`.
   *
   * @throws {RangeError} When `b` is exactly 0 (a point, or an interval reduced to 0).
   */
  div(a: V, b: V): V;
  /** `−a`. */
  neg(a: V): V;
  /** The smaller. */
  min(a: V, b: V): V;
  /** The larger. */
  max(a: V, b: V): V;
  /** The calendar year of a date given in decimal years, as a pure number. */
  year(a: V): V;
  /**
   * `a` to the power `b`.
   *
   * @throws {RangeError} When `a` may be negative and `b` is not a whole number.
   */
  pow(a: V, b: V): V;
}

/** Float noise absorbed where a year boundary is taken: a date 2030.0 is in 2030. */
export const YEAR_EPSILON = 1e-9;
