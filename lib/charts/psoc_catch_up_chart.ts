/**
 * Chart of the CTROC PSOC catch-up plan.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_spec.ts";

/** One year of the plan (from `psocCatchUp()`). */
export interface PsocCatchUpChartRow {
  /** Fiscal year, e.g. 2026-2027. */
  fiscalYear: string;
  /** The new money added that year (M$/year). */
  increment: number;
  /** The recurring amount that year (M$/year). */
  recurring: number;
}

/**
 * Stacked bars: each year's recurring amount, split into what earlier years added and what the
 * year adds.
 *
 * @param rows The plan, one row per fiscal year.
 * @returns A Vega-Lite spec.
 *
 * @example
 * ```ts
 * import { psocCatchUpChart } from "./psoc_catch_up_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(psocCatchUpChart([{ fiscalYear: "2026-2027", increment: 182.2, recurring: 182.2 }]).data.values.length, 2);
 * ```
 */
export function psocCatchUpChart(rows: PsocCatchUpChartRow[]): VegaLiteSpec {
  return {
    ...chartFrame(
      "Plan de rattrapage du PSOC : sommes récurrentes par année",
      "PSOC catch-up plan: recurring amounts by year",
      "CTROC, mémoire prébudgétaire 2026-2027",
    ),
    data: {
      values: rows.flatMap((r) => [
        {
          fiscalYear: r.fiscalYear,
          part: "Rehaussements des années précédentes",
          order: 0,
          mcad: r.recurring - r.increment,
        },
        {
          fiscalYear: r.fiscalYear,
          part: "Nouveau rehaussement de l'année",
          order: 1,
          mcad: r.increment,
        },
      ]),
    },
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "fiscalYear", type: "ordinal", title: "Exercice" },
      y: { field: "mcad", type: "quantitative", stack: "zero", title: "M$ par an" },
      color: { field: "part", type: "nominal", title: null, sort: null },
      order: { field: "order", type: "quantitative" },
    },
  };
}
