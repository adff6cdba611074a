/**
 * Chart of the AACOCQ fiscal gain per insured worker, by component, against the public
 * contribution asked for.
 *
 * @module
 */
import { chartFrame, type VegaLiteSpec } from "./_spec.ts";

/** What the chart shows (from `fiscalGain()` and `zeroNetCost()`). */
export interface FiscalGainChartInput {
  /** The components, in the memo's order, with French labels. */
  components: { label: string; amount: number }[];
  /** The public contribution per worker (CAD/year). */
  contributionPerWorker: number;
  /** How the contribution is computed, for its label (e.g. "5 % × 50 000 $"). */
  contributionLabel: string;
}

/**
 * Two stacked bars: the state's gain per insured worker (four components) and the public
 * contribution per worker; where the first is longer, "zero net cost" holds.
 *
 * @param input The components and the contribution.
 * @returns A Vega-Lite spec.
 *
 * @example
 * ```ts
 * import { fiscalGainChart } from "./fiscal_gain_chart.ts";
 * import { strictEqual } from "node:assert/strict";
 * const spec = fiscalGainChart({ components: [{ label: "RGAMQ", amount: 1060 }], contributionPerWorker: 2500, contributionLabel: "5 %" });
 * strictEqual(spec.data.values.length, 2);
 * ```
 */
export function fiscalGainChart(input: FiscalGainChartInput): VegaLiteSpec {
  const gainBar = "Gain pour l'État par travailleur assuré";
  const contributionBar = `Contribution publique (${input.contributionLabel})`;
  return {
    ...chartFrame(
      "« Coût nul » : gain fiscal par travailleur et contribution publique",
      "Zero net cost: fiscal gain per worker vs public contribution",
      "AACOCQ, mémoire prébudgétaire, octobre 2025 (Normandin Beaudry 2025)",
    ),
    data: {
      values: [
        ...input.components.map((c, i) => ({
          bar: gainBar,
          part: c.label,
          order: i,
          amount: c.amount,
        })),
        {
          bar: contributionBar,
          part: "Contribution publique",
          order: input.components.length,
          amount: input.contributionPerWorker,
        },
      ],
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
      color: { field: "part", type: "nominal", title: null, sort: null },
      order: { field: "order", type: "quantitative" },
    },
  };
}
