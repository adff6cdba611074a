/**
 * recompte: the memos' figures as a validated project value, one formula language for claims and
 * models (checked units; points, intervals, sample columns), the audit of every claim with its
 * readings and findings, sensitivity and uncertainty, charts, annotations.
 *
 * @example A project, a model, the audit
 * ```ts
 * import { audit, loadProject, runModel } from "./mod.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * strictEqual(project.figures.get("aacocq.payroll_example.salary")!.value, 45000);
 * strictEqual(runModel(project, "zeroNetCost").values.netPerWorker, 10);
 * strictEqual(runModel(project, "zeroNetCost", { overrides: { "fiscal.average_salary": 45000 } }).values.netPerWorker, 260);
 * strictEqual(audit(project).claims.length, project.claims.length);
 * ```
 *
 * @module
 */
export * from "./errors.ts";
export { loadProject, validateProject, type Validation } from "./project/load_project.ts";
export type * from "./project/types.ts";
export { type CalendarDate, readCalendarDate } from "./project/calendar_date.ts";
export { parseUnit, sameDimension, type Unit } from "./units/unit.ts";
export { parseExpression } from "./expr/syntax.ts";
export { compileExpression, type CompiledExpression } from "./expr/compile.ts";
export { evaluate } from "./expr/evaluate.ts";
export { pointDomain } from "./expr/point_domain.ts";
export { intervalDomain } from "./expr/interval_domain.ts";
export { columnDomain } from "./expr/column_domain.ts";
export { type Interval } from "./expr/interval.ts";
export { modelQuantities, OverrideError, resolveInputs, runModel } from "./models/run_model.ts";
export type { ModelResult, RunInput, RunOptions, TraceStep } from "./models/run_model.ts";
export { MODEL_DEFINITIONS } from "./models/registry.ts";
export { figureQuantity, type Quantity } from "./rules/quantity.ts";
export { claimVerdict, judgeReading, type Verdict, VERDICTS } from "./rules/verdict.ts";
export { audit, type AuditResult, type ClaimResult, type FindingResult, type ReadingResult } from "./audit/audit.ts";
export { auditSummary } from "./audit/audit_summary.ts";
export { uncertaintyAnalysis, type UncertaintyAnalysis } from "./sensitivity/uncertainty_analysis.ts";
export { modelInputs } from "./sensitivity/model_inputs.ts";
export { formatNumber, formatGap, type Lang } from "./format/number.ts";
export { formatQuantity, unitLabel } from "./format/unit_text.ts";
export { verdictWords } from "./format/verdict_words.ts";
export { formatCalendarDate } from "./format/date_text.ts";
export { projectCharts } from "./charts/project_charts.ts";
export { uncertaintyCharts } from "./charts/uncertainty_charts.ts";
export type { Chart } from "./charts/chart.ts";
