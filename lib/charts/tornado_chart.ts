/**
 * The tornado chart of a one-at-a-time sensitivity analysis: one horizontal bar per assumption,
 * from the output at the assumption's low value to the output at its high value, around the
 * base output; the widest bar (the assumption the result hangs on most) on top.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_frame.ts";

/** One assumption's bar (the fields of a `TornadoRow` from lib/sensitivity/tornado.ts). */
export interface TornadoChartRow {
  /** The assumption's label. */
  label: string;
  /** Its low value (shown in the label). */
  low: number;
  /** Its high value. */
  high: number;
  /** The output with the assumption at low. */
  outputAtLow: number;
  /** The output with the assumption at high. */
  outputAtHigh: number;
}

/** What the chart shows. */
export interface TornadoChartInput {
  /** The output with every assumption at base. */
  baseOutput: number;
  /** The bars, in display order (largest swing first). */
  rows: readonly TornadoChartRow[];
  /** The output's name in French, for the axis (e.g. "Solde net pour l'État, $ par an"). */
  outputLabel: string;
  /** Title in French. @default "Analyse de sensibilité (une hypothèse à la fois)" */
  titleFr?: string;
  /** Title in English. @default "One-at-a-time sensitivity (tornado)" */
  titleEn?: string;
  /** The source cited in the subtitle. */
  source: string;
}

/**
 * A tornado chart: for each assumption, a bar from the base output to the output at its low
 * value and one to the output at its high value, coloured by end; a rule at the base output.
 *
 * @param input The rows and labels.
 * @returns A Vega-Lite spec (two layers).
 *
 * @example
 * ```ts
 * import { tornadoChart } from "./tornado_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const spec = tornadoChart({
 *   baseOutput: 10, outputLabel: "Solde", source: "test",
 *   rows: [{ label: "Salaire", low: 45000, high: 56000, outputAtLow: 260, outputAtHigh: -290 }],
 * });
 * strictEqual(spec.layer[0].data.values.length, 2);
 * ```
 */
export function tornadoChart(input: TornadoChartInput): VegaLiteSpec {
  const fmt = (x: number) => x.toLocaleString("fr-CA", { maximumSignificantDigits: 4 });
  const bars = input.rows.flatMap((r, order) => {
    const label = `${r.label} (${fmt(r.low)} – ${fmt(r.high)})`;
    return [
      {
        assumption: label,
        order,
        end: "Hypothèse à sa valeur basse",
        value: r.outputAtLow,
        base: input.baseOutput,
      },
      {
        assumption: label,
        order,
        end: "Hypothèse à sa valeur haute",
        value: r.outputAtHigh,
        base: input.baseOutput,
      },
    ];
  });
  const frame = chartFrame(
    input.titleFr ?? "Analyse de sensibilité (une hypothèse à la fois)",
    input.titleEn ?? "One-at-a-time sensitivity (tornado)",
    input.source,
  );
  return {
    ...frame,
    height: Math.max(120, 28 * input.rows.length),
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar", tooltip: true, opacity: 0.85 },
        encoding: {
          y: {
            field: "assumption",
            type: "nominal",
            title: null,
            sort: { field: "order", order: "ascending" },
            axis: { labelLimit: 320 },
          },
          x: {
            field: "value",
            type: "quantitative",
            title: input.outputLabel,
            axis: { format: ",.2~f" },
          },
          x2: { field: "base" },
          color: {
            field: "end",
            type: "nominal",
            title: null,
            sort: ["Hypothèse à sa valeur basse", "Hypothèse à sa valeur haute"],
            legend: { labelLimit: 320 },
          },
        },
      },
      {
        data: { values: [{ base: input.baseOutput }] },
        mark: { type: "rule", color: "black" },
        encoding: { x: { field: "base", type: "quantitative" } },
      },
    ],
  };
}
