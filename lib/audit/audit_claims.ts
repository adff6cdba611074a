/**
 * The audit: each claim of `data/claims.csv` evaluated against the figures, judged, and traced
 * back to the memo figures it used.
 *
 * @module
 */
import { DataError, UnknownIdError } from "../errors.ts";
import type { ClaimRow } from "../data/tables/claims.ts";
import {
  evaluateExpression,
  type Expr,
  ExpressionEvaluationError,
  expressionIds,
  ExpressionSyntaxError,
  parseExpression,
} from "./expression.ts";
import type { CitedFigure, IdResolver } from "./resolver.ts";
import { judgeClaim, type Operator, roundingTolerance, type Verdict } from "./verdict.ts";

/** One claim, audited. */
export interface ClaimResult {
  /** The claim as written in `data/claims.csv`. */
  claim: ClaimRow;
  /** Its spreadsheet row in the file (header = 1). */
  row: number;
  /** The stated value (low end of a range). */
  statedLow: number;
  /** The high end, for a range. */
  statedHigh: number | null;
  /** The value compared with: the stated value, or the nearest bound of a range. */
  statedValue: number;
  /** The recomputed value, or `null` when the memos do not allow it. */
  recomputedValue: number | null;
  /** `(recomputed − stated) / stated`, or `null`. */
  relativeGap: number | null;
  /** The verdict. */
  verdict: Verdict;
  /** The tolerance applied (given, or derived from the memo's rounding). */
  tolerance: number;
  /** How the tolerance was obtained. */
  toleranceRule: "given" | "exact_digits" | "rounded_digits" | "inequality" | "unverifiable";
  /** The allowance applied (at least the tolerance for `=` and `≈`). */
  allowance: number;
  /** Every id the expressions read, in order. */
  ids: string[];
  /** The memo figures behind them, without repeats. */
  figures: CitedFigure[];
}

/** Options for {@linkcode auditClaims}. */
export interface AuditOptions {
  /** The file named in errors. @default "data/claims.csv" */
  file?: string;
}

/**
 * Evaluates and judges every claim.
 *
 * The tolerance is the `tolerance` cell when given; otherwise, for `=`, `≈` and `range`, it is
 * derived from the stated figure as the memo writes it ({@linkcode roundingTolerance}: `exact`
 * digits for `=`, `rounded` for `≈` and `range`), which needs `stated` to be one figure id or
 * number; inequalities take 0. An unverifiable claim (with `missing_figure`) may leave `recompute`
 * empty.
 *
 * @param rows The claims, in file order.
 * @param resolve How ids are read (figures, model outputs).
 * @param options The file named in errors.
 * @returns One result per claim, in the same order.
 * @throws {DataError} Naming the file, row, column and expression, for an expression that does
 *   not parse, names an unknown id (with close matches) or does not evaluate.
 *
 * @example 3 × 45 000 $ = 135 000 $
 * ```ts
 * import { auditClaims } from "./audit_claims.ts";
 * import { figureResolver } from "./resolver.ts";
 * import { defaultFigureBook } from "../data/figures.ts";
 * import { strictEqual } from "node:assert/strict";
 * const [r] = auditClaims([{
 *   claim_id: "aacocq.payroll_example.payroll_product", source_id: "aacocq", section: "", kind: "stated",
 *   operator: "=", statement_fr: "", statement_en: "", stated: "aacocq.payroll_example.payroll",
 *   stated_high: null, recompute: "aacocq.payroll_example.staff * aacocq.payroll_example.salary",
 *   unit: "CAD/year", tolerance: null, allowance: null, missing_figure: null, note: null,
 * }], figureResolver(defaultFigureBook()));
 * strictEqual(r!.recomputedValue, 135000);
 * strictEqual(r!.verdict, "consistent");
 * ```
 */
export function auditClaims(
  rows: readonly ClaimRow[],
  resolve: IdResolver,
  options: AuditOptions = {},
): ClaimResult[] {
  const file = options.file ?? "data/claims.csv";
  return rows.map((claim, i) => auditOne(claim, i + 2, resolve, file));
}

function auditOne(claim: ClaimRow, row: number, resolve: IdResolver, file: string): ClaimResult {
  const figures = new Map<string, CitedFigure>();
  const ids: string[] = [];
  const fail = (column: string, text: string, expected: string): never => {
    throw new DataError({ file, row, column, value: text, expected });
  };
  const parse = (column: string, text: string): Expr => {
    try {
      return parseExpression(text);
    } catch (error) {
      if (error instanceof ExpressionSyntaxError) {
        return fail(column, text, `an expression (${error.message})`);
      }
      throw error;
    }
  };
  const evaluate = (column: string, text: string): number => {
    const expr = parse(column, text);
    for (const id of expressionIds(expr)) if (!ids.includes(id)) ids.push(id);
    try {
      return evaluateExpression(expr, (id) => {
        const resolved = resolve(id);
        for (const f of resolved.figures) if (!figures.has(f.id)) figures.set(f.id, f);
        return resolved.value;
      });
    } catch (error) {
      if (error instanceof UnknownIdError) {
        return fail(column, text, `known ids only: ${error.message}`);
      }
      if (error instanceof ExpressionEvaluationError || error instanceof RangeError) {
        return fail(column, text, `an expression that evaluates (${error.message})`);
      }
      throw error;
    }
  };
  const statedLow = evaluate("stated", claim.stated);
  const statedHigh = claim.stated_high === null ? null : evaluate("stated_high", claim.stated_high);
  const recomputed = claim.recompute === null ? null : evaluate("recompute", claim.recompute);
  if (statedLow === 0) {
    fail("stated", claim.stated, "a non-zero stated value (the gap is relative)");
  }
  const operator = claim.operator as Operator;
  let tolerance: number;
  let toleranceRule: ClaimResult["toleranceRule"];
  if (claim.tolerance !== null) {
    tolerance = claim.tolerance;
    toleranceRule = "given";
  } else if (operator !== "=" && operator !== "≈" && operator !== "range") {
    tolerance = 0;
    toleranceRule = "inequality";
  } else if (claim.missing_figure !== null) {
    tolerance = 0;
    toleranceRule = "unverifiable";
  } else {
    const single = parse("stated", claim.stated);
    if (single.kind !== "id" && single.kind !== "number") {
      fail(
        "tolerance",
        "",
        "a tolerance: the stated value is an expression, so the memo's rounding cannot be read " +
          "from one figure",
      );
    }
    const exact = operator === "=";
    tolerance = roundingTolerance(statedLow, exact ? "exact" : "rounded");
    toleranceRule = exact ? "exact_digits" : "rounded_digits";
  }
  const allowance = Math.max(claim.allowance ?? 0, tolerance);
  let judged;
  try {
    judged = judgeClaim({
      operator,
      stated: statedLow,
      statedHigh,
      recomputed,
      tolerance,
      allowance,
      missingFigure: claim.missing_figure,
    });
  } catch (error) {
    if (error instanceof RangeError) return fail("stated", claim.stated, error.message);
    throw error;
  }
  return {
    claim,
    row,
    statedLow,
    statedHigh,
    statedValue: judged.reference,
    recomputedValue: recomputed,
    relativeGap: judged.relativeGap,
    verdict: judged.verdict,
    tolerance,
    toleranceRule,
    allowance,
    ids,
    figures: [...figures.values()],
  };
}
