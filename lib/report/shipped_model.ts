/**
 * A compiled model as plain JSON, for the report's sliders: the page evaluates the very steps
 * `runModel` evaluates, with the very evaluator (`evaluateModel`, `evaluate`, `pointDomain`,
 * whose sources the page script inlines, see `page_script.ts`). Nothing of a formula is written
 * twice: each step ships as its compiled tree (the syntax tree with constants already in base
 * units), and the unit factors ship beside it.
 *
 * @module
 */
import type { Compiled, CompiledExpression } from "../expr/compile.ts";
import type { CompiledModel, CompiledStep } from "../models/model.ts";
import { evaluateModel } from "../models/model.ts";
import { pointDomain } from "../expr/point_domain.ts";

/** A node of a compiled expression, as the evaluator walks it (dimensions and sources dropped). */
export type ShippedNode =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "neg"; readonly arg: ShippedNode }
  | {
    readonly kind: "binary";
    readonly op: "+" | "-" | "*" | "/";
    readonly left: ShippedNode;
    readonly right: ShippedNode;
  }
  | {
    readonly kind: "call";
    readonly fn: "sum" | "min" | "max" | "year" | "pow";
    readonly args: readonly ShippedNode[];
  };

/** A compiled expression, as the evaluator reads it. */
export interface ShippedExpression {
  /** The expression's text (for messages). */
  readonly text: string;
  /** The ids it reads. */
  readonly ids: readonly string[];
  /** The compiled tree. */
  readonly root: ShippedNode;
}

/** A step, as `evaluateModel` reads it, with its labels and unit for the page. */
export interface ShippedStep {
  /** The step's name, labels and unit. */
  readonly definition: {
    readonly name: string;
    readonly unit: string;
    readonly label_fr: string;
    readonly label_en: string;
  };
  /** Its expression. */
  readonly expression: ShippedExpression;
}

/** A compiled model as JSON: what `evaluateModel` reads, and the unit factors `runModel` applies. */
export interface ShippedModel {
  /** The model's id, titles and series definition (`null` without a series). */
  readonly definition: {
    readonly id: string;
    readonly title_fr: string;
    readonly title_en: string;
    readonly series: {
      readonly index: string;
      readonly from: number;
      readonly totals: readonly { readonly name: string; readonly of: string }[];
    } | null;
  };
  /** The steps, in order. */
  readonly steps: readonly ShippedStep[];
  /** The series' end and row steps, or `null`. */
  readonly series:
    | { readonly to: ShippedExpression; readonly steps: readonly ShippedStep[] }
    | null;
  /** The ids it reads (assumptions, then figures). */
  readonly inputs: readonly string[];
  /** Factor to base units of every input, figure, step and row step (`workers[]`), by name. */
  readonly factors: Readonly<Record<string, number>>;
  /** Unit text of every name of `factors`. */
  readonly units: Readonly<Record<string, string>>;
}

function node(n: Compiled): ShippedNode {
  switch (n.kind) {
    case "number":
      return { kind: "number", value: n.value };
    case "id":
      return { kind: "id", id: n.id };
    case "neg":
      return { kind: "neg", arg: node(n.arg) };
    case "binary":
      return { kind: "binary", op: n.op, left: node(n.left), right: node(n.right) };
    case "call":
      return { kind: "call", fn: n.fn, args: n.args.map(node) };
  }
}

function expression(e: CompiledExpression): ShippedExpression {
  return { text: e.text, ids: [...e.ids], root: node(e.root) };
}

function shipStep(s: CompiledStep): ShippedStep {
  const d = s.definition;
  return {
    definition: { name: d.name, unit: d.unit, label_fr: d.label_fr, label_en: d.label_en },
    expression: expression(s.expression),
  };
}

/**
 * A compiled model as JSON.
 *
 * @param model The model, compiled against the project (`project.models.get(id)`).
 * @returns Its steps' compiled trees, its series, its unit factors.
 *
 * @example The balance ships its steps, each with the tree the evaluator walks
 * ```ts
 * import { shipModel } from "./shipped_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const shipped = shipModel(loadProject("data").models.get("zeroNetCost")!);
 * const net = shipped.steps.find((s) => s.definition.name === "netPerWorker")!;
 * strictEqual(net.expression.text, "effectiveGainPerWorker - contributionPerWorker");
 * strictEqual(net.expression.root.kind, "binary");
 * strictEqual(shipped.factors["netPer1000"], 1e6);
 * ```
 */
export function shipModel(model: CompiledModel): ShippedModel {
  const def = model.definition;
  const factors: Record<string, number> = {};
  const units: Record<string, string> = {};
  for (
    const [name, unit] of [...model.units.entries()].sort((
      [a],
      [b],
    ) => (a < b ? -1 : a > b ? 1 : 0))
  ) {
    factors[name] = unit.factor;
    units[name] = unit.text;
  }
  return {
    definition: {
      id: def.id,
      title_fr: def.title_fr,
      title_en: def.title_en,
      series: def.series
        ? {
          index: def.series.index,
          from: def.series.from,
          totals: def.series.totals.map((t) => ({ name: t.name, of: t.of })),
        }
        : null,
    },
    steps: model.steps.map(shipStep),
    series: model.series
      ? { to: expression(model.series.to), steps: model.series.steps.map(shipStep) }
      : null,
    inputs: [...def.inputs, ...def.figures],
    factors,
    units,
  };
}

/** What {@linkcode runShippedModel} gives: each step in its own unit, as `runModel` does. */
export interface ShippedRun {
  /** Each step's (and total's) value, in its unit. */
  readonly values: Record<string, number>;
  /** Each row's values, in their units (the index as is). */
  readonly rows: Record<string, number>[];
  /** Steps that could not be computed, with the reason. */
  readonly undefinedSteps: Record<string, string>;
}

/**
 * Runs a shipped model on points, exactly as `runModel` does: each input in base units through
 * its factor, lib's `evaluateModel` on lib's `pointDomain`, each value back in its unit with float
 * noise dropped (12 significant digits).
 *
 * This function runs in Deno and, as its source, in the report page: it reads nothing but its
 * parameters and `evaluateModel` / `pointDomain`, which the page script defines from lib's own
 * sources.
 *
 * @param model The shipped model.
 * @param values Every input's value, in its own unit (as `runModel`'s inputs).
 * @returns The values and rows.
 * @throws {RangeError} When an input has no value.
 *
 * @example The memo's numbers, then a salary of 50 300 $: the balance turns negative
 * ```ts
 * import { runShippedModel, shipModel } from "./shipped_model.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { resolveInputs } from "../models/run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const model = project.models.get("zeroNetCost")!;
 * const memo = Object.fromEntries(resolveInputs(project, model).map((i) => [i.id, i.value]));
 * const shipped = shipModel(model);
 * strictEqual(runShippedModel(shipped, memo).values.netPerWorker, 10);
 * strictEqual(runShippedModel(shipped, { ...memo, "fiscal.average_salary": 50300 }).values.netPerWorker, -5);
 * ```
 */
export function runShippedModel(
  model: ShippedModel,
  values: Readonly<Record<string, number>>,
): ShippedRun {
  const base = (id: string): number => {
    const v = values[id];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`Cannot run ${model.definition.id}: no value for ${id}`);
    }
    return v * model.factors[id]!;
  };
  // deno-lint-ignore no-explicit-any
  const run = evaluateModel(model as any, pointDomain, base, base);
  const clean = (x: number) => Number(x.toPrecision(12));
  const out: Record<string, number> = {};
  for (const [name, v] of run.values) out[name] = clean(v / model.factors[name]!);
  const index = model.definition.series === null ? null : model.definition.series.index;
  const rows = run.rows.map((row) => {
    const r: Record<string, number> = {};
    for (const [name, v] of row) {
      r[name] = name === index ? v : clean(v / model.factors[`${name}[]`]!);
    }
    return r;
  });
  const undefinedSteps: Record<string, string> = {};
  for (const [name, why] of run.undefinedSteps) undefinedSteps[name] = why;
  return { values: out, rows, undefinedSteps };
}
