/**
 * The claims outside the findings: those that cannot be checked (each with what is missing), then
 * those that hold, briefly, memo by memo — and the annotations on figures not shown elsewhere.
 *
 * @module
 */
import type { ClaimResult } from "../audit/audit.ts";
import { both, t } from "./_html.ts";
import { annotationsOf } from "./annotation_html.ts";
import { briefClaimHtml, claimHtml } from "./claim_html.ts";
import type { ReportContext } from "./context.ts";
import { figureHtml } from "./figure_html.ts";
import { memoReference } from "./memo_html.ts";

function inFindings(ctx: ReportContext): Set<string> {
  return new Set(ctx.audit.findings.flatMap((f) => f.claims.map((c) => c.claim.id)));
}

/**
 * The claims that cannot be checked and belong to no finding, each in full.
 *
 * @param ctx The report being built.
 * @returns `<section id="invérifiables">`, or `""` when there are none.
 */
export function unverifiableHtml(ctx: ReportContext): string {
  const shown = inFindings(ctx);
  const claims = ctx.audit.claims.filter((c) =>
    c.verdict === "unverifiable" && !shown.has(c.claim.id)
  );
  if (claims.length === 0) return "";
  return `<section id="inverifiables"><h2>${
    both("Ce qu’on ne peut pas vérifier", "What cannot be checked")
  }</h2>` +
    both(
      t(`${claims.length} affirmation${claims.length > 1 ? "s" : ""} ${
        claims.length > 1 ? "reposent" : "repose"
      } sur un chiffre que les mémoires ne donnent pas : ${
        claims.length > 1 ? "chacune dit lequel" : "elle dit lequel"
      }.`),
      t(
        `${claims.length} claim${
          claims.length > 1 ? "s" : ""
        } rest on a number the memos do not give: each says which.`,
        "en",
      ),
      "p",
    ) + claims.map((c) => claimHtml(ctx, c)).join("") + "</section>";
}

/**
 * The claims that hold and belong to no finding, memo by memo, one line each.
 *
 * @param ctx The report being built.
 * @returns `<section id="ce-qui-tient">`.
 */
export function consistentHtml(ctx: ReportContext): string {
  const shown = inFindings(ctx);
  const parts: string[] = [];
  for (const memo of ctx.project.memoIds) {
    const claims: ClaimResult[] = ctx.claimsOf(memo).filter((c) =>
      c.verdict === "consistent" && !shown.has(c.claim.id)
    );
    if (claims.length === 0) continue;
    parts.push(
      `<div class="memo-block"><h3>${memoReference(ctx, memo)}</h3><ul class="brief-list">${
        claims.map((c) => briefClaimHtml(ctx, c)).join("")
      }</ul></div>`,
    );
  }
  const n =
    ctx.audit.claims.filter((c) => c.verdict === "consistent" && !shown.has(c.claim.id)).length;
  return `<section id="ce-qui-tient"><h2>${both("Ce qui tient", "What holds")}</h2>` +
    both(
      t(`${n} affirmation${n > 1 ? "s" : ""} ${
        n > 1 ? "tiennent, lues" : "tient, lue"
      } au pied de la lettre, avec les chiffres du mémoire lui-même.`),
      t(`${n} claim${n > 1 ? "s" : ""} hold, read strictly, with the memo's own figures.`, "en"),
      "p",
    ) + parts.join("") + "</section>";
}

/**
 * The annotated figures whose annotations are not shown open anywhere else on the page, memo by
 * memo, each with its words and its annotations (so that every annotation is seen).
 *
 * @param ctx The report being built (call this after the other sections).
 * @returns `<section id="notes-chiffres">`, or `""` when every figure note is shown already.
 */
export function otherFigureNotesHtml(ctx: ReportContext): string {
  const ids = [
    ...new Set(
      ctx.project.annotations.filter((a) => a.target_kind === "figure").map((a) => a.target_id),
    ),
  ]
    .filter((id) =>
      !ctx.figureNotesShown.has(id) && ctx.project.figures.has(id) &&
      annotationsOf(ctx.project, "figure", id).length > 0
    );
  if (ids.length === 0) return "";
  const parts: string[] = [];
  const byMemo = Map.groupBy(ids, (id) => ctx.project.figures.get(id)!.sourceId);
  for (const memo of ctx.project.sources.keys()) {
    const mine = byMemo.get(memo) ?? [];
    if (mine.length > 0) {
      parts.push(
        `<div class="memo-block"><h3>${memoReference(ctx, memo)}</h3>${
          mine.map((id) => figureHtml(ctx, id)).join("")
        }</div>`,
      );
    }
  }
  return `<section id="notes-chiffres"><h2>${
    both("Notes de recherche sur d’autres chiffres", "Research notes on other figures")
  }</h2>${parts.join("")}</section>`;
}
