/**
 * The error raised for an override (or a scenario) that cannot apply.
 *
 * @module
 */

/**
 * An override that cannot apply: an id the model does not read, a wrong unit, a value that is
 * not a number or lies outside what is possible, a missing value the model needs. The message
 * says what to fix.
 *
 * @example
 * ```ts
 * import { OverrideError } from "./override_error.ts";
 * import { strictEqual } from "node:assert/strict";
 * const e = new OverrideError("fiscal.average_salary", "-1 is below the smallest possible value, 0 CAD/year");
 * strictEqual(e.message, 'Override "fiscal.average_salary": -1 is below the smallest possible value, 0 CAD/year');
 * ```
 */
export class OverrideError extends RangeError {
  /** The assumption id. */
  readonly assumptionId: string;

  /**
   * @param assumptionId The assumption the override names.
   * @param problem What is wrong and what to do.
   */
  constructor(assumptionId: string, problem: string) {
    super(`Override ${JSON.stringify(assumptionId)}: ${problem}`);
    this.name = "OverrideError";
    this.assumptionId = assumptionId;
  }
}
