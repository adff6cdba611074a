/**
 * The audit as tables: one row per reading (`out/claims.csv`) and one per finding
 * (`out/findings.csv`), with every number as a plain decimal so that the files diff cleanly from
 * one run to the next (`tests/expected/` pins them).
 *
 * @module
 */
import type { AuditResult, Side } from "./audit.ts";
import { formatCsv } from "../io/csv.ts";

/** The columns of `claims.csv`. */
export const CLAIM_TABLE_COLUMNS: readonly string[] = Object.freeze([
  "claim_id",
  "reading",
  "source_id",
  "kind",
  "claim_verdict",
  "reading_verdict",
  "finding",
  "relation",
  "unit",
  "stated_point",
  "stated_core_low",
  "stated_core_high",
  "stated_outer_low",
  "stated_outer_high",
  "recomputed_point",
  "recomputed_core_low",
  "recomputed_core_high",
  "recomputed_outer_low",
  "recomputed_outer_high",
  "relative_gap",
  "quote_lines",
  "says_fr",
  "says_en",
  "stated",
  "recompute",
  "missing",
]);

/** The columns of `findings.csv`. */
export const FINDING_TABLE_COLUMNS: readonly string[] = Object.freeze([
  "finding_id",
  "source_id",
  "verdict",
  "claims",
  "claim_verdicts",
  "figures",
  "title_fr",
  "title_en",
]);

/** A table cell: text, number or empty. */
export type TableCell = string | number | null;

function bound(x: number): TableCell {
  return Number.isFinite(x) ? x : x > 0 ? "+inf" : "-inf";
}

function sideCells(s: Side | null): TableCell[] {
  if (s === null) return [null, null, null, null, null];
  return [s.point, bound(s.core.lo), bound(s.core.hi), bound(s.outer.lo), bound(s.outer.hi)];
}

/**
 * One row per reading of every claim.
 *
 * @param result The audit.
 * @returns Rows aligned with {@linkcode CLAIM_TABLE_COLUMNS}.
 */
export function claimTableRows(result: AuditResult): TableCell[][] {
  return result.claims.flatMap((c) =>
    c.readings.map((r) => [
      c.claim.id,
      r.reading.reading || null,
      c.claim.sourceId,
      c.claim.kind,
      c.verdict,
      r.verdict,
      c.claim.finding,
      r.reading.relation,
      r.reading.unit.text,
      ...sideCells(r.stated),
      ...sideCells(r.recomputed),
      r.relativeGap,
      [
        ...new Set(
          r.reading.quoteSpans.map((s) =>
            s.line === s.endLine ? `${s.line}` : `${s.line}-${s.endLine}`
          ),
        ),
      ].join(" "),
      r.reading.says_fr,
      r.reading.says_en,
      r.reading.stated?.text ?? null,
      r.reading.recompute?.text ?? null,
      r.unverifiableBecause,
    ])
  );
}

/**
 * One row per finding.
 *
 * @param result The audit.
 * @returns Rows aligned with {@linkcode FINDING_TABLE_COLUMNS}.
 */
export function findingTableRows(result: AuditResult): TableCell[][] {
  return result.findings.map((f) => [
    f.id,
    f.sourceId,
    f.verdict,
    f.claims.map((c) => c.claim.id).join(" "),
    f.claims.map((c) => c.verdict).join(" "),
    f.finding?.figures.join(" ") ?? null,
    f.finding?.title_fr ?? f.claims[0]!.readings[0]!.reading.says_fr,
    f.finding?.title_en ?? f.claims[0]!.readings[0]!.reading.says_en,
  ]);
}

/** The audit's two tables as files: what `out/` gets and what `tests/expected/` pins. */
export interface AuditFiles {
  /** `claims.csv`: one row per reading. */
  readonly "claims.csv": string;
  /** `findings.csv`: one row per finding. */
  readonly "findings.csv": string;
}

/**
 * The audit's tables as CSV text, spreadsheet-safe (a cell that starts like a formula is
 * written so that a spreadsheet shows it as text).
 *
 * @param result The audit.
 * @returns The files' text, by name.
 */
export function auditFiles(result: AuditResult): AuditFiles {
  return {
    "claims.csv": formatCsv([...CLAIM_TABLE_COLUMNS], claimTableRows(result), {
      spreadsheetSafe: true,
    }),
    "findings.csv": formatCsv([...FINDING_TABLE_COLUMNS], findingTableRows(result), {
      spreadsheetSafe: true,
    }),
  };
}
