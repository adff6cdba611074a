/**
 * A model is a list of named steps in recompte's formula language, compiled once against the
 * project (each input's unit comes from `data/assumptions.csv`, each figure's from its memo) and
 * evaluated in any domain: points for a single run, intervals for the audit, columns of samples
 * for the Monte Carlo. Its trace is what the evaluator saw; nothing is typed twice.
 *
 * ```ts
 * import { step } from "./model.ts";
 * step("netPerWorker", "CAD/worker/year", "effectiveGainPerWorker - contributionPerWorker", [
 *   "Solde net par travailleur",
 *   "Net balance per worker",
 * ]);
 * ```
 *
 * A model may also have a series: steps evaluated once per row (a year of a plan), with the row's
 * index as a local name, and totals summed over the rows.
 *
 * @module
 */
import { type CompiledExpression, compileExpression, type Scope } from "../expr/compile.ts";
import type { Domain } from "../expr/domain.ts";
import { evaluate, ExpressionEvaluationError } from "../expr/evaluate.ts";
import { pointDomain } from "../expr/point_domain.ts";
import { describeDimension, parseUnit, sameDimension, type Unit } from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import { closeMatches } from "../text/close_matches.ts";

/** One step: a name, its unit and the expression that computes it. */
export interface StepDefinition {
  /** Its name, in the memo's terms (`netPerWorker`). */
  readonly name: string;
  /** Its unit (`CAD/worker/year`). */
  readonly unit: string;
  /** The expression, over inputs, figures, locals and earlier steps. */
  readonly expr: string;
  /** A label in French, for tables and traces. */
  readonly label_fr: string;
  /** A label in English. */
  readonly label_en: string;
}

/**
 * A step.
 *
 * @param name Its name.
 * @param unit Its unit.
 * @param expr Its expression.
 * @param labels French and English labels.
 * @returns The step definition.
 *
 * @example
 * ```ts
 * import { step } from "./model.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(step("payroll", "CAD/year", "payroll.staff * payroll.salary", ["Masse salariale", "Payroll"]).unit, "CAD/year");
 * ```
 */
export function step(
  name: string,
  unit: string,
  expr: string,
  labels: readonly [string, string],
): StepDefinition {
  return Object.freeze({ name, unit, expr, label_fr: labels[0], label_en: labels[1] });
}

/** Steps evaluated once per row. */
export interface SeriesDefinition {
  /** The index's name in the row steps (a pure number). */
  readonly index: string;
  /** The first index. */
  readonly from: number;
  /** An expression (pure number) giving the last index, evaluated on points. */
  readonly to: string;
  /** The row steps. */
  readonly steps: readonly StepDefinition[];
  /** Totals over the rows: `{ name, of }` sums row step `of`. */
  readonly totals: readonly {
    readonly name: string;
    readonly of: string;
    readonly label_fr: string;
    readonly label_en: string;
  }[];
}

/** A model. */
export interface ModelDefinition {
  /** Its id (`zeroNetCost`). */
  readonly id: string;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
  /** The assumptions it reads (overridable). */
  readonly inputs: readonly string[];
  /** The figures it reads directly (fixed: they are what the memo says). */
  readonly figures: readonly string[];
  /** Its steps, in order. */
  readonly steps: readonly StepDefinition[];
  /** Its series, if any. */
  readonly series?: SeriesDefinition;
  /** Caveats, in French and English, that hold whatever the inputs. */
  readonly caveats: readonly { readonly fr: string; readonly en: string }[];
}

/** A step, compiled. */
export interface CompiledStep {
  /** The definition. */
  readonly definition: StepDefinition;
  /** Its unit. */
  readonly unit: Unit;
  /** Its expression. */
  readonly expression: CompiledExpression;
}

/** A model, compiled against a project. */
export interface CompiledModel {
  /** The definition. */
  readonly definition: ModelDefinition;
  /** The unit of each input, figure, step, row step and total, by name. */
  readonly units: ReadonlyMap<string, Unit>;
  /** The steps. */
  readonly steps: readonly CompiledStep[];
  /** The series' last index expression, and its row steps. */
  readonly series:
    | { readonly to: CompiledExpression; readonly steps: readonly CompiledStep[] }
    | null;
}

/** A model whose steps do not compile. */
export class ModelDefinitionError extends TypeError {
  /**
   * @param model The model's id.
   * @param problem What is wrong.
   */
  constructor(model: string, problem: string) {
    super(`Model ${model}: ${problem}`);
    this.name = "ModelDefinitionError";
  }
}

/**
 * Compiles a model: each step against the units of what it reads, checking its declared unit.
 *
 * @param definition The model.
 * @param unitOf The unit of an input (assumption id) or figure id, `undefined` when unknown.
 * @param units The unit vocabulary.
 * @returns The compiled model.
 * @throws {ModelDefinitionError} Naming the step, when a step reads an unknown name, mixes
 *   dimensions, or computes something other than its declared unit.
 */
export function compileModel(
  definition: ModelDefinition,
  unitOf: (id: string) => Unit | undefined,
  units: UnitVocabulary,
): CompiledModel {
  const known = new Map<string, Unit>();
  const fail = (problem: string): never => {
    throw new ModelDefinitionError(definition.id, problem);
  };
  for (const id of [...definition.inputs, ...definition.figures]) {
    const unit = unitOf(id);
    if (unit === undefined) fail(`reads ${id}, which is neither an assumption nor a figure`);
    known.set(id, unit!);
  }
  const scope = (extra: ReadonlyMap<string, Unit> = new Map()): Scope => ({
    lookup: (id) => {
      const unit = extra.get(id) ?? known.get(id);
      return unit === undefined ? undefined : { unit };
    },
    closeMatches: (id) => closeMatches(id, [...known.keys(), ...extra.keys()]),
  });
  const compileStep = (s: StepDefinition, extra?: ReadonlyMap<string, Unit>): CompiledStep => {
    let unit: Unit;
    let expression: CompiledExpression;
    try {
      unit = parseUnit(s.unit, units);
      expression = compileExpression(s.expr, scope(extra), units);
    } catch (error) {
      return fail(`step ${s.name}: ${(error as Error).message}`);
    }
    if (!sameDimension(expression, unit)) {
      fail(
        `step ${s.name} is declared in ${s.unit} (${
          describeDimension(unit.exponents, unit.date)
        }) ` +
          `but ${s.expr} gives ${describeDimension(expression.exponents, expression.date)}`,
      );
    }
    if (known.has(s.name) || extra?.has(s.name)) fail(`step ${s.name} is defined twice`);
    return Object.freeze({ definition: s, unit, expression });
  };
  const steps: CompiledStep[] = [];
  for (const s of definition.steps) {
    const c = compileStep(s);
    steps.push(c);
    known.set(s.name, c.unit);
  }
  let series: CompiledModel["series"] = null;
  if (definition.series) {
    const def = definition.series;
    const count = parseUnit("count", units);
    const to = compileExpression(def.to, scope(), units);
    if (to.date || Object.keys(to.exponents).length > 0) {
      fail(`series end ${def.to} is not a pure number`);
    }
    const local = new Map<string, Unit>([[def.index, count]]);
    const rowSteps: CompiledStep[] = [];
    for (const s of def.steps) {
      const c = compileStep(s, local);
      rowSteps.push(c);
      local.set(s.name, c.unit);
    }
    for (const t of def.totals) {
      const of = local.get(t.of);
      if (of === undefined) fail(`total ${t.name} sums ${t.of}, which is not a row step`);
      known.set(t.name, of!);
    }
    for (const [name, unit] of local) if (name !== def.index) known.set(`${name}[]`, unit);
    series = Object.freeze({ to, steps: Object.freeze(rowSteps) });
  }
  return Object.freeze({ definition, units: known, steps: Object.freeze(steps), series });
}

/** The values a run computed, in base units, in its domain. */
export interface ModelEvaluation<V> {
  /** Each step's and total's value, by name. */
  readonly values: ReadonlyMap<string, V>;
  /** Steps that could not be computed (a division by zero), with the reason; steps that read them too. */
  readonly undefinedSteps: ReadonlyMap<string, string>;
  /** Each row's step values (empty without a series). */
  readonly rows: readonly ReadonlyMap<string, V>[];
  /** The row index values. */
  readonly indices: readonly number[];
}

/**
 * Evaluates a compiled model in a domain.
 *
 * @param model The compiled model.
 * @param domain Points, intervals or columns.
 * @param input The value of an input or figure id, in base units.
 * @param pointInput The point value of an input or figure (for the series' length).
 * @param only When given, only these steps are evaluated (see {@linkcode stepsNeededFor}).
 * @returns Every step's value (base units), and the series' rows.
 */
export function evaluateModel<V>(
  model: CompiledModel,
  domain: Domain<V>,
  input: (id: string) => V,
  pointInput: (id: string) => number,
  only?: ReadonlySet<string>,
): ModelEvaluation<V> {
  const values = new Map<string, V>();
  const undefinedSteps = new Map<string, string>();
  const read = (id: string) => values.get(id) ?? input(id);
  for (const s of model.steps) {
    if (only !== undefined && !only.has(s.definition.name)) continue;
    const blocked = s.expression.ids.find((id) => undefinedSteps.has(id));
    if (blocked !== undefined) {
      undefinedSteps.set(s.definition.name, `it reads ${blocked}, which is undefined`);
      continue;
    }
    try {
      values.set(s.definition.name, evaluate(s.expression, domain, read));
    } catch (error) {
      if (!(error instanceof ExpressionEvaluationError)) throw error;
      undefinedSteps.set(s.definition.name, error.message);
    }
  }
  const rows: Map<string, V>[] = [];
  const indices: number[] = [];
  if (model.series && model.definition.series && undefinedSteps.size === 0) {
    const def = model.definition.series;
    const pointValues = new Map<string, number>();
    const readPoint = (id: string) => pointValues.get(id) ?? pointInput(id);
    for (const s of model.steps) {
      pointValues.set(s.definition.name, evaluate(s.expression, pointDomain, readPoint));
    }
    const last = evaluate(model.series.to, pointDomain, readPoint);
    if (!Number.isInteger(last) || last - def.from > 10_000) {
      throw new ModelDefinitionError(
        model.definition.id,
        `the series runs from ${def.from} to ${last}: the end must be a whole number, at most 10 000 rows on`,
      );
    }
    for (let k = def.from; k <= last; k++) {
      const row = new Map<string, V>([[def.index, domain.constant(k)]]);
      const readRow = (id: string) => row.get(id) ?? read(id);
      for (const s of model.series.steps) {
        row.set(s.definition.name, evaluate(s.expression, domain, readRow));
      }
      rows.push(row);
      indices.push(k);
    }
    for (const t of def.totals) {
      values.set(
        t.name,
        rows.reduce((sum, row) => domain.add(sum, row.get(t.of)!), domain.constant(0)),
      );
    }
  }
  return { values, undefinedSteps, rows, indices };
}

/**
 * The steps an output needs: itself and every step it reads, directly or not.
 *
 * @param model The compiled model.
 * @param output A step's name.
 * @returns The names of the steps to evaluate.
 *
 * @example
 * ```ts
 * import { stepsNeededFor } from "./model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const model = loadProject("data").models.get("zeroNetCost")!;
 * deepStrictEqual([...stepsNeededFor(model, "netPerWorker")].sort(),
 *   ["contributionPerWorker", "effectiveGainPerWorker", "gainPerWorker", "netPerWorker"]);
 * ```
 */
export function stepsNeededFor(model: CompiledModel, output: string): Set<string> {
  const byName = new Map(model.steps.map((s) => [s.definition.name, s]));
  const needed = new Set<string>();
  const visit = (name: string) => {
    const step = byName.get(name);
    if (step === undefined || needed.has(name)) return;
    needed.add(name);
    step.expression.ids.forEach(visit);
  };
  visit(output);
  return needed;
}
