/**
 * The report's input, assembled from the audit: claims with their verdicts, explanations and
 * traces, the rendered charts, and the annotations.
 *
 * @module
 */
import type { Dataset } from "../data/dataset.ts";
import type {
  ReportAnnotation,
  ReportChart,
  ReportClaim,
  ReportInput,
  ReportSection,
} from "../report/report_html.ts";
import type { ClaimResult } from "./audit_claims.ts";
import { explainVerdict } from "./explain_verdict.ts";

/** What the report is built from. */
export interface AuditReportParams {
  /** The memo tables (for the list of memos). */
  dataset: Dataset;
  /** The audited claims. */
  results: readonly ClaimResult[];
  /** The charts, rendered to SVG. */
  charts: ReportChart[];
  /**
   * Annotations shown beside their claim or figure (from `data/annotations.csv` once it exists;
   * empty otherwise).
   */
  annotations?: ReportAnnotation[];
  /** Further sections (sensitivity…). */
  sections?: ReportSection[];
}

/**
 * One audited claim as the report shows it.
 *
 * @param result The audited claim.
 * @returns The report's claim.
 */
export function reportClaim(result: ClaimResult): ReportClaim {
  const explanation = explainVerdict(result);
  return {
    claim_id: result.claim.claim_id,
    source_id: result.claim.source_id,
    statement: result.claim.statement_fr,
    statement_en: result.claim.statement_en,
    kind: result.claim.kind,
    operator: result.claim.operator,
    stated_value: result.statedValue,
    recomputed_value: result.recomputedValue,
    unit: result.claim.unit,
    relative_gap: result.relativeGap,
    verdict: result.verdict,
    explanation_fr: explanation.fr,
    explanation_en: explanation.en,
    stated_expression: result.claim.stated,
    recompute_expression: result.claim.recompute,
    note: result.claim.note,
    figures: result.figures.map((f) => ({
      id: f.id,
      value: f.value,
      unit: f.unit,
      excerpt: f.excerpt,
      section: f.section,
      page: f.page,
      source_id: f.source_id,
    })),
  };
}

/**
 * The report's input.
 *
 * @param params The dataset, the audited claims, the rendered charts, annotations, sections.
 * @returns The input of `reportHtml`.
 *
 * @example
 * ```ts
 * import { auditReportInput } from "./report_input.ts";
 * import { defaultDataset } from "../data/dataset.ts";
 * import { strictEqual } from "node:assert/strict";
 * const input = auditReportInput({ dataset: defaultDataset(), results: [], charts: [] });
 * strictEqual(input.sources.length, 5);
 * ```
 */
export function auditReportInput(params: AuditReportParams): ReportInput {
  return {
    sources: params.dataset.sources.rows.map((s) => ({
      source_id: s.source_id,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
    })),
    claims: params.results.map(reportClaim),
    charts: params.charts,
    annotations: params.annotations ?? [],
    sections: params.sections ?? [],
  };
}
