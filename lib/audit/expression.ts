/**
 * The small arithmetic language of `data/claims.csv`: a claim's stated and recomputed values are
 * written as expressions over figure ids (and, later, model output ids), parsed here without
 * `eval`.
 *
 * Grammar (usual precedence, left-associative):
 *
 *     expr    = term (("+" | "-") term)*
 *     term    = unary (("*" | "/") unary)*
 *     unary   = "-" unary | primary
 *     primary = number | identifier | call | "(" expr ")"
 *     call    = ("sum" | "min" | "max" | "round" | "floor") "(" expr ("," expr)* ")"
 *
 * Numbers are plain decimals (`45000`, `0.05`, `1e6`). Identifiers are figure ids such as
 * `aacocq.payroll_example.salary` or model output ids such as `model.zeroNetCost.netPerWorker`:
 * letters, digits, `_` and `.`, starting with a letter. `round(x, digits)` rounds half away from
 * zero to `digits` decimals (negative digits round to tens, hundreds…); `floor(x)` is the largest
 * whole number ≤ x (the calendar year of a date figure, which reads as a decimal year).
 *
 * @module
 */

/** A parsed expression. */
export type Expr =
  | { kind: "number"; value: number }
  | { kind: "id"; id: string }
  | { kind: "neg"; arg: Expr }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: Expr; right: Expr }
  | { kind: "call"; fn: ExprFunction; args: Expr[] };

/** The functions an expression may call. */
export const EXPR_FUNCTIONS = ["sum", "min", "max", "round", "floor"] as const;

/** A function name. */
export type ExprFunction = typeof EXPR_FUNCTIONS[number];

/** An expression that cannot be parsed; the message names the position and what was expected. */
export class ExpressionSyntaxError extends SyntaxError {
  /** The expression text. */
  readonly text: string;
  /** Offset of the problem in the text (0-based). */
  readonly position: number;

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
      `Cannot parse expression ${JSON.stringify(text)}: at ${position}, found ${found}, ` +
        `expected ${expected}`,
    );
    this.name = "ExpressionSyntaxError";
    this.text = text;
    this.position = position;
  }
}

type Token =
  | { kind: "number"; value: number; at: number }
  | { kind: "id"; id: string; at: number }
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
    const rest = text.slice(i);
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: "number", value: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      tokens.push({ kind: "id", id: ident[0], at: i });
      i += ident[0].length;
      continue;
    }
    if ("+-*/(),".includes(c)) {
      tokens.push({ kind: "punct", char: c, at: i });
      i++;
      continue;
    }
    throw new ExpressionSyntaxError(
      text,
      i,
      "a number, an id, one of + - * / ( ) or a comma",
    );
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
 * @example
 * ```ts
 * import { parseExpression } from "./expression.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(parseExpression("-2 * x.y.z"), {
 *   kind: "binary", op: "*",
 *   left: { kind: "neg", arg: { kind: "number", value: 2 } },
 *   right: { kind: "id", id: "x.y.z" },
 * });
 * ```
 */
export function parseExpression(text: string): Expr {
  const tokens = tokenize(text);
  let k = 0;
  const peek = () => tokens[k]!;
  const isPunct = (char: string) => {
    const t = peek();
    return t.kind === "punct" && t.char === char;
  };
  const expect = (char: string) => {
    if (!isPunct(char)) throw new ExpressionSyntaxError(text, peek().at, `"${char}"`);
    k++;
  };
  const expr = (): Expr => {
    let left = term();
    while (isPunct("+") || isPunct("-")) {
      const op = (tokens[k++] as { char: "+" | "-" }).char;
      left = { kind: "binary", op, left, right: term() };
    }
    return left;
  };
  const term = (): Expr => {
    let left = unary();
    while (isPunct("*") || isPunct("/")) {
      const op = (tokens[k++] as { char: "*" | "/" }).char;
      left = { kind: "binary", op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => {
    if (isPunct("-")) {
      k++;
      return { kind: "neg", arg: unary() };
    }
    return primary();
  };
  const primary = (): Expr => {
    const t = peek();
    if (t.kind === "number") {
      k++;
      return { kind: "number", value: t.value };
    }
    if (t.kind === "id") {
      k++;
      if (!isPunct("(")) return { kind: "id", id: t.id };
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
      if (fn === "round" && args.length !== 2) {
        throw new ExpressionSyntaxError(text, t.at, "round(x, digits) with two arguments");
      }
      if (fn === "floor" && args.length !== 1) {
        throw new ExpressionSyntaxError(text, t.at, "floor(x) with one argument");
      }
      return { kind: "call", fn, args };
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
 * import { expressionIds, parseExpression } from "./expression.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(expressionIds(parseExpression("sum(a.b.c, d.e.f) / a.b.c")), ["a.b.c", "d.e.f"]);
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

/** An expression that parses but cannot be evaluated (division by zero, a non-finite result). */
export class ExpressionEvaluationError extends RangeError {
  /**
   * @param message What went wrong.
   */
  constructor(message: string) {
    super(message);
    this.name = "ExpressionEvaluationError";
  }
}

/**
 * Rounds half away from zero to `digits` decimals.
 *
 * @param x The number.
 * @param digits Decimals (negative: tens, hundreds…).
 * @returns The rounded number.
 */
function roundTo(x: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(x) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15))) / factor;
  return Math.sign(x) * rounded;
}

/**
 * Evaluates an expression, reading each id through `resolve`.
 *
 * @param expr A parsed expression.
 * @param resolve The value of an id (a figure, a model output).
 * @returns The value.
 * @throws {ExpressionEvaluationError} On division by zero or a non-finite result; whatever
 *   `resolve` throws for an unknown id.
 *
 * @example 3 × 45 000 $
 * ```ts
 * import { evaluateExpression, parseExpression } from "./expression.ts";
 * import { strictEqual } from "node:assert/strict";
 * const values: Record<string, number> = { "a.staff.n": 3, "a.salary.s": 45000 };
 * strictEqual(evaluateExpression(parseExpression("a.staff.n * a.salary.s"), (id) => values[id]!), 135000);
 * strictEqual(evaluateExpression(parseExpression("round(2 / 3, 2)"), () => 0), 0.67);
 * ```
 */
export function evaluateExpression(expr: Expr, resolve: (id: string) => number): number {
  const value = evaluate(expr, resolve);
  if (!Number.isFinite(value)) {
    throw new ExpressionEvaluationError(`The expression evaluates to ${value}`);
  }
  return value;
}

function evaluate(e: Expr, resolve: (id: string) => number): number {
  switch (e.kind) {
    case "number":
      return e.value;
    case "id":
      return resolve(e.id);
    case "neg":
      return -evaluate(e.arg, resolve);
    case "binary": {
      const a = evaluate(e.left, resolve);
      const b = evaluate(e.right, resolve);
      switch (e.op) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          if (b === 0) throw new ExpressionEvaluationError("Division by zero");
          return a / b;
      }
      break;
    }
    case "call": {
      const args = e.args.map((arg) => evaluate(arg, resolve));
      switch (e.fn) {
        case "sum":
          return args.reduce((s, x) => s + x, 0);
        case "min":
          return Math.min(...args);
        case "max":
          return Math.max(...args);
        case "round":
          if (!Number.isInteger(args[1])) {
            throw new ExpressionEvaluationError(`round(): digits must be whole, got ${args[1]}`);
          }
          return roundTo(args[0]!, args[1]!);
        case "floor":
          return Math.floor(args[0]!);
      }
    }
  }
}
