/**
 * The findings, first: each root discrepancy — which figures of which memo disagree, what follows
 * — with every claim it explains, in full. Counted first (findings), then the claims under each.
 *
 * @module
 */
import type { FindingResult } from "../audit/audit.ts";
import { attr, both, t } from "./_html.ts";
import { claimHtml } from "./claim_html.ts";
import type { ReportContext } from "./context.ts";
import { figureHtml } from "./figure_html.ts";
import { memoReference } from "./memo_html.ts";
import { verdictBadge } from "./verdict_html.ts";

/**
 * A finding's title in a language: its own, or (a claim that is its own finding) what the claim's
 * first reading says.
 *
 * @param f The finding.
 * @param lang `fr` or `en`.
 * @returns The title.
 */
export function findingTitle(f: FindingResult, lang: "fr" | "en"): string {
  const reading = f.claims[0]!.claim.readings[0]!;
  return lang === "fr"
    ? f.finding?.title_fr ?? reading.says_fr
    : f.finding?.title_en ?? reading.says_en;
}

/**
 * The anchor of a finding.
 *
 * @param f The finding.
 * @returns `finding-<id>`.
 */
export function findingAnchor(f: FindingResult): string {
  return `finding-${f.id}`;
}

/**
 * One finding with its claims.
 *
 * @param ctx The report being built.
 * @param f The finding.
 * @returns `<article class="finding">`.
 */
export function findingHtml(ctx: ReportContext, f: FindingResult): string {
  const explanation = f.finding
    ? both(t(f.finding.explanation_fr), t(f.finding.explanation_en, "en"), "p")
    : "";
  const figures = f.finding && f.finding.figures.length > 0
    ? `<div class="cause"><p class="small">${
      both("Les chiffres en cause&nbsp;:", "The figures at issue:")
    }</p>${f.finding.figures.map((id) => figureHtml(ctx, id)).join("")}</div>`
    : "";
  const n = f.claims.length;
  const under = both(
    n === 1 ? "L’affirmation qui en découle" : `Les ${n} affirmations qui en découlent`,
    n === 1 ? "The claim that follows" : `The ${n} claims that follow`,
  );
  return `<article class="finding v-${f.verdict}" id="${attr(findingAnchor(f))}">` +
    `<h3>${verdictBadge(f.verdict)} ${
      both(t(findingTitle(f, "fr")), t(findingTitle(f, "en"), "en"))
    }</h3>` +
    `<p class="memo-ref">${memoReference(ctx, f.sourceId)}</p>${explanation}${figures}` +
    `<h4 class="under">${under}</h4>${f.claims.map((c) => claimHtml(ctx, c)).join("")}</article>`;
}

/**
 * The findings section: how many, then each.
 *
 * @param ctx The report being built.
 * @returns `<section id="constats">`.
 *
 * @example Findings counted first, each with its claims
 * ```ts
 * import { findingsHtml } from "./findings_html.ts";
 * import { reportContext } from "./context.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const ctx = reportContext(project, audit(project));
 * const html = findingsHtml(ctx);
 * ok(html.includes(`${ctx.audit.findings.length} constats`));
 * for (const f of ctx.audit.findings) ok(html.includes(`id="finding-${f.id}"`));
 * ```
 */
export function findingsHtml(ctx: ReportContext): string {
  const findings = ctx.audit.findings;
  const claims = findings.reduce((s, f) => s + f.claims.length, 0);
  const intro = findings.length === 0
    ? both(
      "Aucun constat&nbsp;: toutes les affirmations vérifiées tiennent.",
      "No finding: every claim checked holds.",
      "p",
    )
    : both(
      t(`${findings.length} constat${
        findings.length > 1 ? "s" : ""
      } : chacun part d’un désaccord entre des chiffres d’un même mémoire et regroupe les affirmations qui en découlent (${claims} en tout).`),
      t(
        `${findings.length} finding${
          findings.length > 1 ? "s" : ""
        }: each starts from a disagreement between figures of one memo and groups the claims that follow from it (${claims} in all).`,
        "en",
      ),
      "p",
    );
  return `<section id="constats"><h2>${both("Les constats", "Findings")}</h2>${intro}${
    findings.map((f) => findingHtml(ctx, f)).join("")
  }</section>`;
}
