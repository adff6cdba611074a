/**
 * « coût nul »: the four components of the fiscal gain per worker stacked, beside the public
 * contribution per worker.
 *
 * @module
 */
import type { ModelResult } from "../models/run_model.ts";
import { FISCAL_GAIN_COMPONENTS } from "../models/fiscal_gain.ts";
import { chartFrame } from "./_frame.ts";
import type { Chart } from "./chart.ts";

/**
 * The chart.
 *
 * @param result A run of `zeroNetCost` (any scenario).
 * @returns The chart.
 *
 * @example
 * ```ts
 * import { fiscalGainChart } from "./fiscal_gain_chart.ts";
 * import { runModel } from "../models/run_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const c = fiscalGainChart(runModel(loadProject("data"), "zeroNetCost"));
 * strictEqual(c.plotted.at(-1)!.value, 2500);
 * ```
 */
export function fiscalGainChart(result: ModelResult): Chart {
  const byId = new Map(result.inputs.map((i) => [i.id, i]));
  const gainBar = "Gain fiscal par travailleur assuré";
  const contributionBar = "Contribution publique par travailleur";
  const already = byId.get("fiscal.share_already_insured")!.value;
  const counted = 1 - already / 100;
  const plotted = [
    ...FISCAL_GAIN_COMPONENTS.map((id) => ({
      label: byId.get(id)!.label_fr,
      value: byId.get(id)!.value * counted,
      from: already === 0 ? id : `${id} × (1 − fiscal.share_already_insured)`,
    })),
    {
      label: contributionBar,
      value: result.values.contributionPerWorker!,
      from: "model.zeroNetCost.contributionPerWorker",
    },
  ];
  const title_fr = "« coût nul » : gain fiscal par travailleur et contribution publique";
  const title_en = "“Zero net cost”: fiscal gain per worker and public contribution";
  return {
    id: "fiscal_gain",
    sourceId: "aacocq",
    title_fr,
    title_en,
    plotted,
    spec: {
      ...chartFrame(
        title_fr,
        title_en,
        "AACOCQ, mémoire prébudgétaire, octobre 2025 (Normandin Beaudry 2025)",
      ),
      data: {
        values: plotted.map((p, i) => ({
          bar: i < FISCAL_GAIN_COMPONENTS.length ? gainBar : contributionBar,
          part: p.label,
          order: i,
          amount: p.value,
        })),
      },
      mark: { type: "bar", tooltip: true },
      encoding: {
        y: { field: "bar", type: "nominal", title: null, sort: null, axis: { labelLimit: 600 } },
        x: {
          field: "amount",
          type: "quantitative",
          stack: "zero",
          title: "$ par travailleur et par an",
          axis: { format: ",.0f" },
        },
        color: {
          field: "part",
          type: "nominal",
          title: null,
          sort: null,
          legend: { labelLimit: 400 },
        },
        order: { field: "order", type: "quantitative" },
      },
    },
  };
}
