/**
 * Evaluating a compiled expression in a domain (points, intervals or columns of samples).
 *
 * @module
 */
import type { Compiled, CompiledExpression } from "./compile.ts";
import type { Domain } from "./domain.ts";

/** An expression that compiles but cannot be evaluated: a division by zero. */
export class ExpressionEvaluationError extends RangeError {
  /** The expression. */
  readonly text: string;

  /**
   * @param text The expression.
   * @param problem What went wrong.
   */
  constructor(text: string, problem: string) {
    super(`Cannot evaluate ${JSON.stringify(text.slice(0, 300))}: ${problem}`);
    this.name = "ExpressionEvaluationError";
    this.text = text;
  }
}

/**
 * Evaluates an expression, reading each id (in base units) through `value`.
 *
 * @param expression A compiled expression.
 * @param domain What the values are.
 * @param value The value of an id, in base units and in the same domain.
 * @returns The value, in base units.
 * @throws {ExpressionEvaluationError} On a division by zero.
 *
 * @example The same formula on a point and on an interval
 * ```ts
 * import { compileExpression } from "./compile.ts";
 * import { evaluate } from "./evaluate.ts";
 * import { pointDomain } from "./point_domain.ts";
 * import { intervalDomain } from "./interval_domain.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * const scope = { lookup: () => ({ unit: parseUnit("workers", units) }), closeMatches: () => [] };
 * const e = compileExpression("target - today", scope, units);
 * strictEqual(evaluate(e, pointDomain, (id) => ({ target: 6000, today: 2300 })[id]!), 3700);
 * deepStrictEqual(
 *   evaluate(e, intervalDomain, (id) => ({ target: { lo: 6000, hi: 6000 }, today: { lo: 2300, hi: 2400 } })[id]!),
 *   { lo: 3600, hi: 3700 },
 * );
 * ```
 */
export function evaluate<V>(
  expression: CompiledExpression,
  domain: Domain<V>,
  value: (id: string) => V,
): V {
  const walk = (n: Compiled): V => {
    switch (n.kind) {
      case "number":
        return domain.constant(n.value);
      case "id":
        return value(n.id);
      case "neg":
        return domain.neg(walk(n.arg));
      case "binary": {
        const a = walk(n.left);
        const b = walk(n.right);
        switch (n.op) {
          case "+":
            return domain.add(a, b);
          case "-":
            return domain.sub(a, b);
          case "*":
            return domain.mul(a, b);
          case "/":
            try {
              return domain.div(a, b);
            } catch (error) {
              if (error instanceof RangeError) {
                throw new ExpressionEvaluationError(
                  expression.text,
                  `${error.message} (${domain.name})`,
                );
              }
              throw error;
            }
        }
        break;
      }
      case "call": {
        const args = n.args.map(walk);
        switch (n.fn) {
          case "sum":
            return args.reduce((s, x) => domain.add(s, x));
          case "min":
            return args.reduce((s, x) => domain.min(s, x));
          case "max":
            return args.reduce((s, x) => domain.max(s, x));
          case "year":
            return domain.year(args[0]!);
          case "pow":
            try {
              return domain.pow(args[0]!, args[1]!);
            } catch (error) {
              if (error instanceof RangeError) {
                throw new ExpressionEvaluationError(
                  expression.text,
                  `${error.message} (${domain.name})`,
                );
              }
              throw error;
            }
        }
      }
    }
  };
  return walk(expression.root);
}
