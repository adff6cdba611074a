/**
 * The first screen: what a reader should take away. How many claims were checked, how many
 * findings; then memo by memo the count of claims by verdict and each finding's title, linked to
 * the finding; and where to try other values.
 *
 * @module
 */
import type { Verdict } from "../rules/verdict.ts";
import { attr, both, t } from "./_html.ts";
import type { ReportContext } from "./context.ts";
import { findingAnchor, findingTitle } from "./findings_html.ts";
import { memoReference } from "./memo_html.ts";
import { verdictBadge } from "./verdict_html.ts";

const ORDER: readonly Verdict[] = [
  "consistent",
  "approximate",
  "inconsistent",
  "ambiguous",
  "unverifiable",
];

/**
 * The summary section.
 *
 * @param ctx The report being built.
 * @param tryIt Whether the page has a "try it" section to point to.
 * @returns `<section id="essentiel">`.
 *
 * @example Memo by memo, the claims by verdict and each finding linked
 * ```ts
 * import { summaryHtml } from "./summary_html.ts";
 * import { reportContext } from "./context.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const ctx = reportContext(project, audit(project));
 * const html = summaryHtml(ctx, true);
 * for (const f of ctx.audit.findings) ok(html.includes(`href="#finding-${f.id}"`));
 * ok(html.includes('href="#essayer"'));
 * ```
 */
export function summaryHtml(ctx: ReportContext, tryIt: boolean): string {
  const { project, audit } = ctx;
  const checked = audit.claims.length;
  const memos = project.memoIds.length;
  const findings = audit.findings.length;
  const inFindings = audit.findings.reduce((s, f) => s + f.claims.length, 0);
  const holding = audit.claims.filter((c) => c.verdict === "consistent").length;
  const lead = both(
    t(`recompte a refait ${checked} calculs et recoupements chiffrés de ${memos} documents, avec les propres chiffres de chaque document. ${holding} ${
      holding > 1 ? "tiennent tels quels" : "tient tel quel"
    }. ${findings} constat${findings > 1 ? "s" : ""} ${
      findings > 1 ? "regroupent" : "regroupe"
    } ${inFindings} affirmation${inFindings > 1 ? "s" : ""} qui ne ${
      inFindings > 1
        ? "tiennent pas telles quelles, ou qui se lisent"
        : "tient pas telle quelle, ou qui se lit"
    } de plusieurs façons.`),
    t(
      `recompte redid ${checked} numeric calculations and cross-checks from ${memos} documents, with each document's own figures. ${holding} hold as they stand. ${findings} finding${
        findings > 1 ? "s" : ""
      } group ${inFindings} claim${
        inFindings > 1 ? "s" : ""
      } that do not hold as they stand, or can be read several ways.`,
      "en",
    ),
    "p",
  );
  const blocks = project.memoIds.map((memo) => {
    const claims = ctx.claimsOf(memo);
    const mine = ctx.findingsOf(memo);
    const counts = ORDER.map((v) => [v, claims.filter((c) => c.verdict === v).length] as const)
      .filter(([, n]) => n > 0);
    const countsHtml = claims.length === 0
      ? both(
        "Aucune affirmation de ce document n’est encore vérifiée.",
        "No claim of this document is checked yet.",
        "p",
      )
      : `<p class="counts">${
        both(
          `${claims.length}&nbsp;affirmations vérifiées&nbsp;:`,
          `${claims.length} claims checked:`,
        )
      } ${
        counts.map(([v, n]) => `<span class="count">${verdictBadge(v)}&nbsp;${n}</span>`).join(" ")
      }</p>`;
    const list = mine.length === 0
      ? (claims.length === 0 ? "" : both(
        "Aucun constat&nbsp;: ce qui a été vérifié tient.",
        "No finding: what was checked holds.",
        "p",
      ))
      : `<ul class="finding-links">${
        mine.map((f) =>
          `<li>${verdictBadge(f.verdict)} <a href="#${attr(findingAnchor(f))}">${
            both(t(findingTitle(f, "fr")), t(findingTitle(f, "en"), "en"))
          }</a></li>`
        ).join("")
      }</ul>`;
    return `<div class="memo-summary"><h3>${
      memoReference(ctx, memo)
    }</h3>${countsHtml}${list}</div>`;
  }).join("");
  const scenario =
    audit.options.scenario !== undefined && project.scenarios.has(audit.options.scenario)
      ? both(
        t(`Calculs faits sous le scénario : ${
          project.scenarios.get(audit.options.scenario)!.title_fr
        }.`),
        t(
          `Calculations made under the scenario: ${
            project.scenarios.get(audit.options.scenario)!.title_en
          }.`,
          "en",
        ),
        "p",
      )
      : "";
  const tryLink = tryIt
    ? `<p class="try"><a href="#essayer">${
      both(
        "Essayez vous-même&nbsp;: changez le salaire moyen ou la part des travailleurs déjà assurés, et voyez si le coût net nul tient.",
        "Try it yourself: change the average salary or the share of workers already insured, and see whether zero net cost holds.",
      )
    }</a></p>`
    : "";
  return `<section id="essentiel"><h2>${
    both("L’essentiel", "The gist")
  }</h2>${lead}${scenario}${blocks}${tryLink}</section>`;
}
