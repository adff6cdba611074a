/**
 * The charts of the project's models, as the report shows them and `out/figures/` stores them.
 *
 * @module
 */
import { optionsFor, runModel, type RunOptions } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";
import type { Chart } from "./chart.ts";
import { coveragePlanChart } from "./coverage_plan_chart.ts";
import { fiscalGainChart } from "./fiscal_gain_chart.ts";
import { ocStaffingChart } from "./oc_staffing_chart.ts";
import { payrollCostChart } from "./payroll_cost_chart.ts";
import { psocCatchUpChart } from "./psoc_catch_up_chart.ts";

/**
 * Every model chart, under a scenario and overrides.
 *
 * @param project The project.
 * @param options Scenario and overrides (each model gets the overrides it reads).
 * @returns The charts, in report order.
 *
 * @example
 * ```ts
 * import { projectCharts } from "./project_charts.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(projectCharts(loadProject("data")).map((c) => c.id),
 *   ["payroll_cost", "fiscal_gain", "coverage_plan", "psoc_catch_up", "oc_staffing"]);
 * ```
 */
export function projectCharts(project: Project, options: RunOptions = {}): Chart[] {
  const run = (model: string) => runModel(project, model, optionsFor(project, model, options));
  return [
    payrollCostChart(run("payrollCost")),
    fiscalGainChart(run("zeroNetCost")),
    coveragePlanChart(run("coveragePlan")),
    psocCatchUpChart(run("psocCatchUp")),
    ocStaffingChart(project, run("ocTargets")),
  ];
}
