/**
 * A chart as the report embeds it: its Vega-Lite spec already rendered to SVG (by
 * `lib/charts/render_svg.ts`), so that the page needs no script to show it.
 *
 * @module
 */

/** A chart, rendered. */
export interface RenderedChart {
  /** Chart id (`coverage_plan`, `zeroNetCost_tornado`). */
  readonly id: string;
  /** The memo it is about. */
  readonly sourceId: string;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
  /** SVG markup, starting with `<svg`. */
  readonly svg: string;
}
