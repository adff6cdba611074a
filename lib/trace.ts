/**
 * The trace a model result carries: which figures and assumptions it used (with their values,
 * units and sources, and whether an override replaced them) and each intermediate value by name.
 * A notebook prints it; the audit cites it.
 *
 * @module
 */

/** One input of a calculation. */
export interface TraceInput {
  /** Assumption id (or figure id, for figures read directly). */
  id: string;
  /** Whether the input is a memo figure or a named assumption. */
  kind: "figure" | "assumption";
  /** The value used. */
  value: number;
  /** Its unit. */
  unit: string;
  /** The memo figure id behind it, if any. */
  figureId?: string;
  /** The source: a memo id (`aacocq`…) or an outside reference. */
  source: string;
  /** Whether an override replaced the base value. */
  overridden: boolean;
  /** The base value before any override; `null` when the memos give none. */
  baseValue: number | null;
  /** What replaced the base value: `override`, or `scenario <id>`. */
  overriddenBy?: string;
  /** A short label, in French. */
  label?: string;
}

/** One intermediate result. */
export interface TraceStep {
  /** Name of the quantity, in the model's terms (`payroll`, `planCost`). */
  name: string;
  /** Its value. */
  value: number;
  /** Its unit. */
  unit: string;
  /** How it was computed, over input ids and earlier step names: `payroll.staff × payroll.salary`. */
  formula: string;
}

/** The full trace of a result. */
export interface Trace {
  /** The inputs, in the order the model reads them. */
  inputs: TraceInput[];
  /** The intermediate and final values, in the order computed. */
  steps: TraceStep[];
  /** The scenario applied, if any. */
  scenario?: string;
}

/**
 * The step of a trace by name.
 *
 * @param trace A trace.
 * @param name The step's name.
 * @returns The step.
 * @throws {RangeError} If no step has that name, naming the steps there are.
 *
 * @example
 * ```ts
 * import { traceStep } from "./trace.ts";
 * import { strictEqual } from "node:assert/strict";
 * const trace = { inputs: [], steps: [{ name: "payroll", value: 135000, unit: "CAD/year", formula: "staff × salary" }] };
 * strictEqual(traceStep(trace, "payroll").value, 135000);
 * ```
 */
export function traceStep(trace: Trace, name: string): TraceStep {
  const step = trace.steps.find((s) => s.name === name);
  if (!step) {
    throw new RangeError(
      `No step "${name}" in this trace; steps: ${trace.steps.map((s) => s.name).join(", ")}`,
    );
  }
  return step;
}
