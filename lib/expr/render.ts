/**
 * Writing an expression back as text, with the usual precedence and no superfluous parentheses;
 * optionally with each id replaced by its value, which is how a trace shows a step
 * (`effectiveGainPerWorker − contributionPerWorker = 2 510 − 2 500`).
 *
 * @module
 */
import type { Expr } from "./syntax.ts";

/** How ids and numbers are written. */
export interface RenderOptions {
  /** The text for an id. @default the id itself */
  id?: (id: string) => string;
  /** The text for a number literal. @default the number as written, with its `[unit]` */
  number?: (value: number, unit: string | null) => string;
  /** Minus and times signs: ASCII (`-`, `*`) or typographic (`−`, `×`). @default "ascii" */
  signs?: "ascii" | "typographic";
}

const PRECEDENCE = { "+": 1, "-": 1, "*": 2, "/": 2 } as const;

/**
 * Renders an expression.
 *
 * @param expr A parsed expression.
 * @param options How ids, numbers and signs are written.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { parseExpression } from "./syntax.ts";
 * import { renderExpr } from "./render.ts";
 * import { strictEqual } from "node:assert/strict";
 * const e = parseExpression("(a - b) * 12[months/year] / (c - (d - e))");
 * strictEqual(renderExpr(e), "(a - b) * 12[months/year] / (c - (d - e))");
 * strictEqual(renderExpr(e, { id: (id) => ({ a: "5", b: "3", c: "1", d: "2", e: "1" })[id]!, signs: "typographic" }),
 *   "(5 − 3) × 12[months/year] / (1 − (2 − 1))");
 * ```
 */
export function renderExpr(expr: Expr, options: RenderOptions = {}): string {
  const id = options.id ?? ((x: string) => x);
  const number = options.number ??
    ((v: number, u: string | null) => (u ? `${v}[${u}]` : String(v)));
  const typographic = options.signs === "typographic";
  const sign = (op: string) =>
    typographic ? ({ "-": "−", "*": "×", "+": "+", "/": "/" } as Record<string, string>)[op]! : op;
  const walk = (e: Expr, parent: number, rightSide: boolean): string => {
    switch (e.kind) {
      case "number":
        return number(e.value, e.unit);
      case "id":
        return id(e.id);
      case "neg": {
        const inner = walk(e.arg, 3, false);
        return `${sign("-")}${inner}`;
      }
      case "call":
        return `${e.fn}(${e.args.map((a) => walk(a, 0, false)).join(", ")})`;
      case "binary": {
        const p = PRECEDENCE[e.op];
        const text = `${walk(e.left, p, false)} ${sign(e.op)} ${walk(e.right, p, true)}`;
        const needs = p < parent || (rightSide && p === parent);
        return needs ? `(${text})` : text;
      }
    }
  };
  return walk(expr, 0, false);
}
