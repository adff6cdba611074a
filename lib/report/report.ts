/**
 * The report page (`out/report.html`). TEMPORARY minimal page while the report is rebuilt.
 *
 * @module
 */
import type { AuditResult } from "../audit/audit.ts";
import type { Project } from "../project/types.ts";
import type { UncertaintyAnalysis } from "../sensitivity/uncertainty_analysis.ts";
import { escapeHtml } from "../format/escape.ts";

/** A chart, rendered. */
export interface RenderedChart {
  /** Chart id. */
  readonly id: string;
  /** Memo. */
  readonly sourceId: string;
  /** French title. */
  readonly title_fr: string;
  /** English title. */
  readonly title_en: string;
  /** SVG markup. */
  readonly svg: string;
}

/** What the report shows. */
export interface ReportInput {
  /** The project. */
  readonly project: Project;
  /** The audit. */
  readonly audit: AuditResult;
  /** The zero-net-cost uncertainty analysis. */
  readonly analysis: UncertaintyAnalysis;
  /** The charts, rendered. */
  readonly charts: readonly RenderedChart[];
}

/**
 * The report page.
 *
 * @param input Project, audit, analysis, charts.
 * @returns The HTML document.
 */
export function reportHtml(input: ReportInput): string {
  const rows = input.audit.claims.map((c) => `<li>${escapeHtml(c.claim.id)}: ${c.verdict}</li>`).join("\n");
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><title>recompte</title><ul>${rows}</ul></html>\n`;
}
