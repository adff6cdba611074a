/**
 * Chart of the AACOCQ payroll-cost example: the plan's annual cost against one month of payroll.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_spec.ts";

/** What the chart shows (from `payrollCost()`). */
export interface PayrollCostChartInput {
  /** The plan's annual cost (CAD/year). */
  planCost: number;
  /** One month of the team's payroll (CAD). */
  monthlyPayroll: number;
  /** The plan's rate of payroll (fraction). */
  rate: number;
}

/**
 * Bars: the plan's annual cost (≈ 8 % of payroll) next to one month of payroll, the memo's
 * "l'équivalent d'un mois complet de salaire".
 *
 * @param input The model's values.
 * @returns A Vega-Lite spec.
 *
 * @example
 * ```ts
 * import { payrollCostChart } from "./payroll_cost_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const spec = payrollCostChart({ planCost: 10800, monthlyPayroll: 11250, rate: 0.08 });
 * strictEqual(spec.data.values.length, 2);
 * ```
 */
export function payrollCostChart(input: PayrollCostChartInput): VegaLiteSpec {
  const percent = (input.rate * 100).toLocaleString("fr-CA", { maximumFractionDigits: 2 });
  return {
    ...chartFrame(
      "Exemple de masse salariale : coût du régime et un mois de salaire",
      "Payroll example: plan cost vs one month of payroll",
      "AACOCQ, mémoire prébudgétaire, octobre 2025",
    ),
    data: {
      values: [
        {
          label: `Coût annuel du régime (${percent} % de la masse salariale)`,
          amount: input.planCost,
        },
        { label: "Un mois de masse salariale (1/12)", amount: input.monthlyPayroll },
      ],
    },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "label", type: "nominal", title: null, sort: null, axis: { labelLimit: 600 } },
      x: { field: "amount", type: "quantitative", title: "$ par an", axis: { format: ",.0f" } },
      color: { field: "label", type: "nominal", legend: null },
    },
  };
}
