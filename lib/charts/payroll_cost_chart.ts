/**
 * The payroll example: the plan's yearly cost beside one month of payroll and one month of one
 * salary (« l’équivalent d’un mois complet de salaire »).
 *
 * @module
 */
import type { ModelResult } from "../models/run_model.ts";
import { chartFrame } from "./_frame.ts";
import type { Chart } from "./chart.ts";

/**
 * The chart.
 *
 * @param result A run of `payrollCost`.
 * @returns The chart.
 *
 * @example
 * ```ts
 * import { payrollCostChart } from "./payroll_cost_chart.ts";
 * import { runModel } from "../models/run_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const c = payrollCostChart(runModel(loadProject("data"), "payrollCost"));
 * strictEqual(c.plotted[0]!.value, 10800);
 * ```
 */
export function payrollCostChart(result: ModelResult): Chart {
  const v = result.values;
  const plotted = [
    { label: "Coût annuel du régime", value: v.planCost!, from: "model.payrollCost.planCost" },
    {
      label: "Un mois de masse salariale",
      value: v.monthlyPayroll!,
      from: "model.payrollCost.monthlyPayroll",
    },
    {
      label: "Un mois d'un salaire",
      value: v.monthlySalary!,
      from: "model.payrollCost.monthlySalary",
    },
  ];
  const title_fr =
    "Exemple de masse salariale : le coût du régime et « un mois complet de salaire »";
  const title_en = "Payroll example: the plan's cost and “one full month of salary”";
  return {
    id: "payroll_cost",
    sourceId: "aacocq",
    title_fr,
    title_en,
    plotted,
    spec: {
      ...chartFrame(title_fr, title_en, "AACOCQ, mémoire prébudgétaire, octobre 2025"),
      data: { values: plotted.map((p) => ({ label: p.label, amount: p.value })) },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "label", type: "nominal", title: null, sort: null, axis: { labelLimit: 600 } },
        x: { field: "amount", type: "quantitative", title: "$", axis: { format: ",.0f" } },
        color: { field: "label", type: "nominal", legend: null },
      },
    },
  };
}
