/**
 * recompte: the memos' figures as typed data, the models that recompute their calculations, the
 * audit of every claim, sensitivity and uncertainty, annotations.
 *
 * @example A figure, a model, an override
 * ```ts
 * import { figure, zeroNetCost } from "./mod.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(figure("aacocq.payroll_example.salary").value, 45000);
 * strictEqual(zeroNetCost().netPerWorker, 10);
 * strictEqual(zeroNetCost({ overrides: { "fiscal.average_salary": 45000 } }).netPerWorker, 260);
 * ```
 *
 * @module
 */
export { figure, figureValue } from "./data/figures.ts";
export { defaultDataset, loadDataset } from "./data/dataset.ts";
export * from "./errors.ts";
export * from "./assumptions/mod.ts";
export * from "./models/mod.ts";
export { formatStep, formatTrace } from "./trace_format.ts";
export { auditClaims, figureResolver, loadClaims } from "./audit/mod.ts";
export {
  assumptionInputs,
  breakEven,
  monteCarlo,
  netBalanceAnalysis,
  tornado,
} from "./sensitivity/mod.ts";
export { annotate, annotationsFor, readAnnotations } from "./annotations/mod.ts";
