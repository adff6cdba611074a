/**
 * One claim in the report: its verdict, what kind of claim it is, each of its readings (a claim
 * whose readings disagree shows all of them and picks none), the annotations on it — and its id
 * as an anchor, not as text. Consistent claims have a brief form: one line, the rest folded.
 *
 * @module
 */
import type { ClaimResult } from "../audit/audit.ts";
import type { ClaimKind } from "../project/types.ts";
import { attr, both, t } from "./_html.ts";
import { annotationsHtml } from "./annotation_html.ts";
import type { ReportContext } from "./context.ts";
import { readingHtml } from "./reading_html.ts";
import { verdictBadge } from "./verdict_html.ts";

const KIND_WORDS: Readonly<Record<ClaimKind, readonly [string, string]>> = {
  stated: ["dit par le mémoire", "stated by the memo"],
  implied: ["découle des mots du mémoire", "implied by the memo's words"],
  constructed: [
    "construite par recompte pour tester une prémisse",
    "built by recompte to test a premise",
  ],
};

/**
 * Where a memo's quotes come from, for their citations: its kind (`Mémoire prébudgétaire`).
 *
 * @param ctx The report being built.
 * @param sourceId The memo.
 * @returns The kind's French label, or `""`.
 */
export function quoteWhere(ctx: ReportContext, sourceId: string): string {
  const source = ctx.project.sources.get(sourceId);
  return source ? ctx.project.kinds.get(source.kind)?.label_fr ?? "" : "";
}

function title(c: ClaimResult): string {
  const readings = c.claim.readings;
  if (readings.length === 1) return both(t(readings[0]!.says_fr), t(readings[0]!.says_en, "en"));
  const n = readings.length;
  return c.verdict === "ambiguous"
    ? both(
      t(`Cette affirmation se lit de ${n} façons, qui ne mènent pas au même verdict : chacune est montrée, recompte n’en choisit aucune.`),
      t(
        `This claim can be read ${n} ways, which do not lead to one verdict: each is shown, recompte picks none.`,
        "en",
      ),
    )
    : both(
      t(`Cette affirmation se lit de ${n} façons.`),
      t(`This claim can be read ${n} ways.`, "en"),
    );
}

/**
 * A claim in full: verdict, kind, readings, annotations.
 *
 * @param ctx The report being built.
 * @param c The claim, audited.
 * @returns `<article class="claim">` whose id is the claim's id.
 *
 * @example The payroll example: the memo's words, then the calculation with its figures
 * ```ts
 * import { claimHtml } from "./claim_html.ts";
 * import { reportContext } from "./context.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const ctx = reportContext(project, audit(project));
 * const claim = ctx.audit.claims.find((c) => c.claim.id === "aacocq.payroll_example.payroll_product")!;
 * const html = claimHtml(ctx, claim);
 * ok(html.includes('id="aacocq.payroll_example.payroll_product"'));
 * ok(html.includes("3\u00A0travailleurs × 45\u00A0000\u00A0$/travailleur/an"));
 * ok(html.includes("135\u00A0000\u00A0$/an"));
 * ```
 */
export function claimHtml(ctx: ReportContext, c: ClaimResult): string {
  const where = quoteWhere(ctx, c.claim.sourceId);
  const kind = KIND_WORDS[c.claim.kind];
  const one = c.readings.length === 1;
  const readings = c.readings.map((r, i) => readingHtml(ctx, c.claim, r, i, where, { said: !one }))
    .join("");
  return `<article class="claim v-${c.verdict}" id="${attr(c.claim.id)}">` +
    `<header class="claim-head">${verdictBadge(c.verdict)} <span class="kind">${
      both(t(kind[0]), t(kind[1], "en"))
    }</span>` +
    ` <a class="anchor" href="#${attr(c.claim.id)}" title="${
      attr(c.claim.id)
    }" aria-label="lien vers cette affirmation">#</a></header>` +
    `<h4 class="claim-title">${title(c)}</h4>${readings}${
      annotationsHtml(ctx.project, "claim", c.claim.id)
    }</article>`;
}

/**
 * A consistent claim in brief: the mark and what it says, its annotations open, the quote and
 * the calculation folded.
 *
 * @param ctx The report being built.
 * @param c The claim, audited.
 * @returns `<li class="claim brief">` whose id is the claim's id.
 */
export function briefClaimHtml(ctx: ReportContext, c: ClaimResult): string {
  const where = quoteWhere(ctx, c.claim.sourceId);
  const readings = c.readings.map((r, i) =>
    readingHtml(ctx, c.claim, r, i, where, { said: c.readings.length > 1, operands: false })
  )
    .join("");
  const anchor = ` <a class="anchor" href="#${attr(c.claim.id)}" title="${
    attr(c.claim.id)
  }" aria-label="lien vers cette affirmation">#</a>`;
  const each = c.readings.length === 1
    ? ""
    : `<ul class="brief-readings">${
      c.readings.map((r) =>
        `<li>${verdictBadge(r.verdict)} ${
          both(t(r.reading.says_fr), t(r.reading.says_en, "en"))
        }</li>`
      ).join("")
    }</ul>`;
  return `<li class="claim brief v-${c.verdict}" id="${attr(c.claim.id)}">${
    verdictBadge(c.verdict)
  } ${title(c)}${anchor}${each}` +
    `<details><summary>${
      both("La citation et le calcul", "The quote and the calculation")
    }</summary>${readings}</details>` +
    `${annotationsHtml(ctx.project, "claim", c.claim.id)}</li>`;
}
