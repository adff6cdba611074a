/**
 * One reading of a claim, in sentences a journalist reads: what the memo says (its words,
 * verbatim, with their lines), what recompte recomputes from the memo's own figures (the
 * calculation with its numbers), the gap, the verdict and why — in words, from the intervals the
 * audit compared. The figures used are listed with their own words and annotations.
 *
 * @module
 */
import type { ReadingResult, Side } from "../audit/audit.ts";
import type { CompiledExpression } from "../expr/compile.ts";
import { formatGap, type Lang } from "../format/number.ts";
import { verdictWords } from "../format/verdict_words.ts";
import { MODEL_PREFIX } from "../project/load_project.ts";
import type { Claim, Relation } from "../project/types.ts";
import type { Unit } from "../units/unit.ts";
import { both, inBoth, t } from "./_html.ts";
import type { ReportContext } from "./context.ts";
import { figureHtml } from "./figure_html.ts";
import { calculationText, intervalText, valueText } from "./quantity_text.ts";
import { memoQuoteHtml } from "./quote_html.ts";
import { verdictBadge } from "./verdict_html.ts";

const RELATION_WORDS: Readonly<Record<Lang, Readonly<Record<Exclude<Relation, "=">, string>>>> = {
  fr: { ">": "est plus que", "<": "est moins que", ">=": "est au moins", "<=": "est au plus" },
  en: { ">": "is more than", "<": "is less than", ">=": "is at least", "<=": "is at most" },
};

const DATE_RELATION_WORDS: Readonly<
  Record<Lang, Readonly<Record<Exclude<Relation, "=">, string>>>
> = {
  fr: {
    ">": "vient après",
    "<": "vient avant",
    ">=": "ne vient pas avant",
    "<=": "ne vient pas après",
  },
  en: {
    ">": "comes after",
    "<": "comes before",
    ">=": "does not come before",
    "<=": "does not come after",
  },
};

/** The text of an operand's value: a figure's point, or a model step's value. */
function operandText(ctx: ReportContext, id: string, lang: Lang): string {
  const f = ctx.project.figures.get(id);
  if (f !== undefined) {
    if (f.date) return valueText(ctx.project, f.date.start, f.unit, lang);
    return f.value === null ? "?" : valueText(ctx.project, f.value, f.unit, lang);
  }
  const step = modelStep(ctx, id);
  if (step !== null) return valueText(ctx.project, step.value, step.unit, lang);
  return id;
}

function modelStep(
  ctx: ReportContext,
  id: string,
): { model: string; name: string; value: number; unit: Unit; label: [string, string] } | null {
  if (!id.startsWith(MODEL_PREFIX)) return null;
  const [, model, ...rest] = id.split(".");
  const name = rest.join(".");
  const compiled = ctx.project.models.get(model!);
  const unit = compiled?.units.get(name);
  if (compiled === undefined || unit === undefined) return null;
  const value = ctx.run(model!).values[name];
  if (value === undefined) return null;
  const step = compiled.steps.find((s) => s.definition.name === name);
  return {
    model: model!,
    name,
    value,
    unit,
    label: [step?.definition.label_fr ?? name, step?.definition.label_en ?? name],
  };
}

/** A side's value, with its calculation when it is more than one id. */
function sideHtml(
  ctx: ReportContext,
  e: CompiledExpression,
  side: Side,
  unit: Unit,
  lang: Lang,
): string {
  const value = `<b>${t(valueText(ctx.project, side.point, unit, lang), lang)}</b>`;
  if (e.syntax.kind === "id") return value;
  const calc = calculationText(ctx.project, e, (id) => operandText(ctx, id, lang), lang);
  return `<span class="calc">${t(calc, lang)}</span> = ${value}`;
}

/**
 * Why the verdict, in words, from the intervals the audit compared.
 *
 * @param ctx The report being built.
 * @param r The reading, audited.
 * @param lang `fr` or `en`.
 * @returns One or two sentences.
 *
 * @example A consistent reading: the strict intervals meet
 * ```ts
 * import { whyText } from "./reading_html.ts";
 * import { reportContext } from "./context.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const ctx = reportContext(project, audit(project));
 * const r = ctx.audit.claims.find((c) => c.claim.id === "aacocq.payroll_example.payroll_product")!.readings[0]!;
 * strictEqual(whyText(ctx, r, "fr"),
 *   "Lus strictement, le mémoire dit de 134\u00A0999,5 à 135\u00A0000,5\u00A0$/an et le recalcul donne de 134\u00A0998,5 à 135\u00A0001,5\u00A0$/an : la relation tient.");
 * ```
 */
export function whyText(ctx: ReportContext, r: ReadingResult, lang: Lang): string {
  const fr = lang === "fr";
  if (r.verdict === "unverifiable" || r.stated === null || r.recomputed === null) {
    const missing = r.reading.missing;
    if (missing !== null) return fr ? `Il manque ${missing}.` : `Missing: ${missing}.`;
    const unbounded = (side: Side | null) =>
      side !== null && side.core.lo <= 0 && side.core.hi === Infinity;
    if (unbounded(r.stated) || unbounded(r.recomputed)) {
      return fr
        ? "Les chiffres du mémoire ne bornent ce calcul d’aucun côté (c’est par exemple le rapport de deux planchers) : on ne peut rien en conclure."
        : "The memo's figures bound this calculation on neither side (a ratio of two floors, for instance): nothing can be concluded.";
    }
    return fr
      ? "Un des chiffres nécessaires n’est pas donné."
      : `${r.unverifiableBecause ?? "A side cannot be computed"}.`;
  }
  const unit = r.reading.unit;
  const iv = (side: Side, which: "core" | "outer") =>
    intervalText(ctx.project, side[which], unit, lang);
  const sc = iv(r.stated, "core");
  const rc = iv(r.recomputed, "core");
  const so = iv(r.stated, "outer");
  const ro = iv(r.recomputed, "outer");
  switch (r.verdict) {
    case "consistent":
      return fr
        ? `Lus strictement, le mémoire dit ${sc} et le recalcul donne ${rc} : la relation tient.`
        : `Read strictly, the memo says ${sc} and the recalculation gives ${rc}: the relation holds.`;
    case "approximate":
      return fr
        ? `Lus strictement, le mémoire dit ${sc} et le recalcul donne ${rc} : la relation ne tient pas. Elle tient si l’on lit les nombres ronds comme arrondis (${so} contre ${ro}).`
        : `Read strictly, the memo says ${sc} and the recalculation gives ${rc}: the relation does not hold. It holds once round numbers are read as rounded (${so} against ${ro}).`;
    case "inconsistent":
      return fr
        ? `Même en lisant les nombres ronds comme arrondis, le mémoire dit ${so} et le recalcul donne ${ro} : la relation ne tient pas.`
        : `Even reading round numbers as rounded, the memo says ${so} and the recalculation gives ${ro}: the relation does not hold.`;
  }
}

/** The ids a reading reads, figures and model steps, in order, without repeats. */
function operandIds(r: ReadingResult): string[] {
  const ids: string[] = [];
  for (const e of [r.reading.stated, r.reading.recompute]) {
    for (const id of e?.ids ?? []) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * One reading as HTML.
 *
 * @param ctx The report being built.
 * @param claim The claim.
 * @param r The reading, audited.
 * @param index Its place among the claim's readings (0-based).
 * @param where The memo's name for the quote's citation.
 * @param options `said`: whether to show the reading's own sentence (`says_fr`) at its head
 *   (default `true`); `operands`: whether to list the figures used, with their words and
 *   annotations (default `true`).
 * @returns `<div class="reading">`.
 */
export function readingHtml(
  ctx: ReportContext,
  claim: Claim,
  r: ReadingResult,
  index: number,
  where: string,
  options: { said?: boolean; operands?: boolean } = {},
): string {
  const many = claim.readings.length > 1;
  const unit = r.reading.unit;
  const head = many
    ? `<p class="reading-label">${
      both(
        `Lecture ${index + 1} sur ${claim.readings.length}`,
        `Reading ${index + 1} of ${claim.readings.length}`,
      )
    } ${verdictBadge(r.verdict)}</p>`
    : "";
  const said = options.said ?? true
    ? both(t(r.reading.says_fr), t(r.reading.says_en, "en"), "p")
    : "";
  const lines = (lang: Lang) => {
    const fr = lang === "fr";
    const out: string[] = [];
    const stated = r.stated !== null && r.reading.stated !== null
      ? sideHtml(ctx, r.reading.stated, r.stated, unit, lang)
      : null;
    const recomputed = r.recomputed !== null && r.reading.recompute !== null
      ? sideHtml(ctx, r.reading.recompute, r.recomputed, unit, lang)
      : null;
    out.push(
      `<dt>${fr ? "Le mémoire dit" : "The memo says"}</dt><dd>${stated ?? (fr ? "—" : "—")}</dd>`,
    );
    const relation = r.reading.relation;
    out.push(
      `<dt>${
        fr ? "Recalculé avec ses propres chiffres" : "Recalculated from its own figures"
      }</dt><dd>${
        recomputed ?? t(
          fr
            ? "ne peut pas être recalculé avec les chiffres des mémoires"
            : "cannot be recalculated from the memos' figures",
          lang,
        )
      }</dd>`,
    );
    if (relation !== "=" && r.stated !== null && r.recomputed !== null) {
      const a = valueText(ctx.project, r.stated.point, unit, lang);
      const b = valueText(ctx.project, r.recomputed.point, unit, lang);
      const words = (unit.date ? DATE_RELATION_WORDS : RELATION_WORDS)[lang][relation];
      out.push(
        `<dt>${fr ? "Ce que le mémoire affirme" : "What the memo claims"}</dt><dd>${
          t(`${a} ${words} ${b}`, lang)
        }</dd>`,
      );
    }
    if (
      relation === "=" && r.relativeGap !== null && r.stated !== null && r.recomputed !== null &&
      !unit.date
    ) {
      const gap = r.relativeGap === 0 ? (fr ? "aucun" : "none") : formatGap(r.relativeGap, lang);
      out.push(`<dt>${fr ? "Écart" : "Gap"}</dt><dd>${t(gap, lang)}</dd>`);
    }
    const word = verdictWords(r.verdict, lang).word;
    const why = whyText(ctx, r, lang);
    out.push(
      `<dt>Verdict</dt><dd><span class="why"><b>${t(word, lang)}</b>${fr ? "&nbsp;:" : ":"} ${
        t(why.charAt(0).toLowerCase() + why.slice(1), lang)
      }</span></dd>`,
    );
    return `<dl class="sides">${out.join("")}</dl>`;
  };
  const figures = operandIds(r).filter((id) => ctx.project.figures.has(id));
  const steps = operandIds(r).map((id) => modelStep(ctx, id)).filter((s) => s !== null);
  const used = figures.length + steps.length === 0 || options.operands === false
    ? ""
    : `<div class="operands"><p class="small">${
      both("Les chiffres du mémoire utilisés&nbsp;:", "The memo's figures used:")
    }</p>${figures.map((id) => figureHtml(ctx, id)).join("")}${
      steps.map((s) =>
        `<div class="figure"><p><b>${
          inBoth((lang) => t(valueText(ctx.project, s.value, s.unit, lang), lang))
        }</b> — ${both(t(s.label[0]), t(s.label[1], "en"))} <a href="#model-${s.model}">${
          both("(calcul du modèle)", "(model calculation)")
        }</a></p></div>`
      ).join("")
    }</div>`;
  return `<div class="reading v-${r.verdict}">${head}${said}${
    memoQuoteHtml(r.reading.quote, r.reading.quoteSpans, where)
  }${inBoth(lines, "div")}${used}</div>`;
}
