/**
 * The audit in a notebook: findings first (the root of each discrepancy, with the claims that
 * follow from it), then claims one by one — each with the memo's words, every reading, both
 * sides and why the verdict is what it is, in the report's own sentences.
 *
 * @module
 */
import type { AuditResult, ClaimResult, FindingResult, ReadingResult } from "../audit/audit.ts";
import { escapeHtml } from "../format/escape.ts";
import { frenchTypography } from "../format/typography.ts";
import { verdictWords } from "../format/verdict_words.ts";
import type { Project } from "../project/types.ts";
import type { Verdict } from "../rules/verdict.ts";
import { reportContext } from "../report/context.ts";
import { findingTitle } from "../report/findings_html.ts";
import { valueText } from "../report/quantity_text.ts";
import { whyText } from "../report/reading_html.ts";
import { mathSafeHtml, publish } from "./publish.ts";

/** What to show: the project, its audit, and which claims or findings. */
export interface AuditView {
  /** The project. */
  readonly project: Project;
  /** Its audit (`audit(project, options)`). */
  readonly audit: AuditResult;
  /** Only claims (or findings) of this memo. */
  readonly memo?: string;
  /** Only claims whose id starts with this. */
  readonly prefix?: string;
  /** Only claims with these verdicts. @default every verdict */
  readonly verdicts?: readonly Verdict[];
}

const h = (text: string) => escapeHtml(frenchTypography(text));
const verdictLabel = (v: Verdict) => `${verdictWords(v, "fr").mark} ${verdictWords(v, "fr").word}`;

function readingLines(view: AuditView, r: ReadingResult): string[] {
  const ctx = reportContext(view.project, view.audit);
  const unit = r.reading.unit;
  const lines = [r.reading.says_fr];
  if (r.stated !== null) {
    lines.push(`Le mémoire dit : ${valueText(view.project, r.stated.point, unit, "fr")}`);
  }
  if (r.recomputed !== null) {
    lines.push(
      `Recalculé avec ses propres chiffres : ${
        valueText(view.project, r.recomputed.point, unit, "fr")
      }`,
    );
  }
  lines.push(whyText(ctx, r, "fr"));
  return lines;
}

/**
 * A claim as lines of text: verdict and id, the memo's words, then each reading.
 *
 * @param view The project and audit.
 * @param c The claim.
 * @returns The lines.
 *
 * @example
 * ```ts
 * import { claimLines } from "./show_claims.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const result = audit(project);
 * const c = result.claims.find((x) => x.claim.id === "aacocq.payroll_example.payroll_product")!;
 * const lines = claimLines({ project, audit: result }, c);
 * ok(lines[0]!.startsWith("✅ cohérent — aacocq.payroll_example.payroll_product"));
 * ok(lines.some((l) => l.includes("135\u00A0000\u00A0$/an")));
 * ```
 */
export function claimLines(view: AuditView, c: ClaimResult): string[] {
  const out = [`${verdictLabel(c.verdict)} — ${c.claim.id}`];
  const quote = c.claim.readings[0]!.quote;
  const lines = [...new Set(c.claim.readings[0]!.quoteSpans.map((s) => s.line))];
  out.push(`« ${quote} » (l. ${lines.join(", ")})`);
  c.readings.forEach((r, i) => {
    if (c.readings.length > 1) {
      out.push(`Lecture ${i + 1} sur ${c.readings.length} : ${verdictLabel(r.verdict)}`);
    }
    out.push(...readingLines(view, r).map((l) => (c.readings.length > 1 ? `  ${l}` : l)));
  });
  if (c.readings.length > 1 && c.verdict === "ambiguous") {
    out.push(
      "Les lectures ne mènent pas au même verdict : les deux sont montrées, recompte n'en choisit aucune.",
    );
  }
  return out;
}

function claimHtml(view: AuditView, c: ClaimResult): string {
  const lines = [...new Set(c.claim.readings[0]!.quoteSpans.map((s) => s.line))];
  const many = c.readings.length > 1;
  const readings = c.readings.map((r, i) => {
    const head = many
      ? `<strong>${
        h(`Lecture ${i + 1} sur ${c.readings.length} : ${verdictLabel(r.verdict)}`)
      }</strong><br>`
      : "";
    return `<li>${head}${readingLines(view, r).map(h).join("<br>")}</li>`;
  }).join("");
  const undecided = many && c.verdict === "ambiguous"
    ? `<p>${
      h("Les lectures ne mènent pas au même verdict : les deux sont montrées, recompte n'en choisit aucune.")
    }</p>`
    : "";
  return `<div><p><strong>${h(`${verdictLabel(c.verdict)} — ${c.claim.id}`)}</strong></p>` +
    `<blockquote><em>${h(`« ${c.claim.readings[0]!.quote} »`)}</em> ${
      h(`(l. ${lines.join(", ")})`)
    }</blockquote>` +
    `<ul>${readings}</ul>${undecided}</div>`;
}

/**
 * The claims a view selects, in audit order.
 *
 * @param view The project, audit and filters.
 * @returns The claims.
 */
export function selectedClaims(view: AuditView): ClaimResult[] {
  return view.audit.claims.filter((c) =>
    (view.memo === undefined || c.claim.sourceId === view.memo) &&
    (view.prefix === undefined || c.claim.id.startsWith(view.prefix)) &&
    (view.verdicts === undefined || view.verdicts.includes(c.verdict))
  );
}

/**
 * Shows claims, one by one.
 *
 * @param view The project, audit and filters.
 * @returns Once shown.
 */
export async function showClaims(view: AuditView): Promise<void> {
  const claims = selectedClaims(view);
  if (claims.length === 0) {
    await publish({
      "text/html": mathSafeHtml("<p><em>Aucune affirmation.</em></p>"),
      "text/plain": "Aucune affirmation.",
    });
    return;
  }
  await publish({
    "text/html": mathSafeHtml(claims.map((c) => claimHtml(view, c)).join("")),
    "text/plain": claims.map((c) => claimLines(view, c).join("\n")).join("\n\n"),
  });
}

/**
 * The findings a view selects (a finding is selected when one of its claims is).
 *
 * @param view The project, audit and filters.
 * @returns The findings.
 */
export function selectedFindings(view: AuditView): FindingResult[] {
  const claims = new Set(selectedClaims(view).map((c) => c.claim.id));
  return view.audit.findings.filter((f) => f.claims.some((c) => claims.has(c.claim.id)));
}

/**
 * Shows findings: for each, its title, what happens, and the claims under it.
 *
 * @param view The project, audit and filters.
 * @returns Once shown.
 */
export async function showFindings(view: AuditView): Promise<void> {
  const findings = selectedFindings(view);
  if (findings.length === 0) {
    await publish({
      "text/html": mathSafeHtml("<p><em>Aucun constat.</em></p>"),
      "text/plain": "Aucun constat.",
    });
    return;
  }
  const html = findings.map((f) =>
    `<div><h4>${h(`${verdictLabel(f.verdict)} — ${findingTitle(f, "fr")}`)}</h4>` +
    (f.finding ? `<p>${h(f.finding.explanation_fr)}</p>` : "") +
    `<p>${
      h(
        f.claims.length > 1
          ? `Les ${f.claims.length} affirmations qui en découlent :`
          : "L'affirmation qui en découle :",
      )
    }</p>` +
    `<blockquote>${f.claims.map((c) => claimHtml(view, c)).join("")}</blockquote></div>`
  ).join("");
  const text = findings.map((f) =>
    [
      `${verdictLabel(f.verdict)} — ${findingTitle(f, "fr")}`,
      ...(f.finding ? [f.finding.explanation_fr] : []),
      ...f.claims.map((c) => claimLines(view, c).join("\n")),
    ].join("\n")
  ).join("\n\n");
  await publish({ "text/html": mathSafeHtml(html), "text/plain": text });
}
