/**
 * The audit's verdicts for the notebooks: every claim of `data/claims.csv` judged against the
 * figures and the models' outputs (under the reader's scenario and overrides), and a French
 * Markdown table of them.
 *
 * @module
 */
import { auditClaims, type ClaimResult } from "../audit/audit_claims.ts";
import { explainVerdict } from "../audit/explain_verdict.ts";
import { loadClaims } from "../audit/load_claims.ts";
import { figureResolver } from "../audit/resolver.ts";
import type { Verdict } from "../audit/verdict.ts";
import type { ModelOptions } from "../assumptions/resolve_inputs.ts";
import { defaultFigureBook } from "../data/figures.ts";
import { modelOutput } from "../models/outputs.ts";
import { formatFr } from "../report/format_fr.ts";
import { displayMarkdown, markdownTable } from "./display.ts";

/** French labels of the verdicts, as the notebooks show them. */
export const VERDICT_LABELS_FR: Record<Verdict, string> = {
  consistent: "✅ cohérent",
  approximate: "🟡 approximatif",
  inconsistent: "❌ non cohérent",
  unverifiable: "❔ invérifiable",
};

/** Options of {@linkcode auditedClaims}. */
export interface AuditedClaimsOptions extends ModelOptions {
  /** Keep only the claims of this memo (`"aacocq"`, `"oc"`, `"ctroc"`, `"fqcs"`, `"trpocb"`). */
  sourceId?: string;
  /** Keep only claims whose id starts with this prefix (e.g. `"aacocq.payroll_example."`). */
  prefix?: string;
}

/**
 * Judges the claims of `data/claims.csv` against the memo figures and the models' outputs, the
 * models run under the given scenario and overrides, so that a reader who edits an assumption
 * sees the verdicts move. Each model gets only the overrides it reads (those among its trace's
 * inputs); an output without a value is refused.
 *
 * @param options Which claims; the scenario and overrides for the models.
 * @returns One result per claim kept, in file order.
 *
 * @example The payroll example's three claims, then with a 3 % plan
 * ```ts
 * import { auditedClaims } from "./claims_table.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const results = auditedClaims({ prefix: "aacocq.payroll_example." });
 * deepStrictEqual(results.map((r) => r.verdict), ["consistent", "consistent", "approximate"]);
 * const cheaper = auditedClaims({
 *   prefix: "aacocq.payroll_example.plan_cost_rate",
 *   overrides: { "payroll.plan_rate": 3, "fiscal.average_salary": 45000 },
 * });
 * strictEqual(cheaper[0]!.recomputedValue, 4050);
 * strictEqual(cheaper[0]!.verdict, "inconsistent");
 * ```
 */
export function auditedClaims(options: AuditedClaimsOptions = {}): ClaimResult[] {
  const { sourceId, prefix, overrides = {}, scenario } = options;
  const rows = loadClaims().rows.filter((c) =>
    (sourceId === undefined || c.source_id === sourceId) &&
    (prefix === undefined || c.claim_id.startsWith(prefix))
  );
  const lookup = (id: string) => {
    let output = modelOutput(id, { scenario });
    const read = new Set(output.trace.inputs.map((input) => input.id));
    const own = Object.fromEntries(Object.entries(overrides).filter(([key]) => read.has(key)));
    if (Object.keys(own).length > 0) output = modelOutput(id, { overrides: own, scenario });
    if (output.value === null) {
      throw new RangeError(`Cannot audit with model output ${id}: it has no value`);
    }
    return { ...output, value: output.value };
  };
  return auditClaims(rows, figureResolver(defaultFigureBook(), { modelOutput: lookup }));
}

/**
 * A French Markdown table of audited claims: the claim, what the memo states, what recompte
 * recomputes, the verdict and why.
 *
 * @param results Audited claims (from {@linkcode auditedClaims}).
 * @returns The table (or a sentence when there is none).
 *
 * @example One row per claim
 * ```ts
 * import { auditedClaims, claimsMarkdown } from "./claims_table.ts";
 * import { ok } from "node:assert/strict";
 * const table = claimsMarkdown(auditedClaims({ prefix: "aacocq.payroll_example.one_month" }));
 * ok(table.includes("| aacocq.payroll_example.one_month_of_salary |"));
 * ok(table.includes("🟡 approximatif"));
 * ```
 */
export function claimsMarkdown(results: readonly ClaimResult[]): string {
  if (results.length === 0) return "_Aucune affirmation._";
  return markdownTable(
    results.map((r) => ({
      id: r.claim.claim_id,
      statement: r.claim.statement_fr,
      stated: r.statedHigh === null
        ? formatFr(r.statedValue, 4)
        : `${formatFr(r.statedLow, 4)} – ${formatFr(r.statedHigh, 4)}`,
      recomputed: r.recomputedValue === null ? "—" : formatFr(r.recomputedValue, 4),
      unit: r.claim.unit,
      verdict: VERDICT_LABELS_FR[r.verdict],
      why: explainVerdict(r).fr,
    })),
    [
      { key: "id", label: "Affirmation" },
      { key: "statement", label: "Ce que dit le mémoire" },
      { key: "stated", label: "Énoncé", align: "right" },
      { key: "recomputed", label: "Recalculé", align: "right" },
      { key: "unit", label: "Unité" },
      { key: "verdict", label: "Verdict" },
      { key: "why", label: "Pourquoi" },
    ],
  );
}

/**
 * Shows audited claims as a table (see {@linkcode claimsMarkdown}).
 *
 * @param results Audited claims.
 * @returns Once the output is published.
 *
 * @example Outside Jupyter, the table is printed
 * ```ts
 * import { auditedClaims, displayClaims } from "./claims_table.ts";
 * await displayClaims(auditedClaims({ prefix: "aacocq.payroll_example.payroll_product" }));
 * ```
 */
export async function displayClaims(results: readonly ClaimResult[]): Promise<void> {
  await displayMarkdown(claimsMarkdown(results));
}
