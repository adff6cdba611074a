/**
 * The charts of recompte, as Vega-Lite specs built from model results; the notebooks display
 * them and the report embeds them as SVG.
 *
 * @module
 */
export * from "./_spec.ts";
export * from "./payroll_cost_chart.ts";
export * from "./fiscal_gain_chart.ts";
export * from "./coverage_plan_chart.ts";
export * from "./psoc_catch_up_chart.ts";
export * from "./oc_staffing_chart.ts";
export * from "./tornado_chart.ts";
export * from "./histogram_chart.ts";
