/**
 * `out/claims.csv`: the audit, one row per claim.
 *
 * @module
 */
import { type CellValue, formatCsv } from "../io/csv.ts";
import type { ClaimResult } from "./audit_claims.ts";

/** The columns every reader can rely on, first and in this order. */
export const CLAIMS_CSV_COLUMNS = [
  "claim_id",
  "source_id",
  "statement",
  "operator",
  "stated_value",
  "recomputed_value",
  "unit",
  "relative_gap",
  "verdict",
] as const;

/** The columns that follow, for the trace. */
export const CLAIMS_CSV_EXTRA_COLUMNS = [
  "kind",
  "section",
  "statement_en",
  "stated_low",
  "stated_high",
  "tolerance",
  "tolerance_rule",
  "allowance",
  "figure_ids",
  "stated_expression",
  "recompute_expression",
  "missing_figure",
] as const;

/**
 * The audit as CSV text: the columns of {@linkcode CLAIMS_CSV_COLUMNS}, then the trace columns;
 * one row per claim in the order given; numbers as plain decimals in the claim's unit;
 * `statement` is the memo's wording; `stated_value` is the value compared with (for a range,
 * the bound nearest the recomputed value); `relative_gap = (recomputed − stated) / stated`;
 * `figure_ids` lists the ids read, separated by spaces. LF line ends, no timestamp.
 *
 * @param results The audited claims.
 * @returns The CSV text.
 *
 * @example
 * ```ts
 * import { claimsCsv } from "./claims_csv.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(claimsCsv([]).startsWith("claim_id,source_id,statement,operator,stated_value,recomputed_value,unit,relative_gap,verdict,"), true);
 * ```
 */
export function claimsCsv(results: readonly ClaimResult[]): string {
  const header = [...CLAIMS_CSV_COLUMNS, ...CLAIMS_CSV_EXTRA_COLUMNS];
  const rows: CellValue[][] = results.map((r) => [
    r.claim.claim_id,
    r.claim.source_id,
    r.claim.statement_fr,
    r.claim.operator,
    r.statedValue,
    r.recomputedValue,
    r.claim.unit,
    r.relativeGap,
    r.verdict,
    r.claim.kind,
    r.claim.section,
    r.claim.statement_en,
    r.statedLow,
    r.statedHigh,
    r.tolerance,
    r.toleranceRule,
    r.allowance,
    r.ids.join(" "),
    r.claim.stated,
    r.claim.recompute,
    r.claim.missing_figure,
  ]);
  return formatCsv(header, rows);
}
