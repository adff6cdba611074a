/**
 * A trace step as one line a reader can check by hand, in French number style:
 * `planCost = 10 800 CAD/year = payroll × payroll.plan_rate / 100 = 135 000 × 8 / 100`, followed
 * by the memo figures behind the inputs.
 *
 * @module
 */
import { formatFr } from "./report/format_fr.ts";
import { type Trace, traceStep } from "./trace.ts";

const UNIT_SYMBOLS: Record<string, string> = {
  "CAD": "$",
  "CAD/year": "$/an",
  "MCAD": "M$",
  "MCAD/year": "M$/an",
  "percent": "%",
};

/**
 * A value with its unit, French style (`10 800 $/an`, `8 %`, `0,96 months`).
 *
 * @param value The number.
 * @param unit Its unit.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatWithUnit } from "./trace_format.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatWithUnit(10800, "CAD/year"), "10\u202F800 $/an");
 * ```
 */
export function formatWithUnit(value: number, unit: string): string {
  return `${formatFr(value, 4)} ${UNIT_SYMBOLS[unit] ?? unit}`;
}

/**
 * One step of a trace written out: its value, its formula, the formula with the values put in,
 * and the memo figures (or outside sources) of the inputs it reads directly.
 *
 * @param trace A model result's trace.
 * @param name The step's name.
 * @returns The line.
 * @throws {RangeError} If the trace has no such step.
 *
 * @example The payroll-cost example's plan cost
 * ```ts
 * import { payrollCost } from "./models/payroll_cost.ts";
 * import { formatStep } from "./trace_format.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(
 *   formatStep(payrollCost().trace, "payroll"),
 *   "payroll = 135\u202F000 $/an = payroll.staff × payroll.salary = 3 × 45\u202F000 " +
 *     "(aacocq.payroll_example.staff, aacocq.payroll_example.salary)",
 * );
 * ```
 */
export function formatStep(trace: Trace, name: string): string {
  const step = traceStep(trace, name);
  const inputs = new Map(trace.inputs.map((i) => [i.id, i]));
  const steps = new Map(trace.steps.map((s) => [s.name, s]));
  const cited: string[] = [];
  const filled = step.formula.replace(/[A-Za-z_][\w.]*[\w]/g, (token) => {
    const input = inputs.get(token);
    if (input) {
      const origin = input.overridden
        ? `${input.id} ← ${input.overriddenBy ?? "override"}`
        : input.figureId ?? input.source;
      if (!cited.includes(origin)) cited.push(origin);
      return formatFr(input.value, 4);
    }
    const earlier = steps.get(token);
    return earlier && token !== name ? formatFr(earlier.value, 4) : token;
  });
  const sources = cited.length > 0 ? ` (${cited.join(", ")})` : "";
  return `${name} = ${
    formatWithUnit(step.value, step.unit)
  } = ${step.formula} = ${filled}${sources}`;
}

/**
 * Every step of a trace, one line each (see {@linkcode formatStep}).
 *
 * @param trace A trace.
 * @returns The lines joined by new lines, headed by the scenario when one applies.
 */
export function formatTrace(trace: Trace): string {
  const lines = trace.steps.map((s) => formatStep(trace, s.name));
  return (trace.scenario ? [`scénario : ${trace.scenario}`, ...lines] : lines).join("\n");
}
