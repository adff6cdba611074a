/**
 * One vocabulary for the stance of a researcher's annotation, in French and English: the report
 * and the notebooks show it beside the annotated figure, assumption or claim.
 *
 * @module
 */
import type { ProjectAnnotation } from "../project/types.ts";
import type { Lang } from "./number.ts";

/** An annotation's stance (`questioned`, `supported`, `needs_source`, `note`). */
export type Stance = ProjectAnnotation["stance"];

const WORDS: Readonly<Record<Lang, Readonly<Record<Stance, string>>>> = Object.freeze({
  fr: Object.freeze({
    questioned: "mis en doute",
    supported: "appuyé",
    needs_source: "source à trouver",
    note: "note",
  }),
  en: Object.freeze({
    questioned: "questioned",
    supported: "supported",
    needs_source: "needs a source",
    note: "note",
  }),
});

/**
 * The words for an annotation's stance.
 *
 * @param stance The stance, as `annotations.csv` writes it.
 * @param lang `fr` or `en`.
 * @returns The words a reader sees.
 *
 * @example
 * ```ts
 * import { stanceWords } from "./stance_words.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(stanceWords("questioned", "fr"), "mis en doute");
 * strictEqual(stanceWords("needs_source", "en"), "needs a source");
 * ```
 */
export function stanceWords(stance: Stance, lang: Lang): string {
  return WORDS[lang][stance];
}
