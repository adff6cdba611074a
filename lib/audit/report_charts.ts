/**
 * The report's charts, built from the models' results (the same specs the notebooks display).
 *
 * @module
 */
import type { ModelOptions } from "../assumptions/resolve_inputs.ts";
import {
  coveragePlanChart,
  fiscalGainChart,
  ocStaffingChart,
  payrollCostChart,
  psocCatchUpChart,
  type VegaLiteSpec,
} from "../charts/mod.ts";
import { coveragePlan } from "../models/coverage_plan.ts";
import { ocStaffingTrend } from "../models/oc_staffing_trend.ts";
import { payrollCost } from "../models/payroll_cost.ts";
import { psocCatchUp } from "../models/psoc_catch_up.ts";
import { zeroNetCost } from "../models/zero_net_cost.ts";
import { fiscalGain } from "../models/fiscal_gain.ts";
import { formatFr } from "../report/format_fr.ts";

/** A chart of the report, as a Vega-Lite spec. */
export interface AuditChart {
  /** Stable id, also the file name `out/figures/<id>.svg`. */
  id: string;
  /** The memo it illustrates. */
  source_id: string;
  /** Caption in French. */
  title_fr: string;
  /** Caption in English. */
  title_en: string;
  /** The Vega-Lite spec (the one the notebooks display). */
  spec: VegaLiteSpec;
}

/**
 * The five charts: the payroll-cost example, the fiscal-gain components against the public
 * contribution, the coverage plan to 2030, the PSOC catch-up steps, and the OC staffing points
 * with the two target paths.
 *
 * The coverage plan starts from the growth plan's 2 000 workers with the 2030 ratio (15 000
 * persons for 6 000 workers), the memo's own plan; the notebooks show the other choices. The
 * LaRISSS target has no horizon in the memo: the chart draws it over the EGTS horizon and its
 * label says the horizon is assumed.
 *
 * @param options Overrides and scenario, applied to every model that reads them.
 * @returns The charts, in report order.
 *
 * @example
 * ```ts
 * import { reportCharts } from "./report_charts.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(reportCharts().map((c) => c.id), ["payroll_cost", "fiscal_gain", "coverage_plan", "psoc_catch_up", "oc_staffing"]);
 * ```
 */
export function reportCharts(options: Pick<ModelOptions, "scenario"> = {}): AuditChart[] {
  const chart = (id: string, source_id: string, spec: VegaLiteSpec): AuditChart => ({
    id,
    source_id,
    title_fr: spec.title.text,
    title_en: spec.title.subtitle[0],
    spec,
  });
  const payroll = payrollCost(options);
  const gain = fiscalGain(options);
  const zero = zeroNetCost(options);
  const plan = coveragePlan({
    ...options,
    startingPoint: "growth_plan_2000",
    personsPerWorker: "conclusion_2030",
  });
  const psoc = psocCatchUp(options);
  const egtsHorizon = ocStaffingTrend(options).targets.egts.horizon;
  const oc = ocStaffingTrend({
    ...options,
    ...(egtsHorizon !== null ? { overrides: { "oc.larisss_horizon": egtsHorizon } } : {}),
  });
  return [
    chart(
      "payroll_cost",
      "aacocq",
      payrollCostChart({
        planCost: payroll.planCost,
        monthlyPayroll: payroll.monthlyPayroll,
        rate: payroll.rate / 100,
      }),
    ),
    chart(
      "fiscal_gain",
      "aacocq",
      fiscalGainChart({
        components: gain.components.map((c) => ({ label: c.label_fr, amount: c.amount })),
        contributionPerWorker: zero.contributionPerWorker,
        contributionLabel: `${formatFr(zero.contributionShare)} % × ${
          formatFr(zero.averageSalary)
        } $`,
      }),
    ),
    chart(
      "coverage_plan",
      "aacocq",
      coveragePlanChart(plan.rows.map((r) => ({
        year: r.year,
        workers: r.workers,
        personsCovered: r.personsCovered,
        stateSavings: r.stateSavings * 1e6,
        publicContribution: r.publicContribution * 1e6,
      }))),
    ),
    chart(
      "psoc_catch_up",
      "ctroc",
      psocCatchUpChart(psoc.rows.map((r) => ({
        fiscalYear: r.fiscalYear,
        increment: r.increment,
        recurring: r.recurring,
      }))),
    ),
    chart(
      "oc_staffing",
      "oc",
      ocStaffingChart({
        known: oc.known.map((k) => ({ year: k.year, count: k.count, unit: k.unit })),
        unknownYears: oc.unknownYears,
        paths: oc.paths.map((p) =>
          p.label.includes("LaRISSS") || p.label.toLowerCase().includes("larisss")
            ? { ...p, label: `${p.label} — horizon supposé, non précisé par le mémoire` }
            : p
        ),
      }),
    ),
  ];
}
