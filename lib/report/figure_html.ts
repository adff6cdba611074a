/**
 * A memo's figure in the report: its value with its unit, the memo's words that state it
 * (verbatim, with the line) and, open beside it, the researchers' annotations on it.
 *
 * @module
 */
import { formatCalendarDate } from "../format/date_text.ts";
import type { Lang } from "../format/number.ts";
import type { Figure, Project } from "../project/types.ts";
import { attr, both, t } from "./_html.ts";
import { annotationsHtml } from "./annotation_html.ts";
import type { ReportContext } from "./context.ts";
import { valueText } from "./quantity_text.ts";
import { memoWordsHtml } from "./quote_html.ts";

/**
 * A figure's value as a reader reads it: `2 300 travailleurs`, `de 25 à 30 %`, `octobre 2025`.
 *
 * @param project The project.
 * @param f The figure.
 * @param lang `fr` or `en`.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { figureValueText } from "./figure_html.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * strictEqual(figureValueText(project, project.figures.get("aacocq.payroll_example.salary")!, "fr"), "45\u00A0000\u00A0$/travailleur/an");
 * ```
 */
export function figureValueText(project: Project, f: Figure, lang: Lang): string {
  if (f.date) return formatCalendarDate(f.date, lang);
  if (f.value === null) return lang === "fr" ? "non donné" : "not given";
  if (f.valueHigh !== null) {
    return lang === "fr"
      ? `de ${valueText(project, f.value, f.unit, lang)} à ${
        valueText(project, f.valueHigh, f.unit, lang)
      }`
      : `from ${valueText(project, f.value, f.unit, lang)} to ${
        valueText(project, f.valueHigh, f.unit, lang)
      }`;
  }
  return valueText(project, f.value, f.unit, lang);
}

/**
 * A figure with the memo's words and its annotations (which then count as shown).
 *
 * @param ctx The report being built.
 * @param id The figure's id.
 * @returns HTML (`<div class="figure">`), or `""` for an unknown id.
 */
export function figureHtml(ctx: ReportContext, id: string): string {
  const f = ctx.project.figures.get(id);
  if (f === undefined) return "";
  const notes = annotationsHtml(ctx.project, "figure", id);
  if (notes !== "") ctx.figureNotesShown.add(id);
  const value = both(
    t(figureValueText(ctx.project, f, "fr")),
    t(figureValueText(ctx.project, f, "en"), "en"),
  );
  return `<div class="figure" data-figure="${attr(id)}"><p><b>${value}</b> — ${
    memoWordsHtml(f.excerpt, f.span)
  }</p>${notes}</div>`;
}
