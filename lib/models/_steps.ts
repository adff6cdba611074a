/**
 * Recording a model's intermediate values as it computes them, for its trace.
 *
 * @module
 */
import type { TraceStep } from "../trace.ts";

/** A recorder of trace steps. */
export interface StepRecorder {
  /** The steps so far, in order. */
  steps: TraceStep[];
  /**
   * Records a value and returns it, refusing a value that is not a finite number.
   *
   * @param name The quantity's name in the model's terms.
   * @param value Its value.
   * @param unit Its unit.
   * @param formula How it is computed, over input ids and earlier step names.
   * @returns `value`.
   */
  record(name: string, value: number, unit: string, formula: string): number;
}

/**
 * A new step recorder for one model call.
 *
 * @param model The model's name, for error messages.
 * @returns The recorder.
 * @throws {RangeError} From `record`, when a value is NaN or infinite (a division by zero or
 *   an input out of domain), naming the step and its formula.
 *
 * @example
 * ```ts
 * import { stepRecorder } from "./_steps.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const r = stepRecorder("demo");
 * strictEqual(r.record("payroll", 3 * 45000, "CAD/year", "staff × salary"), 135000);
 * throws(() => r.record("ratio", 1 / 0, "count", "a / b"), /demo: ratio = a \/ b is Infinity/);
 * ```
 */
export function stepRecorder(model: string): StepRecorder {
  const steps: TraceStep[] = [];
  return {
    steps,
    record(name, value, unit, formula) {
      if (!Number.isFinite(value)) {
        throw new RangeError(
          `${model}: ${name} = ${formula} is ${value}; check the inputs (a zero divisor?)`,
        );
      }
      steps.push({ name, value, unit, formula });
      return value;
    },
  };
}
