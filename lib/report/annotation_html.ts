/**
 * Researchers' annotations, shown open beside what they annotate (a figure, an assumption or a
 * claim): the stance in the reader's language, the author, the date, the note.
 *
 * @module
 */
import { formatCalendarDate } from "../format/date_text.ts";
import type { Lang } from "../format/number.ts";
import { stanceWords } from "../format/stance_words.ts";
import { readCalendarDate } from "../project/calendar_date.ts";
import type { Project, ProjectAnnotation } from "../project/types.ts";
import { attr, both, t } from "./_html.ts";

/**
 * The annotations of one target, oldest first (by date, then file order).
 *
 * @param project The project.
 * @param kind `figure`, `assumption` or `claim`.
 * @param id The target's id.
 * @returns Its annotations.
 *
 * @example
 * ```ts
 * import { annotationsOf } from "./annotation_html.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const a = project.annotations[0]!;
 * ok(annotationsOf(project, a.target_kind, a.target_id).includes(a));
 * ```
 */
export function annotationsOf(
  project: Project,
  kind: ProjectAnnotation["target_kind"],
  id: string,
): ProjectAnnotation[] {
  return project.annotations
    .map((a, i) => [a, i] as const)
    .filter(([a]) => a.target_kind === kind && a.target_id === id)
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
    .map(([a]) => a);
}

function dateText(date: string, lang: Lang): string {
  const read = readCalendarDate(date);
  return read.ok ? formatCalendarDate(read.date, lang) : date;
}

/**
 * One annotation as HTML: `appuyé — recompte, 25 novembre 2026`, then the note.
 *
 * @param a The annotation.
 * @returns A `<div class="note">` carrying `data-annotation` (its id).
 *
 * @example
 * ```ts
 * import { annotationHtml } from "./annotation_html.ts";
 * import { ok } from "node:assert/strict";
 * const html = annotationHtml({ annotation_id: "ann-000000000001", target_kind: "figure", target_id: "x.y",
 *   author: "Line", date: "2026-11-25", stance: "questioned", text: "Source ?" });
 * ok(html.includes("mis en doute"));
 * ok(html.includes("25 novembre 2026"));
 * ok(html.includes('data-annotation="ann-000000000001"'));
 * ```
 */
export function annotationHtml(a: ProjectAnnotation): string {
  const head = (lang: Lang) =>
    `<span class="stance">${t(stanceWords(a.stance, lang), lang)}</span> — ${t(a.author, lang)}, ${
      t(dateText(a.date, lang), lang)
    }`;
  const label = both("Note de recherche", "Research note");
  return `<div class="note stance-${attr(a.stance)}" data-annotation="${attr(a.annotation_id)}">` +
    `<p class="note-head">${label} · ${both(head("fr"), head("en"))}</p>` +
    `<p class="note-text">${t(a.text)}</p></div>`;
}

/**
 * The annotations of one target, open.
 *
 * @param project The project.
 * @param kind The target's kind.
 * @param id The target's id.
 * @returns HTML, or `""` when the target has none.
 */
export function annotationsHtml(
  project: Project,
  kind: ProjectAnnotation["target_kind"],
  id: string,
): string {
  const notes = annotationsOf(project, kind, id);
  return notes.length === 0 ? "" : `<div class="notes">${notes.map(annotationHtml).join("")}</div>`;
}
