/**
 * Chart of the community-organizer (OC) staffing points and the two target paths.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_spec.ts";

/** What the chart shows (from `ocStaffingTrend()`). */
export interface OcStaffingChartInput {
  /** The counts the text gives, with their unit (posts or persons). */
  known: { year: number; count: number; unit: string }[];
  /** Years the text does not give (drawn as marks on the axis, not as values). */
  unknownYears: number[];
  /** Target paths, each a labelled series of (year, count). */
  paths: { label: string; points: { year: number; count: number }[] }[];
}

/**
 * Points for the known counts, dashed lines for the target paths, and ticks on the axis for the
 * years whose count is unknown.
 *
 * @param input The known points, unknown years and target paths.
 * @returns A Vega-Lite spec.
 *
 * @example
 * ```ts
 * import { ocStaffingChart } from "./oc_staffing_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const spec = ocStaffingChart({ known: [{ year: 2017, count: 334, unit: "posts" }], unknownYears: [2018], paths: [] });
 * strictEqual(spec.layer.length, 3);
 * ```
 */
export function ocStaffingChart(input: OcStaffingChartInput): VegaLiteSpec {
  const unitFr: Record<string, string> = { posts: "postes", persons: "personnes" };
  return {
    ...chartFrame(
      "Organisation communautaire dans le RSSS : effectifs connus et cibles",
      "Community organizers: known counts and targets",
      "Bourque, Lachapelle et Mailhot (2025), recensement RQIIAC",
    ),
    layer: [
      {
        data: {
          values: input.paths.flatMap((p) =>
            p.points.map((pt) => ({ year: pt.year, count: pt.count, series: p.label }))
          ),
        },
        mark: { type: "line", strokeDash: [6, 4], point: true, tooltip: true },
        encoding: {
          x: { field: "year", type: "quantitative", title: "Année", axis: { format: "d" } },
          y: { field: "count", type: "quantitative", title: "Effectif" },
          color: { field: "series", type: "nominal", title: null, sort: null },
        },
      },
      {
        data: {
          values: input.known.map((k) => ({
            year: k.year,
            count: k.count,
            label: `${k.count} ${unitFr[k.unit] ?? k.unit} (${k.year})`,
          })),
        },
        layer: [
          {
            mark: { type: "point", filled: true, size: 90, color: "black", tooltip: true },
            encoding: {
              x: { field: "year", type: "quantitative" },
              y: { field: "count", type: "quantitative" },
            },
          },
          {
            mark: { type: "text", dy: -12, fontSize: 11 },
            encoding: {
              x: { field: "year", type: "quantitative" },
              y: { field: "count", type: "quantitative" },
              text: { field: "label" },
            },
          },
        ],
      },
      {
        data: { values: input.unknownYears.map((year) => ({ year, label: "?" })) },
        mark: { type: "text", y: 232, fontSize: 11, color: "#888" },
        encoding: { x: { field: "year", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
}
