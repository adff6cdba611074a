/**
 * The AACOCQ coverage plan year by year: insured workers and persons covered; the state's savings
 * at the plan's 2 500 $ a worker beside the public contribution, in M$ a year.
 *
 * @module
 */
import type { ModelResult } from "../models/run_model.ts";
import { chartFrame } from "./_frame.ts";
import type { Chart, PlottedValue } from "./chart.ts";

/**
 * The chart.
 *
 * @param result A run of `coveragePlan`.
 * @returns The chart.
 *
 * @example The first year's savings are the memo's 5 M$
 * ```ts
 * import { coveragePlanChart } from "./coverage_plan_chart.ts";
 * import { runModel } from "../models/run_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const c = coveragePlanChart(runModel(loadProject("data"), "coveragePlan"));
 * strictEqual(c.plotted.find((p) => p.from === "model.coveragePlan.rows[0].stateSavings")!.value, 5);
 * ```
 */
export function coveragePlanChart(result: ModelResult): Chart {
  const plotted: PlottedValue[] = [];
  const people: Record<string, unknown>[] = [];
  const money: Record<string, unknown>[] = [];
  result.rows.forEach((r, i) => {
    const year = String(r.year);
    const add = (label: string, step: string, into: Record<string, unknown>[], field: string) => {
      plotted.push({
        label: `${label} ${year}`,
        value: r[step]!,
        from: `model.coveragePlan.rows[${i}].${step}`,
      });
      into.push({ year, series: label, [field]: r[step] });
    };
    add("Travailleurs assurés", "workers", people, "count");
    add("Personnes couvertes", "personsCovered", people, "count");
    add("Économies de l'État (2 500 $ par travailleur)", "stateSavings", money, "mcad");
    add("Contribution publique", "publicContribution", money, "mcad");
  });
  const title_fr = "Le plan de croissance de l'AACOCQ jusqu'en 2030";
  const title_en = "The AACOCQ coverage plan to 2030";
  const { width: _w, height: _h, ...frame } = chartFrame(
    title_fr,
    title_en,
    "AACOCQ, mémoire prébudgétaire, octobre 2025",
  );
  return {
    id: "coverage_plan",
    sourceId: "aacocq",
    title_fr,
    title_en,
    plotted,
    spec: {
      ...frame,
      vconcat: [
        {
          width: 420,
          height: 170,
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
          height: 170,
          data: { values: money },
          mark: { type: "bar", tooltip: true },
          encoding: {
            x: { field: "year", type: "ordinal", title: "Année" },
            xOffset: { field: "series", sort: null },
            y: { field: "mcad", type: "quantitative", title: "M$ par an" },
            color: {
              field: "series",
              type: "nominal",
              title: null,
              sort: null,
              legend: { labelLimit: 400 },
            },
          },
        },
      ],
      resolve: { scale: { color: "independent" } },
    },
  };
}
