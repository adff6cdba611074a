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
export { type CalendarDate, type DateReading, readCalendarDate } from "./project/calendar_date.ts";
export { type Exponents, parseUnit, sameDimension, type Unit } from "./units/unit.ts";
export type { UnitDefinition, UnitVocabulary } from "./units/unit_vocabulary.ts";
export type { MemoText, TextSpan } from "./text/memo_text.ts";
export { type Expr, EXPR_FUNCTIONS, type ExprFunction, parseExpression } from "./expr/syntax.ts";
export {
  type Compiled,
  type CompiledExpression,
  compileExpression,
  type Dimension,
  type Scope,
  type ScopeEntry,
} from "./expr/compile.ts";
export type { Domain } from "./expr/domain.ts";
export { evaluate } from "./expr/evaluate.ts";
export { pointDomain } from "./expr/point_domain.ts";
export { intervalDomain } from "./expr/interval_domain.ts";
export { type Column, columnDomain } from "./expr/column_domain.ts";
export { type Interval } from "./expr/interval.ts";
export { modelQuantities, OverrideError, resolveInputs, runModel } from "./models/run_model.ts";
export type { ModelResult, RunInput, RunOptions, TraceStep } from "./models/run_model.ts";
export { MODEL_DEFINITIONS } from "./models/registry.ts";
export type {
  CompiledModel,
  CompiledStep,
  ModelDefinition,
  SeriesDefinition,
  StepDefinition,
} from "./models/model.ts";
export { figureQuantity, type Quantity } from "./rules/quantity.ts";
export {
  claimVerdict,
  judgeReading,
  type ReadingVerdict,
  type Verdict,
  VERDICTS,
} from "./rules/verdict.ts";
export {
  audit,
  type AuditResult,
  type ClaimResult,
  type FindingResult,
  type ReadingResult,
  type Side,
} from "./audit/audit.ts";
export { auditSummary } from "./audit/audit_summary.ts";
export {
  type ScenarioOutcome,
  type UncertaintyAnalysis,
  uncertaintyAnalysis,
  type UncertaintyOptions,
} from "./sensitivity/uncertainty_analysis.ts";
export type { BreakEvenResult } from "./sensitivity/break_even.ts";
export type { MonteCarloResult } from "./sensitivity/monte_carlo.ts";
export type {
  ClaimProbability,
  OutputCondition,
  SampleSummary,
} from "./sensitivity/summarize_samples.ts";
export type { HistogramBin } from "./sensitivity/histogram.ts";
export type { DistributionKind, UncertainInput } from "./sensitivity/uncertain_input.ts";
export type { TornadoResult, TornadoRow } from "./sensitivity/tornado.ts";
export {
  type ModelInputs,
  modelInputs,
  type ModelUncertainInput,
  type UncertaintyScope,
} from "./sensitivity/model_inputs.ts";
export { formatGap, formatNumber, type FormatNumberOptions, type Lang } from "./format/number.ts";
export { formatQuantity, unitLabel } from "./format/unit_text.ts";
export { type VerdictWords, verdictWords } from "./format/verdict_words.ts";
export { formatCalendarDate } from "./format/date_text.ts";
export { projectCharts } from "./charts/project_charts.ts";
export { uncertaintyCharts } from "./charts/uncertainty_charts.ts";
export type { Chart, PlottedValue } from "./charts/chart.ts";
export type { VegaLiteSpec } from "./charts/_frame.ts";
export * from "./report/mod.ts";
export {
  type NumberColumn,
  parseUserTable,
  readUserTable,
  type UserCell,
  type UserTable,
  type UserTableOptions,
} from "./io/user_table.ts";
export type { NumberLocale } from "./io/numbers.ts";
