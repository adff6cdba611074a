/**
 * The two charts of an uncertainty analysis: the tornado (which assumption weighs most) and the
 * Monte Carlo histogram under recompte's ranges (how often the claim holds).
 *
 * @module
 */
import type { UncertaintyAnalysis } from "../sensitivity/uncertainty_analysis.ts";
import type { Chart } from "./chart.ts";
import { histogramChart } from "./histogram_chart.ts";
import { tornadoChart } from "./tornado_chart.ts";

/**
 * The tornado and histogram charts of an analysis.
 *
 * @param analysis The analysis (from `uncertaintyAnalysis`).
 * @param options The source memo, and the output's label in French (with its unit).
 * @returns `[tornado, histogram]`.
 *
 * @example
 * ```ts
 * import { uncertaintyCharts } from "./uncertainty_charts.ts";
 * import { uncertaintyAnalysis } from "../sensitivity/uncertainty_analysis.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const a = uncertaintyAnalysis(loadProject("data"), { model: "zeroNetCost", output: "netPer1000", samples: 2000 });
 * const [tornado] = uncertaintyCharts(a, { sourceId: "aacocq", outputLabel: "Solde net pour 1 000 travailleurs (M$ par an)" });
 * strictEqual(tornado!.plotted[0]!.value, a.base);
 * ```
 */
export function uncertaintyCharts(
  analysis: UncertaintyAnalysis,
  options: { sourceId: string; outputLabel: string; source?: string },
): [Chart, Chart] {
  const source = options.source ?? "recompte, plages de data/assumptions.csv";
  const model = analysis.options.model;
  const t = analysis.tornado;
  const mc = analysis.monteCarlo.recompte;
  const tornadoTitle = [
    "Quelle hypothèse pèse le plus ? (une à la fois)",
    "Which assumption weighs most? (one at a time)",
  ] as const;
  const histogramTitle = [
    "Monte Carlo : le solde sous les plages de recompte",
    "Monte Carlo: the balance under recompte's ranges",
  ] as const;
  return [
    {
      id: `${model}_tornado`,
      sourceId: options.sourceId,
      title_fr: tornadoTitle[0],
      title_en: tornadoTitle[1],
      plotted: [
        {
          label: "Valeur de base",
          value: t.baseOutput,
          from: `model.${model}.${analysis.options.output}`,
        },
        ...t.rows.flatMap((r) => [
          { label: `${r.label} (bas)`, value: r.outputAtLow, from: `${r.id}=${r.low}` },
          { label: `${r.label} (haut)`, value: r.outputAtHigh, from: `${r.id}=${r.high}` },
        ]),
      ],
      spec: tornadoChart({
        baseOutput: t.baseOutput,
        rows: t.rows,
        outputLabel: options.outputLabel,
        titleFr: tornadoTitle[0],
        titleEn: tornadoTitle[1],
        source,
      }),
    },
    {
      id: `${model}_monte_carlo`,
      sourceId: options.sourceId,
      title_fr: histogramTitle[0],
      title_en: histogramTitle[1],
      plotted: [
        { label: "Moyenne", value: mc.mean, from: "monteCarlo.recompte.mean" },
        { label: "5e centile", value: mc.p5, from: "monteCarlo.recompte.p5" },
        { label: "95e centile", value: mc.p95, from: "monteCarlo.recompte.p95" },
      ],
      spec: histogramChart({
        ...mc,
        outputLabel: options.outputLabel,
        threshold: analysis.threshold,
        titleFr: histogramTitle[0],
        titleEn: histogramTitle[1],
        source,
      }),
    },
  ];
}
