/**
 * Everything a notebook needs, in one import line:
 *
 * ```ts ignore
 * import { audit, loadProject, runModel, showChart, showTable, showTrace } from "../lib/notebook/mod.ts";
 * ```
 *
 * The project is loaded once and passed explicitly (`loadProject("../data")` from `notebooks/`);
 * every analysis is the library's own, the one the report shows. The `show*` functions publish
 * outputs every Jupyter frontend reads, trusted or not: tables as HTML that MathJax leaves alone,
 * charts as Vega-Lite, PNG and text.
 *
 * @module
 */
export { loadProject } from "../project/load_project.ts";
export type { Figure, Project } from "../project/types.ts";
export { type ModelResult, runModel, type RunOptions } from "../models/run_model.ts";
export { audit, type AuditResult, type ClaimResult, type FindingResult } from "../audit/audit.ts";
export {
  type UncertaintyAnalysis,
  uncertaintyAnalysis,
} from "../sensitivity/uncertainty_analysis.ts";
export { projectCharts } from "../charts/project_charts.ts";
export { payrollCostChart } from "../charts/payroll_cost_chart.ts";
export { fiscalGainChart } from "../charts/fiscal_gain_chart.ts";
export { coveragePlanChart } from "../charts/coverage_plan_chart.ts";
export { psocCatchUpChart } from "../charts/psoc_catch_up_chart.ts";
export { ocStaffingChart } from "../charts/oc_staffing_chart.ts";
export { uncertaintyCharts } from "../charts/uncertainty_charts.ts";
export type { Chart } from "../charts/chart.ts";
export { formatNumber } from "../format/number.ts";
export { formatCalendarDate } from "../format/date_text.ts";
export { verdictWords } from "../format/verdict_words.ts";
export { valueText } from "../report/quantity_text.ts";
export { parseUnit } from "../units/unit.ts";
export { parseUserTable, readUserTable, type UserTable } from "../io/user_table.ts";
export { publish } from "./publish.ts";
export { loadFrames } from "./load_frames.ts";
export { showTable, type TableColumn } from "./show_table.ts";
export { showText } from "./show_text.ts";
export { showChart } from "./show_chart.ts";
export { showTrace } from "./show_trace.ts";
export { showClaims, showFindings } from "./show_claims.ts";
export { showFigures } from "./show_figures.ts";
export { showAnnotations } from "./show_annotations.ts";
