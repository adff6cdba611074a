/**
 * Annotations as Markdown, to show beside their target in a notebook
 * (`displayMarkdown(annotationsMarkdown(annotationsFor(id)))`).
 *
 * @module
 */
import type { Stance } from "../project/read_annotations.ts";
import type { Annotation } from "./annotation.ts";

/** Stance labels in French, as the notebooks show them. */
export const STANCE_LABELS_FR: Record<Stance, string> = {
  questioned: "mis en doute",
  supported: "appuyé",
  needs_source: "source à trouver",
  note: "note",
};

/** Backslash-escapes Markdown's punctuation and HTML's `<` and `&`, so text shows as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~>]/g, "\\$&").replace(/&/g, "&amp;").replace(
    /</g,
    "&lt;",
  );
}

/**
 * A Markdown list of annotations: stance (in French), author, date, then the text, every
 * character of which shows as written (Markdown punctuation is escaped; line breaks are kept).
 *
 * @param annotations The annotations of one target.
 * @returns Markdown, or an empty string when there are none.
 *
 * @example
 * ```ts
 * import { annotationsMarkdown } from "./annotations_markdown.ts";
 * import { strictEqual } from "node:assert/strict";
 * const a = { annotation_id: "ann-000000000001", target_kind: "figure", target_id: "ctroc.plan.total", author: "Nom", date: "2025-11-25", stance: "questioned", text: "*2 733* ?" } as const;
 * strictEqual(annotationsMarkdown([a]), "- **mis en doute** — Nom, 2025\\-11\\-25 : \\*2 733\\* ?");
 * ```
 */
export function annotationsMarkdown(annotations: readonly Annotation[]): string {
  return annotations.map((a) =>
    `- **${STANCE_LABELS_FR[a.stance]}** — ${escapeMarkdown(a.author)}, ${
      escapeMarkdown(a.date)
    } : ${escapeMarkdown(a.text).replace(/\r?\n/g, "  \n  ")}`
  ).join("\n");
}
