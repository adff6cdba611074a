/**
 * The AACOCQ payroll-cost example (« Une perspective sur la masse salariale »): an organization
 * with three full-time staff at 45 000 $ a year, a group plan costing about 8 % of payroll, and
 * that cost compared with a month of salary.
 *
 *   payroll        = staff × salary
 *   planCost       = payroll × rate / 100
 *   monthlyPayroll = payroll / 12
 *   monthsOfPayroll = planCost / monthlyPayroll
 *
 * @module
 */
import { type ModelOptions, resolveInputs } from "../assumptions/resolve_inputs.ts";
import type { Trace } from "../trace.ts";
import { stepRecorder } from "./_steps.ts";

/** Parameters of {@linkcode payrollCost}: overrides (`payroll.staff`, `payroll.salary`, `payroll.plan_rate`) and scenario. */
export type PayrollCostParams = ModelOptions;

/** The payroll-cost example, recomputed. */
export interface PayrollCost {
  /** Full-time staff (persons). */
  staff: number;
  /** Salary per person (CAD/year). */
  salary: number;
  /** Total payroll (CAD/year). */
  payroll: number;
  /** Plan cost as a share of payroll (percent). */
  rate: number;
  /** Yearly cost of the plan (CAD/year). */
  planCost: number;
  /** One month of payroll (CAD). */
  monthlyPayroll: number;
  /** The plan cost in months of payroll. */
  monthsOfPayroll: number;
  /** Inputs and steps. */
  trace: Trace;
}

/**
 * Recomputes the payroll-cost example.
 *
 * @param params Overrides and scenario; with none, the memo's example.
 * @returns Payroll, plan cost and months of payroll, with the trace.
 *
 * @example The memo's 135 000 $ payroll and 10 800 $ plan (figures aacocq.payroll_example.*)
 * ```ts
 * import { payrollCost } from "./payroll_cost.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = payrollCost();
 * strictEqual(r.payroll, 135000);
 * strictEqual(r.planCost, 10800);
 * strictEqual(r.monthsOfPayroll, 0.96); // "un mois complet de salaire" is 11 250 $
 * strictEqual(payrollCost({ overrides: { "payroll.staff": 5 } }).planCost, 18000);
 * ```
 */
export function payrollCost(params: PayrollCostParams = {}): PayrollCost {
  const { values: v, inputs, scenario } = resolveInputs(
    "payrollCost",
    ["payroll.staff", "payroll.salary", "payroll.plan_rate"],
    [],
    params,
  );
  const r = stepRecorder("payrollCost");
  const staff = v["payroll.staff"];
  const salary = v["payroll.salary"];
  const rate = v["payroll.plan_rate"];
  const payroll = r.record("payroll", staff * salary, "CAD/year", "payroll.staff × payroll.salary");
  const planCost = r.record(
    "planCost",
    (payroll * rate) / 100,
    "CAD/year",
    "payroll × payroll.plan_rate / 100",
  );
  const monthlyPayroll = r.record("monthlyPayroll", payroll / 12, "CAD", "payroll / 12");
  const monthsOfPayroll = r.record(
    "monthsOfPayroll",
    planCost / monthlyPayroll,
    "months",
    "planCost / monthlyPayroll",
  );
  return {
    staff,
    salary,
    payroll,
    rate,
    planCost,
    monthlyPayroll,
    monthsOfPayroll,
    trace: { inputs, steps: r.steps, ...(scenario ? { scenario } : {}) },
  };
}
