/**
 * The project's tables as nodejs-polars DataFrames, for researchers who query them (by memo, unit,
 * qualifier, verdict…). Only this module loads polars: import it where DataFrames are wanted (the
 * overview notebook does), and nowhere else.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { AuditResult } from "../audit/audit.ts";
import type { Project } from "./types.ts";

/** The project as DataFrames. */
export interface ProjectFrames {
  /** One row per figure: id, memo, line, section, excerpt, value, unit, qualifier, period. */
  readonly figures: pl.DataFrame;
  /** One row per assumption: id, label, unit, base, range, origin, distribution. */
  readonly assumptions: pl.DataFrame;
  /** One row per reading of every claim (when an audit is given): verdicts and both sides' points. */
  readonly claims: pl.DataFrame | null;
}

/**
 * DataFrames of the project's figures and assumptions, and of an audit's claims.
 *
 * @param project The project.
 * @param audit An audit of it, for the claims frame.
 * @returns The frames.
 *
 * @example Figures by unit
 * ```ts
 * import { projectFrames } from "./frames.ts";
 * import { loadProject } from "./load_project.ts";
 * import { ok } from "node:assert/strict";
 * const { figures } = projectFrames(loadProject("data"));
 * const byUnit = figures.groupBy("unit").len().sort("len", true);
 * ok(byUnit.height > 5);
 * ```
 */
export function projectFrames(project: Project, audit?: AuditResult): ProjectFrames {
  const figures = [...project.figures.values()];
  const assumptions = [...project.assumptions.values()];
  const str = (values: (string | null)[]) => values;
  return Object.freeze({
    figures: pl.DataFrame({
      figure_id: str(figures.map((f) => f.id)),
      memo: str(figures.map((f) => f.sourceId)),
      line: figures.map((f) => f.span?.line ?? null),
      section: str(figures.map((f) => f.section)),
      excerpt: str(figures.map((f) => f.excerpt)),
      value: figures.map((f) => f.value),
      value_text: str(figures.map((f) => f.date?.text ?? f.valueText)),
      unit: str(figures.map((f) => f.unit.text)),
      qualifier: str(figures.map((f) => f.qualifier)),
      period: str(figures.map((f) => f.period?.text ?? null)),
    }),
    assumptions: pl.DataFrame({
      assumption_id: str(assumptions.map((a) => a.id)),
      label_fr: str(assumptions.map((a) => a.label_fr)),
      unit: str(assumptions.map((a) => a.unit.text)),
      base: assumptions.map((a) => a.base),
      low: assumptions.map((a) => a.low),
      high: assumptions.map((a) => a.high),
      range_origin: str(assumptions.map((a) => a.rangeOrigin)),
      distribution: str(assumptions.map((a) => a.distribution)),
    }),
    claims: audit === undefined ? null : claimsFrame(audit),
  });
}

function claimsFrame(audit: AuditResult): pl.DataFrame {
  const rows = audit.claims.flatMap((c) => c.readings.map((r) => ({ c, r })));
  return pl.DataFrame({
    claim_id: rows.map(({ c }) => c.claim.id),
    reading: rows.map(({ r }) => r.reading.reading),
    memo: rows.map(({ c }) => c.claim.sourceId),
    kind: rows.map(({ c }) => c.claim.kind),
    claim_verdict: rows.map(({ c }) => c.verdict),
    reading_verdict: rows.map(({ r }) => r.verdict),
    finding: rows.map(({ c }) => c.claim.finding),
    unit: rows.map(({ r }) => r.reading.unit.text),
    stated: rows.map(({ r }) => r.stated?.point ?? null),
    recomputed: rows.map(({ r }) => r.recomputed?.point ?? null),
    relative_gap: rows.map(({ r }) => r.relativeGap),
  });
}
