/**
 * The AACOCQ payroll example (« Prenons un exemple concret »): three full-time staff at 45 000 $
 * a year, a plan costing about 8 % of payroll, « l’équivalent d’un mois complet de salaire ».
 *
 * @module
 */
import { type ModelDefinition, step } from "./model.ts";

/**
 * The payroll-cost model.
 *
 * @example 3 × 45 000 $ = 135 000 $; 8 % of it is 10 800 $, 0,96 month of payroll
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = runModel(loadProject("data"), "payrollCost");
 * strictEqual(r.values.payroll, 135000); // aacocq.payroll_example.payroll
 * strictEqual(r.values.planCost, 10800); // aacocq.payroll_example.plan_cost
 * strictEqual(r.values.monthsOfPayroll, 0.96);
 * ```
 */
export const payrollCostModel: ModelDefinition = Object.freeze({
  id: "payrollCost",
  title_fr: "Coût du régime pour un organisme (exemple du mémoire)",
  title_en: "Cost of the plan for one organization (the memo's example)",
  inputs: ["payroll.staff", "payroll.salary", "payroll.plan_rate"],
  figures: [],
  steps: [
    step("payroll", "CAD/year", "payroll.staff * payroll.salary", ["Masse salariale", "Payroll"]),
    step("planCost", "CAD/year", "payroll.plan_rate * payroll", [
      "Coût annuel du régime",
      "Yearly cost of the plan",
    ]),
    step("monthlyPayroll", "CAD", "payroll * 1[months]", [
      "Un mois de masse salariale",
      "One month of payroll",
    ]),
    step("monthlySalary", "CAD/worker", "payroll.salary * 1[months]", [
      "Un mois d'un salaire",
      "One month of one salary",
    ]),
    step("monthsOfPayroll", "months", "planCost * 1[years] / payroll", [
      "Coût du régime en mois de masse salariale",
      "Plan cost in months of payroll",
    ]),
    step("monthsOfOneSalary", "months", "planCost * 1[years] / (payroll.salary * 1[workers])", [
      "Coût du régime en mois d'un salaire",
      "Plan cost in months of one salary",
    ]),
  ],
  caveats: [],
});
