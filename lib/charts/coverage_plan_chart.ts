/**
 * Chart of the AACOCQ coverage plan to 2030.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_spec.ts";

/** One year of the plan (from `coveragePlan()`). */
export interface CoveragePlanChartRow {
  /** Calendar year. */
  year: number;
  /** Workers covered. */
  workers: number;
  /** Persons covered (workers and families). */
  personsCovered: number;
  /** The state's savings that year (CAD/year). */
  stateSavings: number;
  /** The public contribution that year (CAD/year). */
  publicContribution: number;
}

/**
 * Two panels: workers and persons covered by year; the state's savings against the public
 * contribution by year (in M$).
 *
 * @param rows The plan, one row per year.
 * @returns A Vega-Lite spec.
 *
 * @example
 * ```ts
 * import { coveragePlanChart } from "./coverage_plan_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const spec = coveragePlanChart([{ year: 2026, workers: 2000, personsCovered: 5000, stateSavings: 5e6, publicContribution: 5e6 }]);
 * strictEqual(spec.vconcat.length, 2);
 * ```
 */
export function coveragePlanChart(rows: CoveragePlanChartRow[]): VegaLiteSpec {
  const frame = chartFrame(
    "Plan de croissance de l'AACOCQ jusqu'en 2030",
    "AACOCQ coverage plan to 2030",
    "AACOCQ, mémoire prébudgétaire, octobre 2025",
  );
  const { width: _w, height: _h, ...rest } = frame;
  const people = rows.flatMap((r) => [
    { year: String(r.year), series: "Travailleurs couverts", count: r.workers },
    { year: String(r.year), series: "Personnes couvertes", count: r.personsCovered },
  ]);
  const money = rows.flatMap((r) => [
    { year: String(r.year), series: "Économies pour l'État", mcad: r.stateSavings / 1e6 },
    { year: String(r.year), series: "Contribution publique", mcad: r.publicContribution / 1e6 },
  ]);
  return {
    ...rest,
    vconcat: [
      {
        width: 420,
        height: 180,
        data: { values: people },
        mark: { type: "line", point: true, tooltip: true },
        encoding: {
          x: { field: "year", type: "ordinal", title: "Année" },
          y: { field: "count", type: "quantitative", title: "Nombre", axis: { format: ",.0f" } },
          color: { field: "series", type: "nominal", title: null, sort: null },
        },
      },
      {
        width: 420,
        height: 180,
        data: { values: money },
        mark: { type: "bar", tooltip: true },
        encoding: {
          x: { field: "year", type: "ordinal", title: "Année" },
          xOffset: { field: "series", sort: null },
          y: { field: "mcad", type: "quantitative", title: "M$ par an" },
          color: { field: "series", type: "nominal", title: null, sort: null },
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
  };
}
