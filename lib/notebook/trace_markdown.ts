/**
 * A model's trace for the notebooks: every step written out with its formula, the values put in
 * and the memo figures behind them (see `lib/trace_format.ts`), in a Markdown code block.
 *
 * @module
 */
import type { Trace } from "../trace.ts";
import { formatFr } from "../report/format_fr.ts";
import { formatStep } from "../trace_format.ts";
import { displayMarkdown } from "./display.ts";

/**
 * The trace (or some of its steps) as a Markdown code block, one step a line, headed by the
 * scenario and the inputs whose value an override changed.
 *
 * @param trace A model result's trace.
 * @param steps The steps to show, in order. @default every step
 * @returns The Markdown.
 *
 * @example The payroll example's plan cost
 * ```ts
 * import { payrollCost } from "../models/payroll_cost.ts";
 * import { traceMarkdown } from "./trace_markdown.ts";
 * import { ok } from "node:assert/strict";
 * const text = traceMarkdown(payrollCost().trace, ["planCost"]);
 * ok(text.includes("planCost = 10\u202F800 $/an = payroll × payroll.plan_rate / 100"));
 * ```
 */
export function traceMarkdown(trace: Trace, steps?: readonly string[]): string {
  const names = steps ?? trace.steps.map((s) => s.name);
  const head: string[] = [];
  if (trace.scenario) head.push(`scénario : ${trace.scenario}`);
  for (const input of trace.inputs.filter((i) => i.overridden && i.value !== i.baseValue)) {
    const base = input.baseValue === null ? "aucune valeur de base" : formatFr(input.baseValue, 4);
    head.push(
      `hypothèse modifiée : ${input.id} = ${formatFr(input.value, 4)} (au lieu de ${base})`,
    );
  }
  const lines = [...head, ...names.map((name) => formatStep(trace, name))];
  return ["```text", ...lines, "```"].join("\n");
}

/**
 * Shows a trace (see {@linkcode traceMarkdown}).
 *
 * @param trace A model result's trace.
 * @param steps The steps to show. @default every step
 * @returns Once the output is published.
 *
 * @example Outside Jupyter, the code block is printed
 * ```ts
 * import { payrollCost } from "../models/payroll_cost.ts";
 * import { displayTrace } from "./trace_markdown.ts";
 * await displayTrace(payrollCost().trace, ["payroll"]);
 * ```
 */
export async function displayTrace(trace: Trace, steps?: readonly string[]): Promise<void> {
  await displayMarkdown(traceMarkdown(trace, steps));
}
