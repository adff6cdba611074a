/**
 * The histogram of a Monte Carlo output, with its 90 % interval and, if given, the threshold a
 * claim is tested against; the sample count and seed in the subtitle.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_frame.ts";

/** What the chart shows (the fields of a `MonteCarloResult` from lib/sensitivity/). */
export interface HistogramChartInput {
  /** The bins. */
  histogram: readonly { start: number; end: number; count: number }[];
  /** The 5th percentile. */
  p5: number;
  /** The 95th percentile. */
  p95: number;
  /** The mean. */
  mean: number;
  /** Number of samples. */
  samples: number;
  /** The seed. */
  seed: number;
  /** The output's name in French, for the axis. */
  outputLabel: string;
  /** The threshold of the claim (e.g. 0 for "solde net ≥ 0"), drawn in red. */
  threshold?: number;
  /** Title in French. @default "Distribution simulée (Monte Carlo)" */
  titleFr?: string;
  /** Title in English. @default "Simulated distribution (Monte Carlo)" */
  titleEn?: string;
  /** The source cited in the subtitle. */
  source: string;
}

/**
 * A histogram (share of samples per bin), with rules at the 5th and 95th percentiles (dashed),
 * the mean (solid) and the claim's threshold (red).
 *
 * @param input Bins, summary and labels.
 * @returns A Vega-Lite spec (two layers).
 *
 * @example
 * ```ts
 * import { histogramChart } from "./histogram_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const spec = histogramChart({
 *   histogram: [{ start: 0, end: 1, count: 3 }, { start: 1, end: 2, count: 1 }],
 *   p5: 0.1, p95: 1.9, mean: 0.8, samples: 4, seed: 1, outputLabel: "x", threshold: 1, source: "test",
 * });
 * strictEqual(spec.layer[0].data.values[0].share, 0.75);
 * strictEqual(spec.layer[1].data.values.length, 4);
 * ```
 */
export function histogramChart(input: HistogramChartInput): VegaLiteSpec {
  const total = input.histogram.reduce((s, b) => s + b.count, 0) || 1;
  const frame = chartFrame(
    input.titleFr ?? "Distribution simulée (Monte Carlo)",
    input.titleEn ?? "Simulated distribution (Monte Carlo)",
    input.source,
  );
  const n = input.samples.toLocaleString("fr-CA").replace(/\u202f/g, "\u00a0");
  frame.title.subtitle.push(`${n} tirages, graine ${input.seed}`);
  const marks = [
    { what: "5e centile", value: input.p5, dash: [4, 3], color: "#444" },
    { what: "95e centile", value: input.p95, dash: [4, 3], color: "#444" },
    { what: "Moyenne", value: input.mean, dash: [1, 0], color: "#222" },
    ...(input.threshold === undefined
      ? []
      : [{ what: "Seuil", value: input.threshold, dash: [1, 0], color: "#c0392b" }]),
  ];
  return {
    ...frame,
    layer: [
      {
        data: {
          values: input.histogram.map((b) => ({
            start: b.start,
            end: b.end,
            share: b.count / total,
          })),
        },
        mark: { type: "bar", tooltip: true, color: "#6f8fb3" },
        encoding: {
          x: {
            field: "start",
            type: "quantitative",
            bin: { binned: true },
            title: input.outputLabel,
            axis: { format: ",.2~f" },
          },
          x2: { field: "end" },
          y: {
            field: "share",
            type: "quantitative",
            title: "Part des tirages",
            axis: { format: ".0%" },
          },
        },
      },
      {
        data: { values: marks },
        mark: { type: "rule", strokeWidth: 1.5, tooltip: true },
        encoding: {
          x: { field: "value", type: "quantitative" },
          color: { field: "color", type: "nominal", scale: null },
          strokeDash: { field: "dash", type: "nominal", scale: null },
          tooltip: [{ field: "what" }, { field: "value", format: ",.2~f" }],
        },
      },
    ],
  };
}
