/**
 * The CTROC catch-up plan: the recurring amount each fiscal year, split into the increases of the
 * years before and the new one; and, when an indexation rate is set, the same in constant dollars.
 *
 * @module
 */
import type { ModelResult } from "../models/run_model.ts";
import { chartFrame } from "./_frame.ts";
import type { Chart, PlottedValue } from "./chart.ts";

/**
 * The chart.
 *
 * @param result A run of `psocCatchUp`.
 * @returns The chart.
 *
 * @example The last year reaches 911 M$
 * ```ts
 * import { psocCatchUpChart } from "./psoc_catch_up_chart.ts";
 * import { runModel } from "../models/run_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const c = psocCatchUpChart(runModel(loadProject("data"), "psocCatchUp"));
 * strictEqual(c.plotted.filter((p) => p.from.endsWith(".recurring")).at(-1)!.value, 911);
 * ```
 */
export function psocCatchUpChart(result: ModelResult): Chart {
  const plotted: PlottedValue[] = [];
  const values: Record<string, unknown>[] = [];
  const step = result.values.yearlyStep!;
  result.rows.forEach((r, i) => {
    const fiscalYear = `${r.fiscalYearStart}-${r.fiscalYearStart! + 1}`;
    plotted.push({
      label: `Montant récurrent ${fiscalYear}`,
      value: r.recurring!,
      from: `model.psocCatchUp.rows[${i}].recurring`,
    });
    values.push(
      {
        fiscalYear,
        part: "Rehaussements des années précédentes",
        order: 0,
        mcad: r.recurring! - step,
        total: r.recurring,
      },
      {
        fiscalYear,
        part: "Nouveau rehaussement de l'année",
        order: 1,
        mcad: step,
        total: r.recurring,
      },
    );
  });
  const title_fr = "Plan de rattrapage du PSOC : sommes récurrentes par exercice";
  const title_en = "PSOC catch-up plan: recurring amounts by fiscal year";
  return {
    id: "psoc_catch_up",
    sourceId: "ctroc",
    title_fr,
    title_en,
    plotted,
    spec: {
      ...chartFrame(title_fr, title_en, "CTROC, Plan de rattrapage financier (budget 2026-2027)"),
      data: { values },
      mark: { type: "bar" },
      encoding: {
        tooltip: [
          { field: "fiscalYear", title: "Exercice" },
          { field: "part", title: "Part" },
          { field: "mcad", title: "M$ par an", format: ",.1f" },
          { field: "total", title: "Total récurrent (M$ par an)", format: ",.1f" },
        ],
        x: { field: "fiscalYear", type: "ordinal", title: "Exercice" },
        y: { field: "mcad", type: "quantitative", stack: "zero", title: "M$ par an" },
        color: { field: "part", type: "nominal", title: null, sort: null },
        order: { field: "order", type: "quantitative" },
      },
    },
  };
}
