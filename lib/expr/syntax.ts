/**
 * The syntax of recompte's one formula language, used by claims (`data/memos/<id>/claims.csv`)
 * and by models (`lib/models/`). Parsed without `eval`.
 *
 * Grammar (usual precedence, left-associative):
 *
 *     expr    = term (("+" | "-") term)*
 *     term    = unary (("*" | "/") unary)*
 *     unary   = "-" unary | primary
 *     primary = number [ "[" unit "]" ] | identifier | call | "(" expr ")"
 *     call    = name "(" expr ("," expr)* ")"
 *
 * - Numbers are plain decimals (`45000`, `0.05`, `1e6`), no larger than {@linkcode MAX_LITERAL}
 *   and not so small that a float loses digits (`4e-324`). A number may carry a unit in brackets:
 *   `12[months/year]`, `1[persons/post]` — the explicit conversion a claim writes when it reads
 *   one count as another. A bare number is a pure number.
 * - Identifiers are figure ids (`aacocq.payroll_example.salary`), assumption ids
 *   (`fiscal.average_salary`), earlier steps of a model (`netPerWorker`) or model outputs
 *   (`model.zeroNetCost.netPerWorker`): letters, digits, `_` and `.`, starting with a letter.
 * - Functions: `sum(a, b, …)`, `min(a, b, …)`, `max(a, b, …)`, `year(date)` (the calendar year of
 *   a date, as a pure number), `pow(x, y)` (x to the power y, both pure numbers).
 *
 * Nesting is limited to {@linkcode MAX_DEPTH} levels and length to {@linkcode MAX_TOKENS}
 * tokens, so a hostile expression is refused with a message, never a stack overflow.
 *
 * @module
 */

import { MAX_CELL_MAGNITUDE } from "../io/numbers.ts";

/** A parsed expression. `at` is the offset of the node in the text. */
export type Expr =
  | {
    readonly kind: "number";
    readonly value: number;
    readonly unit: string | null;
    readonly at: number;
  }
  | { readonly kind: "id"; readonly id: string; readonly at: number }
  | { readonly kind: "neg"; readonly arg: Expr; readonly at: number }
  | {
    readonly kind: "binary";
    readonly op: "+" | "-" | "*" | "/";
    readonly left: Expr;
    readonly right: Expr;
    readonly at: number;
  }
  | {
    readonly kind: "call";
    readonly fn: ExprFunction;
    readonly args: readonly Expr[];
    readonly at: number;
  };

/** The functions an expression may call. */
export const EXPR_FUNCTIONS = ["sum", "min", "max", "year", "pow"] as const;

/** A function name. */
export type ExprFunction = typeof EXPR_FUNCTIONS[number];

/** The deepest nesting an expression may have. */
export const MAX_DEPTH = 100;

/** The smallest positive number a float holds with full precision (below it, digits are lost). */
export const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * The largest number an expression may write, the same as a cell of `data/` may hold
 * (`MAX_CELL_MAGNITUDE`): beyond it a float no longer keeps every digit, and a claim that needs
 * more is a slip (`1e308[organizations]`), not a memo's number.
 */
export const MAX_LITERAL = MAX_CELL_MAGNITUDE;

/** The most tokens (numbers, ids, operators) an expression may have. */
export const MAX_TOKENS = 2000;

/** An expression that cannot be parsed; the message names the position and what was expected. */
export class ExpressionSyntaxError extends SyntaxError {
  /** The expression text. */
  readonly text: string;
  /** Offset of the problem in the text (0-based). */
  readonly position: number;
  /** What was expected there. */
  readonly expected: string;

  /**
   * @param text The expression.
   * @param position Where the problem is.
   * @param expected What was expected there.
   */
  constructor(text: string, position: number, expected: string) {
    const found = position >= text.length
      ? "the end"
      : JSON.stringify(text.slice(position, position + 12));
    super(
      `Cannot parse expression ${JSON.stringify(text.slice(0, 200))}: at character ${
        position + 1
      }, ` +
        `found ${found}, expected ${expected}`,
    );
    this.name = "ExpressionSyntaxError";
    this.text = text;
    this.position = position;
    this.expected = expected;
  }
}

type Token =
  | { kind: "number"; value: number; at: number }
  | { kind: "id"; id: string; at: number }
  | { kind: "unit"; unit: string; at: number }
  | { kind: "punct"; char: string; at: number }
  | { kind: "end"; at: number };

const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const IDENT = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = text.slice(i, i + 400);
    const number = NUMBER.exec(rest);
    if (number) {
      const value = Number(number[0]);
      const tiny = value !== 0 && value < MIN_NORMAL ||
        value === 0 && /[1-9]/.test(number[0].replace(/e.*$/i, ""));
      if (!Number.isFinite(value) || tiny) {
        throw new ExpressionSyntaxError(text, i, "a number a float can hold");
      }
      if (value > MAX_LITERAL) {
        throw new ExpressionSyntaxError(
          text,
          i,
          `a number no larger than ${MAX_LITERAL}, like a cell of data/`,
        );
      }
      tokens.push({ kind: "number", value, at: i });
      i += number[0].length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      tokens.push({ kind: "id", id: ident[0], at: i });
      i += ident[0].length;
      continue;
    }
    if (c === "[") {
      const close = text.indexOf("]", i);
      if (close < 0) throw new ExpressionSyntaxError(text, i, 'a unit closed by "]"');
      tokens.push({ kind: "unit", unit: text.slice(i + 1, close).trim(), at: i });
      i = close + 1;
      continue;
    }
    if ("+-*/(),".includes(c)) {
      tokens.push({ kind: "punct", char: c, at: i });
      i++;
      continue;
    }
    throw new ExpressionSyntaxError(text, i, "a number, an id, one of + - * / ( ) or a comma");
  }
  tokens.push({ kind: "end", at: text.length });
  return tokens;
}

/**
 * Parses an expression.
 *
 * @param text The expression, e.g. `aacocq.payroll_example.staff * aacocq.payroll_example.salary`.
 * @returns Its syntax tree.
 * @throws {ExpressionSyntaxError} Naming the position and what was expected.
 *
 * @example A unit-carrying number
 * ```ts
 * import { parseExpression } from "./syntax.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(parseExpression("x.y / 12[months/year]"), {
 *   kind: "binary", op: "/", at: 4,
 *   left: { kind: "id", id: "x.y", at: 0 },
 *   right: { kind: "number", value: 12, unit: "months/year", at: 6 },
 * });
 * ```
 */
export function parseExpression(text: string): Expr {
  const tokens = tokenize(text);
  if (tokens.length > MAX_TOKENS) {
    throw new ExpressionSyntaxError(text, tokens[MAX_TOKENS]!.at, `at most ${MAX_TOKENS} tokens`);
  }
  let k = 0;
  let depth = 0;
  const peek = () => tokens[k]!;
  const isPunct = (char: string) => {
    const t = peek();
    return t.kind === "punct" && t.char === char;
  };
  const expect = (char: string) => {
    if (!isPunct(char)) throw new ExpressionSyntaxError(text, peek().at, `"${char}"`);
    k++;
  };
  const nest = <T>(at: number, f: () => T): T => {
    if (++depth > MAX_DEPTH) {
      throw new ExpressionSyntaxError(text, at, `at most ${MAX_DEPTH} levels of nesting`);
    }
    try {
      return f();
    } finally {
      depth--;
    }
  };
  const expr = (): Expr =>
    nest(peek().at, () => {
      let left = term();
      while (isPunct("+") || isPunct("-")) {
        const t = tokens[k++] as { char: "+" | "-"; at: number };
        left = { kind: "binary", op: t.char, left, right: term(), at: t.at };
      }
      return left;
    });
  const term = (): Expr => {
    let left = unary();
    while (isPunct("*") || isPunct("/")) {
      const t = tokens[k++] as { char: "*" | "/"; at: number };
      left = { kind: "binary", op: t.char, left, right: unary(), at: t.at };
    }
    return left;
  };
  const unary = (): Expr => {
    if (isPunct("-")) {
      const at = peek().at;
      k++;
      return nest(at, () => ({ kind: "neg", arg: unary(), at }));
    }
    return primary();
  };
  const primary = (): Expr => {
    const t = peek();
    if (t.kind === "number") {
      k++;
      const next = peek();
      if (next.kind === "unit") {
        k++;
        if (next.unit === "") throw new ExpressionSyntaxError(text, next.at, "a unit inside [ ]");
        return { kind: "number", value: t.value, unit: next.unit, at: t.at };
      }
      return { kind: "number", value: t.value, unit: null, at: t.at };
    }
    if (t.kind === "id") {
      k++;
      if (!isPunct("(")) return { kind: "id", id: t.id, at: t.at };
      if (!(EXPR_FUNCTIONS as readonly string[]).includes(t.id)) {
        throw new ExpressionSyntaxError(
          text,
          t.at,
          `a function among ${EXPR_FUNCTIONS.join(", ")}`,
        );
      }
      k++;
      const args = [expr()];
      while (isPunct(",")) {
        k++;
        args.push(expr());
      }
      expect(")");
      const fn = t.id as ExprFunction;
      if (fn === "year" && args.length !== 1) {
        throw new ExpressionSyntaxError(text, t.at, "year(date) with one argument");
      }
      if (fn === "pow" && args.length !== 2) {
        throw new ExpressionSyntaxError(text, t.at, "pow(x, y) with two arguments");
      }
      return { kind: "call", fn, args, at: t.at };
    }
    if (t.kind === "unit") {
      throw new ExpressionSyntaxError(text, t.at, "a number before a [unit]");
    }
    if (isPunct("(")) {
      k++;
      const inner = expr();
      expect(")");
      return inner;
    }
    throw new ExpressionSyntaxError(text, t.at, "a number, an id, a function call or (");
  };
  const tree = expr();
  if (peek().kind !== "end") {
    throw new ExpressionSyntaxError(text, peek().at, "an operator or the end of the expression");
  }
  return tree;
}

/**
 * The ids an expression reads, in order of first use, without repeats.
 *
 * @param expr A parsed expression.
 * @returns The ids.
 *
 * @example
 * ```ts
 * import { expressionIds, parseExpression } from "./syntax.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(expressionIds(parseExpression("sum(a.b, d.e) / a.b")), ["a.b", "d.e"]);
 * ```
 */
export function expressionIds(expr: Expr): string[] {
  const ids: string[] = [];
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case "number":
        return;
      case "id":
        if (!ids.includes(e.id)) ids.push(e.id);
        return;
      case "neg":
        return walk(e.arg);
      case "binary":
        walk(e.left);
        return walk(e.right);
      case "call":
        return e.args.forEach(walk);
    }
  };
  walk(expr);
  return ids;
}
