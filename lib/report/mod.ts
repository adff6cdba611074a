/**
 * The report page: `reportHtml(input)` builds `out/report.html` from the project, the audit, the
 * uncertainty analysis and the rendered charts. The page's sliders run lib's own model steps and
 * evaluator (`shipModel`, `runShippedModel`, `pageScriptSource`).
 *
 * @module
 */
export { reportHtml, type ReportInput } from "./report.ts";
export type { RenderedChart } from "./rendered_chart.ts";
export {
  runShippedModel,
  shipModel,
  type ShippedExpression,
  type ShippedModel,
  type ShippedNode,
  type ShippedRun,
  type ShippedStep,
} from "./shipped_model.ts";
export {
  type BalancePanelDefinition,
  type BreakEvenRole,
  type PageData,
  pageData,
  type PageUnits,
  type PanelDefinition,
  PANELS,
  type PlanPanelDefinition,
  type RangeFrom,
  type ShippedPanel,
  type ShippedSlider,
  sliderStep,
} from "./panels.ts";
export { pageScript, pageScriptSource } from "./page_script.ts";
export { runPanel, type SliderState } from "./page_runtime.ts";
export { panelHtml, panelSummaryHtml } from "./panel_html.ts";
