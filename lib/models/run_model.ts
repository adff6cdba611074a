/**
 * Running a model on the project: each input takes its base value (the memo's figure, or the
 * value `assumptions.csv` gives), then the scenario's value, then the caller's override — each
 * checked before use — and the steps are evaluated. The trace is what the evaluator saw.
 *
 * @module
 */
import { pointDomain } from "../expr/point_domain.ts";
import { intervalDomain } from "../expr/interval_domain.ts";
import { evaluate } from "../expr/evaluate.ts";
import { renderExpr } from "../expr/render.ts";
import { UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import { MIN_NORMAL } from "../expr/syntax.ts";
import type { Assumption, Project } from "../project/types.ts";
import { exactQuantity, figureQuantity, type Quantity } from "../rules/quantity.ts";
import { type CompiledModel, evaluateModel } from "./model.ts";

/** What to run a model with. */
export interface RunOptions {
  /** A scenario of `scenarios.csv` (`memo` is the memo's own numbers). */
  readonly scenario?: string;
  /** Assumption values, by id, in each assumption's unit. */
  readonly overrides?: Readonly<Record<string, number>>;
}

/** An override that cannot be applied: wrong type, out of bounds, not read by the model… */
export class OverrideError extends RangeError {
  /** The assumption id. */
  readonly id: string;

  /**
   * An override that cannot be applied.
   *
   * @param id The assumption id.
   * @param problem What is wrong.
   */
  constructor(id: string, problem: string) {
    super(`Override ${JSON.stringify(id)}: ${problem}`);
    this.name = "OverrideError";
    this.id = id;
  }
}

/** One input of a run. */
export interface RunInput {
  /** Assumption or figure id. */
  readonly id: string;
  /** `assumption` (overridable) or `figure` (what the memo says). */
  readonly kind: "assumption" | "figure";
  /** The value used, in `unit`. */
  readonly value: number;
  /** Its unit. */
  readonly unit: string;
  /** The base value, before scenario and override. */
  readonly base: number | null;
  /** `override`, `scenario <id>`, or `null` for the base. */
  readonly overriddenBy: string | null;
  /** Where the base comes from: the figure expression, or the outside source. */
  readonly source: string;
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** A word about an override that looks like a slip, if any. */
  readonly warning: string | null;
}

/** One step of the trace. */
export interface TraceStep {
  /** The step's name. */
  readonly name: string;
  /** French label. */
  readonly label_fr: string;
  /** English label. */
  readonly label_en: string;
  /** Its unit. */
  readonly unit: string;
  /** The expression. */
  readonly expression: string;
  /** The ids it reads, with their values (each in its own unit) and units. */
  readonly operands: readonly {
    readonly id: string;
    readonly value: number;
    readonly unit: string;
  }[];
  /** The value, in `unit`; `null` when undefined. */
  readonly value: number | null;
  /** Why it is undefined, when it is. */
  readonly undefinedBecause: string | null;
}

/** A point run of a model. */
export interface ModelResult {
  /** The model. */
  readonly model: CompiledModel;
  /** The scenario applied (`null`: the memo's numbers, with any overrides). */
  readonly scenario: string | null;
  /** Whether any override was applied. */
  readonly overridden: boolean;
  /** The inputs, as used. */
  readonly inputs: readonly RunInput[];
  /** Each step's and total's value, in its own unit (`NaN` never; undefined steps are absent). */
  readonly values: Readonly<Record<string, number>>;
  /** Steps that could not be computed, and why. */
  readonly undefinedSteps: Readonly<Record<string, string>>;
  /** The series' rows, each step in its own unit. */
  readonly rows: readonly Readonly<Record<string, number>>[];
  /** The trace of the scalar steps. */
  readonly trace: readonly TraceStep[];
  /** Words about overrides that look like slips (a share written as a fraction). */
  readonly warnings: readonly string[];
}

/** Float noise is dropped from values shown: 12 significant digits. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function compiledModel(project: Project, id: string): CompiledModel {
  const model = project.models.get(id);
  if (model === undefined) {
    throw new UnknownIdError("model", String(id), closeMatches(String(id), project.models.keys()));
  }
  return model;
}

/**
 * The value of each input of a model under a scenario and overrides, checked.
 *
 * @param project The project.
 * @param model The model.
 * @param options Scenario and overrides.
 * @returns The inputs, in the model's order.
 * @throws {UnknownIdError} On an unknown scenario or assumption id (close matches named once).
 * @throws {OverrideError} On an override the model does not read, a value that is not a finite
 *   number, out of its bounds, fractional where a whole year is needed, or off by a likely scale
 *   slip (48 for 48 000, 0.383 for 38,3 %); or overrides combined with the `memo` scenario.
 */
export function resolveInputs(
  project: Project,
  model: CompiledModel,
  options: RunOptions = {},
): RunInput[] {
  checkRunOptions(project, options);
  const scenarioId = options.scenario ?? null;
  const scenarioValues: ReadonlyMap<string, number> = scenarioId === null
    ? new Map()
    : project.scenarios.get(scenarioId)!.overrides;
  const overrides = options.overrides ?? {};
  for (const id of Object.keys(overrides)) {
    if (!model.definition.inputs.includes(id)) {
      throw new OverrideError(
        id,
        `model ${model.definition.id} does not read it; it reads ${
          model.definition.inputs.join(", ")
        }`,
      );
    }
  }
  const inputs: RunInput[] = [];
  for (const id of model.definition.inputs) {
    const a = project.assumptions.get(id)!;
    const override = Object.hasOwn(overrides, id) ? overrides[id] as number : undefined;
    const fromScenario = scenarioValues.get(id);
    const value = override ?? fromScenario ?? a.base;
    if (value === null) {
      throw new OverrideError(
        id,
        `no memo gives a value and none is set: ${
          a.outsideSource ?? a.note ?? "set it with an override"
        }`,
      );
    }
    inputs.push({
      id,
      kind: "assumption",
      value,
      unit: a.unit.text,
      base: a.base,
      overriddenBy: override !== undefined
        ? "override"
        : fromScenario !== undefined
        ? `scenario ${scenarioId}`
        : null,
      source: a.baseExpression?.text ?? a.outsideSource ?? "",
      label_fr: a.label_fr,
      label_en: a.label_en,
      warning: override === undefined ? null : overrideWarning(a, override),
    });
  }
  for (const id of model.definition.figures) {
    const f = project.figures.get(id)!;
    inputs.push({
      id,
      kind: "figure",
      value: f.date ? f.date.start : f.value!,
      unit: f.unit.text,
      base: f.date ? f.date.start : f.value,
      overriddenBy: null,
      source: f.sourceId,
      label_fr: f.excerpt,
      label_en: f.excerpt,
      warning: null,
    });
  }
  return inputs;
}

/**
 * Checks a set of overrides against the project, whatever model will read them: each id is an
 * assumption (close matches named once), each value a finite number of the right kind within
 * bounds; and no override rides on the `memo` scenario.
 *
 * @param project The project.
 * @param options Scenario and overrides.
 * @throws {UnknownIdError} On an unknown scenario or assumption.
 * @throws {OverrideError} On a value that cannot be applied, or far outside its plausible range
 *   where a scale slip would put it inside (48 for 48 000 $).
 *
 * @example
 * ```ts
 * import { checkRunOptions, OverrideError } from "./run_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { throws } from "node:assert/strict";
 * const project = loadProject("data");
 * throws(() => checkRunOptions(project, { overrides: { "fiscal.average_salary": 48 } }), /did you mean 48000/);
 * throws(() => checkRunOptions(project, { scenario: "memo", overrides: { "fiscal.average_salary": 48000 } }), OverrideError);
 * ```
 */
export function checkRunOptions(project: Project, options: RunOptions = {}): void {
  if (typeof options !== "object" || options === null) {
    throw new OverrideError("(all)", "the options must be an object { scenario?, overrides? }");
  }
  if (options.scenario !== undefined && !project.scenarios.has(options.scenario)) {
    throw new UnknownIdError(
      "scenario",
      String(options.scenario),
      closeMatches(String(options.scenario), project.scenarios.keys()),
    );
  }
  const overrides = options.overrides ?? {};
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new OverrideError("(all)", "overrides must be an object of assumption id → number");
  }
  const ids = Object.keys(overrides);
  if (options.scenario === "memo" && ids.length > 0) {
    throw new OverrideError(
      ids[0]!,
      'the "memo" scenario is the memo\'s own numbers: drop the scenario to apply overrides',
    );
  }
  for (const id of ids) {
    const a = project.assumptions.get(id);
    if (a === undefined) {
      throw new UnknownIdError("assumption", id, closeMatches(id, project.assumptions.keys()));
    }
    checkOverride(a, Object.getOwnPropertyDescriptor(overrides, id)?.value);
  }
}

/**
 * The part of a scenario and overrides that a model reads: the scenario, and only the overrides of
 * its own inputs (so that one set of overrides can be given to every model of a report).
 *
 * @param project The project.
 * @param modelId The model.
 * @param options Scenario and overrides for several models.
 * @returns The options for this model.
 * @throws {UnknownIdError} On an unknown model, scenario or assumption id (see
 *   {@linkcode checkRunOptions}), even one no model reads.
 * @throws {OverrideError} On an override that cannot be applied.
 */
export function optionsFor(
  project: Project,
  modelId: string,
  options: RunOptions = {},
): RunOptions {
  // Every id is checked, not only the ones this model reads: an unknown one is a slip, never
  // dropped in silence.
  checkRunOptions(project, options);
  const reads = compiledModel(project, modelId).definition.inputs;
  const overrides = Object.fromEntries(
    Object.entries(options.overrides ?? {}).filter(([id]) => reads.includes(id)),
  );
  return { ...(options.scenario === undefined ? {} : { scenario: options.scenario }), overrides };
}

function checkOverride(a: Assumption, value: unknown): void {
  if (typeof value !== "number") {
    throw new OverrideError(
      a.id,
      `expected a number in ${a.unit.text}, got ${
        typeof value === "bigint" ? "a BigInt" : JSON.stringify(value) ?? typeof value
      }`,
    );
  }
  if (!Number.isFinite(value)) {
    throw new OverrideError(a.id, `expected a finite number, got ${value}`);
  }
  if (value !== 0 && Math.abs(value) < MIN_NORMAL) {
    throw new OverrideError(
      a.id,
      `${value} is too small for a float to keep its digits: write 0 or a larger number`,
    );
  }
  if (value < a.min || value > a.max) {
    throw new OverrideError(
      a.id,
      `${value} is outside the bounds [${a.min}, ${a.max}] (${a.unit.text})`,
    );
  }
  if (a.unit.date && !Number.isInteger(value)) {
    throw new OverrideError(a.id, `a year is a whole number (e.g. 2026), got ${value}`);
  }
  const low = a.low ?? a.base;
  const high = a.high ?? a.base;
  if (low !== null && high !== null && value > 0 && (value < low || value > high)) {
    for (const scale of [100, 1000]) {
      const scaled = value * scale;
      if (scaled >= low && scaled <= high) {
        throw new OverrideError(
          a.id,
          `${value} ${a.unit.text} is far outside the plausible range ${low}–${high}; did you mean ${
            clean(scaled)
          }?`,
        );
      }
    }
  }
}

/**
 * A word about an override that is valid but looks like a slip: a share below 1 % whose hundredfold
 * falls in the plausible range (0,383 written for 38,3 %).
 *
 * @param a The assumption.
 * @param value The override.
 * @returns The warning, or `null`.
 */
function overrideWarning(a: Assumption, value: number): string | null {
  const low = a.low ?? a.base;
  const high = a.high ?? a.base;
  if (a.unit.text === "percent" && value > 0 && value < 1 && low !== null && high !== null) {
    const scaled = clean(value * 100);
    if (scaled >= low && scaled <= high) {
      return `${a.id} = ${value} %: percent are written as 38.3 for 38,3 %; if you meant ${scaled} %, write ${scaled}`;
    }
  }
  return null;
}

/**
 * Runs a model on points.
 *
 * @param project The project.
 * @param modelId The model's id (`zeroNetCost`).
 * @param options Scenario and overrides.
 * @returns Values, rows and trace.
 * @throws {UnknownIdError} On an unknown model, scenario or assumption.
 * @throws {OverrideError} On an override that cannot be applied.
 *
 * @example The memo's 45 000 $ example salary applied to the balance: the state loses 240 $ a worker
 * ```ts
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "./run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = runModel(loadProject("data"), "zeroNetCost", { scenario: "salary_45k" });
 * strictEqual(r.values.netPerWorker, 260);
 * ```
 */
export function runModel(project: Project, modelId: string, options: RunOptions = {}): ModelResult {
  const model = compiledModel(project, modelId);
  const inputs = resolveInputs(project, model, options);
  const byId = new Map(inputs.map((i) => [i.id, i]));
  const unitOf = (id: string) => model.units.get(id)!;
  const base = (id: string) => byId.get(id)!.value * unitOf(id).factor;
  const run = evaluateModel(model, pointDomain, base, base);
  const own = (name: string, v: number) => clean(v / unitOf(name).factor);
  const values: Record<string, number> = {};
  for (const [name, v] of run.values) values[name] = own(name, v);
  const rows = run.rows.map((row) => {
    const out: Record<string, number> = {};
    for (const [name, v] of row) {
      out[name] = name === model.definition.series?.index
        ? v
        : clean(v / unitOf(`${name}[]`).factor);
    }
    return Object.freeze(out);
  });
  const trace: TraceStep[] = model.steps.map((s) => {
    const name = s.definition.name;
    const operands = s.expression.ids.map((id) => ({
      id,
      value: byId.has(id) ? byId.get(id)!.value : values[id] ?? NaN,
      unit: unitOf(id).text,
    }));
    return Object.freeze({
      name,
      label_fr: s.definition.label_fr,
      label_en: s.definition.label_en,
      unit: s.unit.text,
      expression: renderExpr(s.expression.syntax),
      operands: Object.freeze(operands),
      value: name in values ? values[name]! : null,
      undefinedBecause: run.undefinedSteps.get(name) ?? null,
    });
  });
  return Object.freeze({
    model,
    scenario: options.scenario ?? null,
    overridden: Object.keys(options.overrides ?? {}).length > 0,
    inputs: Object.freeze(inputs),
    values: Object.freeze(values),
    undefinedSteps: Object.freeze(Object.fromEntries(run.undefinedSteps)),
    rows: Object.freeze(rows),
    trace: Object.freeze(trace),
    warnings: Object.freeze(inputs.flatMap((i) => (i.warning === null ? [] : [i.warning]))),
  });
}

/**
 * The quantity (point, core and outer readings, in base units) of an assumption: an override or a
 * scenario value is exact; a base taken from memo figures carries their readings; a value from
 * outside the memos is exact.
 *
 * @param project The project.
 * @param input The input as resolved.
 * @returns Its quantity.
 */
export function inputQuantity(project: Project, input: RunInput): Quantity {
  if (input.kind === "figure") return figureQuantity(project.figures.get(input.id)!)!;
  const a = project.assumptions.get(input.id)!;
  if (input.overriddenBy !== null || a.baseExpression === null) {
    return exactQuantity(input.value * a.unit.factor);
  }
  const q = (id: string) => figureQuantity(project.figures.get(id)!)!;
  return Object.freeze({
    point: evaluate(a.baseExpression, pointDomain, (id) => q(id).point),
    core: evaluate(a.baseExpression, intervalDomain, (id) => q(id).core),
    outer: evaluate(a.baseExpression, intervalDomain, (id) => q(id).outer),
  });
}

/**
 * Runs a model three ways — point, core and outer readings of its inputs — for the audit.
 *
 * @param project The project.
 * @param modelId The model.
 * @param options Scenario and overrides.
 * @returns Each step's quantity in base units; undefined steps are absent.
 */
export function modelQuantities(
  project: Project,
  modelId: string,
  options: RunOptions = {},
): Map<string, Quantity> {
  const model = compiledModel(project, modelId);
  const inputs = new Map(
    resolveInputs(project, model, options).map((i) => [i.id, inputQuantity(project, i)]),
  );
  const point = evaluateModel(
    model,
    pointDomain,
    (id) => inputs.get(id)!.point,
    (id) => inputs.get(id)!.point,
  );
  const core = evaluateModel(
    model,
    intervalDomain,
    (id) => inputs.get(id)!.core,
    (id) => inputs.get(id)!.point,
  );
  const outer = evaluateModel(
    model,
    intervalDomain,
    (id) => inputs.get(id)!.outer,
    (id) => inputs.get(id)!.point,
  );
  const out = new Map<string, Quantity>();
  for (const [name, p] of point.values) {
    const c = core.values.get(name);
    const o = outer.values.get(name);
    if (c !== undefined && o !== undefined) {
      out.set(name, Object.freeze({ point: p, core: c, outer: o }));
    }
  }
  return out;
}
