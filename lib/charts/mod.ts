/**
 * The charts of recompte, as Vega-Lite specs built from model results, each with the values it
 * plots and where they come from; rendered to SVG (and PNG) without a browser.
 *
 * @module
 */
export * from "./chart.ts";
export * from "./payroll_cost_chart.ts";
export * from "./fiscal_gain_chart.ts";
export * from "./coverage_plan_chart.ts";
export * from "./psoc_catch_up_chart.ts";
export * from "./oc_staffing_chart.ts";
export * from "./tornado_chart.ts";
export * from "./histogram_chart.ts";
export * from "./uncertainty_charts.ts";
export * from "./project_charts.ts";
export * from "./render_svg.ts";
