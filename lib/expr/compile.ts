/**
 * Compiling an expression: every id is looked up in a scope that knows its unit, and the
 * dimensions are checked before anything is evaluated. Adding persons to workers, or comparing a
 * one-time `MCAD` total with a recurring `MCAD/year` amount, is refused here, with the terms named.
 *
 * Rules:
 * - `+`, `-`, `min`, `max`, `sum`: the terms have one dimension; or a date minus a date (a
 *   duration in years), a date plus or minus a duration (a date).
 * - `*`, `/`: dimensions multiply and divide; a date cannot be multiplied or divided.
 * - `year(date)`: the calendar year, a pure number; `pow(x, y)`: pure numbers only.
 * - A number without a unit is a pure number; `12[months/year]` carries its unit.
 *
 * Values are converted to base units when they enter (a figure in `MCAD` is read in dollars),
 * so no formula writes `/ 100` for a percentage or `* 1000000` for millions.
 *
 * @module
 */
import { type Expr, expressionIds, parseExpression } from "./syntax.ts";
import {
  describeDimension,
  type Exponents,
  parseUnit,
  sameExponents,
  type Unit,
  UnitSyntaxError,
} from "../units/unit.ts";
import type { UnitVocabulary } from "../units/unit_vocabulary.ts";
import { renderExpr } from "./render.ts";

/** What the compiler knows of an id: its unit. */
export interface ScopeEntry {
  /** The id's unit. */
  readonly unit: Unit;
}

/** The ids an expression may read. */
export interface Scope {
  /** The entry of an id, or `undefined` when unknown. */
  lookup(id: string): ScopeEntry | undefined;
  /** Known ids close to an unknown one, for the message. */
  closeMatches(id: string): string[];
}

/** A dimension with the date flag. */
export interface Dimension {
  /** Exponents of the base dimensions. */
  readonly exponents: Exponents;
  /** Whether the value is a calendar date. */
  readonly date: boolean;
}

/** A compiled node: the syntax node with its dimension and, for constants, the base value. */
export type Compiled =
  & Dimension
  & (
    | { readonly kind: "number"; readonly value: number; readonly source: Expr }
    | { readonly kind: "id"; readonly id: string; readonly source: Expr }
    | { readonly kind: "neg"; readonly arg: Compiled; readonly source: Expr }
    | {
      readonly kind: "binary";
      readonly op: "+" | "-" | "*" | "/";
      readonly left: Compiled;
      readonly right: Compiled;
      readonly source: Expr;
    }
    | {
      readonly kind: "call";
      readonly fn: "sum" | "min" | "max" | "year" | "pow";
      readonly args: readonly Compiled[];
      readonly source: Expr;
    }
  );

/** A compiled expression. */
export interface CompiledExpression extends Dimension {
  /** The text it was compiled from. */
  readonly text: string;
  /** The syntax tree. */
  readonly syntax: Expr;
  /** The typed tree. */
  readonly root: Compiled;
  /** The ids it reads, in order of first use. */
  readonly ids: readonly string[];
}

/** An expression whose dimensions do not agree, or that names an unknown id or unit. */
export class ExpressionUnitError extends TypeError {
  /** The expression. */
  readonly text: string;

  /**
   * @param text The expression.
   * @param problem What is wrong, naming the terms.
   */
  constructor(text: string, problem: string) {
    super(`In ${JSON.stringify(text.slice(0, 300))}: ${problem}`);
    this.name = "ExpressionUnitError";
    this.text = text;
  }
}

const NONE: Dimension = Object.freeze({ exponents: Object.freeze({}), date: false });
const TIME: Dimension = Object.freeze({ exponents: Object.freeze({ time: 1 }), date: false });
const DATE: Dimension = Object.freeze({ exponents: Object.freeze({}), date: true });

/**
 * Compiles an expression against a scope.
 *
 * @param text The expression (or its parsed tree, with the text for messages).
 * @param scope The ids it may read and their units.
 * @param units The unit vocabulary, for `12[months/year]` constants.
 * @returns The typed expression.
 * @throws {ExpressionSyntaxError} When it does not parse.
 * @throws {ExpressionUnitError} On an unknown id (with close matches), an unknown unit, or
 *   dimensions that do not agree (naming both terms and their dimensions).
 *
 * @example Persons and workers do not add up
 * ```ts
 * import { compileExpression } from "./compile.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const { units } = loadProject("data");
 * const known: Record<string, string> = { "a.persons": "persons", "a.workers": "workers", "a.ratio": "persons/worker" };
 * const scope = {
 *   lookup: (id: string) => known[id] ? { unit: parseUnit(known[id]!, units) } : undefined,
 *   closeMatches: () => [],
 * };
 * throws(() => compileExpression("a.persons - a.workers", scope, units), /cannot subtract/);
 * const ok = compileExpression("a.persons - a.workers * a.ratio", scope, units);
 * strictEqual(ok.exponents.persons, 1);
 * ```
 */
export function compileExpression(
  text: string,
  scope: Scope,
  units: UnitVocabulary,
  syntax: Expr = parseExpression(text),
): CompiledExpression {
  const fail = (problem: string): never => {
    throw new ExpressionUnitError(text, problem);
  };
  const describe = (node: Compiled): string =>
    `${renderExpr(node.source)} (${describeDimension(node.exponents, node.date)})`;
  const walk = (e: Expr): Compiled => {
    switch (e.kind) {
      case "number": {
        if (e.unit === null) return { kind: "number", value: e.value, source: e, ...NONE };
        let unit: Unit;
        try {
          unit = parseUnit(e.unit, units);
        } catch (error) {
          if (error instanceof UnitSyntaxError) return fail(error.message);
          throw error;
        }
        if (unit.date) return fail(`a number cannot be a date (${e.value}[${e.unit}])`);
        return {
          kind: "number",
          value: e.value * unit.factor,
          source: e,
          exponents: unit.exponents,
          date: false,
        };
      }
      case "id": {
        const entry = scope.lookup(e.id);
        if (entry === undefined) {
          const near = scope.closeMatches(e.id);
          return fail(
            `unknown id ${JSON.stringify(e.id)}` +
              (near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""),
          );
        }
        return {
          kind: "id",
          id: e.id,
          source: e,
          exponents: entry.unit.exponents,
          date: entry.unit.date,
        };
      }
      case "neg": {
        const arg = walk(e.arg);
        if (arg.date) fail(`cannot negate a date: ${describe(arg)}`);
        return { kind: "neg", arg, source: e, exponents: arg.exponents, date: false };
      }
      case "binary": {
        const left = walk(e.left);
        const right = walk(e.right);
        return { kind: "binary", op: e.op, left, right, source: e, ...combine(e.op, left, right) };
      }
      case "call": {
        const args = e.args.map(walk);
        if (e.fn === "year") {
          if (!args[0]!.date) fail(`year() needs a date, not ${describe(args[0]!)}`);
          return { kind: "call", fn: e.fn, args, source: e, ...NONE };
        }
        if (e.fn === "pow") {
          for (const a of args) {
            if (a.date || Object.keys(a.exponents).length > 0) {
              fail(`pow() needs pure numbers, not ${describe(a)}`);
            }
          }
          return { kind: "call", fn: e.fn, args, source: e, ...NONE };
        }
        const first = args[0]!;
        for (const other of args.slice(1)) {
          if (first.date !== other.date || !sameExponents(first.exponents, other.exponents)) {
            fail(
              `${e.fn}() needs terms of one dimension: ${describe(first)} and ${describe(other)}`,
            );
          }
        }
        if (e.fn === "sum" && first.date && args.length > 1) fail("cannot add dates together");
        return {
          kind: "call",
          fn: e.fn,
          args,
          source: e,
          exponents: first.exponents,
          date: first.date,
        };
      }
    }
  };
  const combine = (op: "+" | "-" | "*" | "/", a: Compiled, b: Compiled): Dimension => {
    const verb = { "+": "add", "-": "subtract", "*": "multiply", "/": "divide" }[op];
    if (op === "*" || op === "/") {
      if (a.date || b.date) fail(`cannot ${verb} a date: ${describe(a.date ? a : b)}`);
      const exponents: Record<string, number> = { ...a.exponents };
      for (const [k, v] of Object.entries(b.exponents)) {
        exponents[k] = (exponents[k] ?? 0) + (op === "*" ? v : -v);
        if (exponents[k] === 0) delete exponents[k];
      }
      return { exponents, date: false };
    }
    if (a.date && b.date) {
      if (op === "+") fail(`cannot add two dates: ${describe(a)} and ${describe(b)}`);
      return TIME;
    }
    if (a.date || b.date) {
      const duration = a.date ? b : a;
      if (!sameExponents(duration.exponents, TIME.exponents)) {
        fail(`a date moves only by a duration: ${describe(a)} ${op} ${describe(b)}`);
      }
      if (b.date && op === "-") fail(`cannot subtract a date from a duration: ${describe(b)}`);
      return DATE;
    }
    if (!sameExponents(a.exponents, b.exponents)) {
      fail(
        `cannot ${verb} ${describe(a)} ${op === "+" ? "and" : "and"} ${describe(b)}: ` +
          "convert one explicitly (e.g. × a ratio figure, or × 1[unit/unit] with a reading that says why)",
      );
    }
    return { exponents: a.exponents, date: false };
  };
  const root = walk(syntax);
  return Object.freeze({
    text,
    syntax,
    root,
    ids: Object.freeze(expressionIds(syntax)),
    exponents: root.exponents,
    date: root.date,
  });
}
