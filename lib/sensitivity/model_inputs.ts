/**
 * A model's uncertain inputs, for the tornado, the break-evens and the Monte Carlo, and the model
 * itself as a function of them — on points and on columns, through the same compiled steps.
 *
 * Two scopes of uncertainty:
 *
 * - `memo`: only what the memo's own words leave open. An input based on memo figures varies
 *   uniformly over the strict (core) reading of its figures — « environ 8 % » over 7,5–8,5 %,
 *   “minimales … 400$” from 400 $ up to one unit of its last significant digit above (500 $) —
 *   unless its distribution is `fixed` (a policy choice such as the requested 5 %).
 * - `recompte`: the ranges `assumptions.csv` gives, with their reasons, including assumptions the
 *   memo does not make (the share of subsidized workers already insured).
 *
 * A `recompte` range that goes below a floor the memo states (« minimales », « plus de ») is a
 * stress test, and says so.
 *
 * @module
 */
import { type Column, columnDomain } from "../expr/column_domain.ts";
import { type ColumnKernel, compileColumnKernel } from "../expr/column_kernel.ts";
import { pointDomain } from "../expr/point_domain.ts";
import { evaluate } from "../expr/evaluate.ts";
import { intervalDomain } from "../expr/interval_domain.ts";
import { type CompiledModel, evaluateModel, stepsNeededFor } from "../models/model.ts";
import { resolveInputs, type RunInput, type RunOptions } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";
import { figureQuantity } from "../rules/quantity.ts";
import type { ScalarModel, VectorizedModel } from "./model_types.ts";
import type { UncertainInput } from "./uncertain_input.ts";

/** Whose uncertainty: the memo's own words, or recompte's added ranges. */
export type UncertaintyScope = "memo" | "recompte";

/** An uncertain input with what the reader needs to know of it. */
export interface ModelUncertainInput extends UncertainInput {
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** Who sets the range. */
  readonly origin: "memo" | "recompte" | "outside";
  /** Why this range, in English. */
  readonly reason: string;
  /** Why this range, in French. */
  readonly reason_fr: string;
  /** Whether the range goes below a floor the memo states. */
  readonly stressTest: boolean;
}

/** A model's inputs under a scope: those that vary, and the values of the others. */
export interface ModelInputs {
  /** The model. */
  readonly model: CompiledModel;
  /** The inputs that vary, in each assumption's unit. */
  readonly uncertain: readonly ModelUncertainInput[];
  /** Every input's value as run (scenario and overrides applied), in its unit. */
  readonly values: Readonly<Record<string, number>>;
  /** The inputs as resolved. */
  readonly inputs: readonly RunInput[];
}

function memoFloor(project: Project, assumptionId: string): number | null {
  const a = project.assumptions.get(assumptionId);
  const ids = a?.baseExpression?.ids ?? [];
  if (ids.length !== 1) return null;
  const f = project.figures.get(ids[0]!);
  if (!f || (f.qualifier !== "at_least" && f.qualifier !== "more_than") || f.value === null) {
    return null;
  }
  return f.value;
}

/**
 * The inputs of a model under a scope.
 *
 * @param project The project.
 * @param modelId The model.
 * @param scope `memo` or `recompte`.
 * @param options Scenario and overrides: an input they set is held at their value.
 * @returns The uncertain inputs and every input's value.
 *
 * @example On the memo's own words, only the « minimales » indirect savings vary
 * ```ts
 * import { modelInputs } from "./model_inputs.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const memo = modelInputs(project, "zeroNetCost", "memo");
 * deepStrictEqual(memo.uncertain.filter((i) => i.high - i.low > 1).map((i) => [i.id, i.low, i.high]),
 *   [["fiscal.indirect_savings", 400, 500]]);
 * const added = modelInputs(project, "zeroNetCost", "recompte");
 * deepStrictEqual(added.uncertain.filter((i) => i.stressTest).map((i) => i.id), ["fiscal.indirect_savings"]);
 * ```
 */
export function modelInputs(
  project: Project,
  modelId: string,
  scope: UncertaintyScope,
  options: RunOptions = {},
): ModelInputs {
  const model = project.models.get(modelId);
  if (model === undefined) throw new RangeError(`Unknown model ${modelId}`);
  const inputs = resolveInputs(project, model, options);
  const values: Record<string, number> = {};
  const uncertain: ModelUncertainInput[] = [];
  for (const input of inputs) {
    values[input.id] = input.value;
    if (input.kind !== "assumption" || input.overriddenBy !== null) continue;
    const a = project.assumptions.get(input.id)!;
    if (a.distribution === "fixed") continue;
    const common = {
      id: a.id,
      base: input.value,
      unit: a.unit.text,
      label: a.label_fr,
      label_fr: a.label_fr,
      label_en: a.label_en,
      min: a.min,
      max: a.max,
    };
    if (scope === "memo") {
      if (a.baseExpression === null) continue;
      const q = (id: string) => figureQuantity(project.figures.get(id)!)!;
      const core = evaluate(a.baseExpression, intervalDomain, (id) => q(id).core);
      const widen = (id: string) => {
        const f = project.figures.get(id)!;
        return (f.printed?.lastSignificant || 1) * f.unit.factor;
      };
      const step = Math.max(...a.baseExpression.ids.map(widen));
      const low = Number.isFinite(core.lo) ? core.lo : core.hi - step;
      const high = Number.isFinite(core.hi) ? core.hi : core.lo + step;
      const f = a.unit.factor;
      if (!(high > low)) continue;
      uncertain.push({
        ...common,
        low: round12(low / f),
        high: round12(high / f),
        distribution: "uniform",
        origin: "memo",
        reason: `what the memo's words allow (${a.baseExpression.text})`,
        reason_fr: `ce que permettent les mots du mémoire (${a.baseExpression.text})`,
        stressTest: false,
      });
    } else {
      if (a.low === null || a.high === null || a.rangeOrigin === null) continue;
      const floor = memoFloor(project, a.id);
      uncertain.push({
        ...common,
        low: a.low,
        high: a.high,
        distribution: a.distribution,
        origin: a.rangeOrigin,
        reason: a.rangeReason_en ?? "",
        reason_fr: a.rangeReason_fr ?? "",
        stressTest: floor !== null && a.low < floor,
      });
    }
  }
  return Object.freeze({
    model,
    uncertain: Object.freeze(uncertain),
    values: Object.freeze(values),
    inputs,
  });
}

function round12(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The model's output as a function of its inputs (each in its assumption's unit), on points.
 *
 * @param inputs The model's inputs.
 * @param output The step to read.
 * @returns A scalar model: input values → the output, in the step's unit.
 */
export function scalarModel(inputs: ModelInputs, output: string): ScalarModel {
  const { model } = inputs;
  const unitOf = (id: string) => model.units.get(id)!;
  const outUnit = unitOf(output);
  return (values) => {
    const read = (id: string) => (values[id] ?? inputs.values[id]!) * unitOf(id).factor;
    const run = evaluateModel(model, pointDomain, read, read);
    const v = run.values.get(output);
    if (v === undefined) {
      throw new RangeError(
        `${model.definition.id}.${output} is undefined: ${run.undefinedSteps.get(output)}`,
      );
    }
    return v / outUnit.factor;
  };
}

/**
 * The model's output on columns of samples: its steps compiled into one loop
 * (`lib/expr/column_kernel.ts`), bit for bit the column domain's results.
 *
 * @param inputs The model's inputs.
 * @param output The step to read.
 * @returns A vectorized model: input columns → the output column, in the step's unit.
 */
export function vectorizedModel(inputs: ModelInputs, output: string): VectorizedModel {
  const { model } = inputs;
  const unitOf = (id: string) => model.units.get(id)!;
  const outFactor = unitOf(output).factor;
  const needed = stepsNeededFor(model, output);
  // Straight-line steps run as one fused loop; a series total goes through the column domain.
  const steps = model.steps.filter((s) => needed.has(s.definition.name));
  const fusable = steps.some((s) => s.definition.name === output);
  const kernels = new Map<string, ColumnKernel>();
  const kernelFor = (ids: string[]): ColumnKernel => {
    const key = ids.join("\n");
    let kernel = kernels.get(key);
    if (kernel === undefined) {
      kernel = compileColumnKernel({
        steps: steps.map((s) => ({ name: s.definition.name, expression: s.expression })),
        output,
        columns: ids,
        constant: (id) => inputs.values[id]! * unitOf(id).factor,
        columnFactor: (id) => unitOf(id).factor,
        outputFactor: outFactor,
      });
      kernels.set(key, kernel);
    }
    return kernel;
  };
  if (fusable) return (columns, out) => kernelFor(Object.keys(columns).sort())(columns, out);
  return columnModel(inputs, output);
}

/**
 * The model's output on columns of samples through the column domain: one pass per operation.
 * The reference for {@linkcode vectorizedModel}'s fused loop, and the path for series totals.
 *
 * @param inputs The model's inputs.
 * @param output The step to read.
 * @returns A vectorized model.
 */
export function columnModel(inputs: ModelInputs, output: string): VectorizedModel {
  const { model } = inputs;
  const unitOf = (id: string) => model.units.get(id)!;
  const outFactor = unitOf(output).factor;
  const needed = stepsNeededFor(model, output);
  return (columns, out) => {
    const cache = new Map<string, Column>();
    const read = (id: string): Column => {
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      const c = columns[id];
      const f = unitOf(id).factor;
      const v = c === undefined ? inputs.values[id]! * f : f === 1 ? c : columnDomain.mul(c, f);
      cache.set(id, v);
      return v;
    };
    const point = (id: string) => inputs.values[id]! * unitOf(id).factor;
    const run = evaluateModel(model, columnDomain, read, point, needed);
    const v = run.values.get(output);
    if (v === undefined) {
      throw new RangeError(
        `${model.definition.id}.${output} is undefined: ${run.undefinedSteps.get(output)}`,
      );
    }
    if (typeof v === "number") out.fill(v / outFactor);
    else for (let i = 0; i < out.length; i++) out[i] = v[i]! / outFactor;
  };
}
