/**
 * A chart: its Vega-Lite spec and, beside it, the numbers it plots with where each comes from, so
 * that a test can check every plotted value against the model (an axis off by 10⁶ fails).
 *
 * @module
 */
import type { VegaLiteSpec } from "./_frame.ts";

/** One plotted value and its origin. */
export interface PlottedValue {
  /** What it is, as the chart labels it. */
  readonly label: string;
  /** The value drawn, in the chart's unit. */
  readonly value: number;
  /** Where it comes from: `model.<model>.<step>` or `model.<model>.rows[<i>].<step>`, or a figure id. */
  readonly from: string;
}

/** A chart. */
export interface Chart {
  /** Its id (`coverage_plan`), the file name under `out/figures/`. */
  readonly id: string;
  /** The memo it is about. */
  readonly sourceId: string;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
  /** The Vega-Lite spec, data inline. */
  readonly spec: VegaLiteSpec;
  /** The values it plots, with their origin. */
  readonly plotted: readonly PlottedValue[];
}
