/**
 * A memo as the report names it: its title, publisher, kind and date.
 *
 * @module
 */
import { formatCalendarDate } from "../format/date_text.ts";
import type { Lang } from "../format/number.ts";
import { both, t } from "./_html.ts";
import type { ReportContext } from "./context.ts";

/**
 * A memo's reference: its title (in italics), kind, publisher, date — as HTML, in both languages.
 *
 * @param ctx The report being built.
 * @param sourceId The memo.
 * @returns `<cite>title</cite> — kind, publisher, date`.
 */
export function memoReference(ctx: ReportContext, sourceId: string): string {
  const s = ctx.project.sources.get(sourceId);
  if (s === undefined) return t(sourceId);
  const kind = ctx.project.kinds.get(s.kind);
  const rest = (lang: Lang) =>
    t(
      [
        lang === "fr" ? kind?.label_fr : kind?.label_en,
        s.publisher,
        formatCalendarDate(s.date, lang),
      ].filter((x) => x).join(", "),
      lang,
    );
  return `<cite>${t(s.title)}</cite> <span class="memo-meta">— ${
    both(rest("fr"), rest("en"))
  }</span>`;
}
