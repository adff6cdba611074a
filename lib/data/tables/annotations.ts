/**
 * `data/annotations.csv`: what researchers note about figures, assumptions and claims as they
 * audit. Appended to by `deno task annotate` or `annotate()` (lib/annotations/), never rewritten.
 *
 * @module
 */
import { column, type RowOf, table } from "../table_spec.ts";

/** What an annotation says of its target. */
export const STANCES = ["questioned", "supported", "needs_source", "note"] as const;

/** A stance: `questioned`, `supported`, `needs_source` or `note`. */
export type Stance = typeof STANCES[number];

/** What an annotation can target. */
export const TARGET_KINDS = ["figure", "assumption", "claim"] as const;

/** A target kind: `figure`, `assumption` or `claim`. */
export type TargetKind = typeof TARGET_KINDS[number];

/** Annotation ids: `ann-` and 12 hexadecimal digits of a hash of the annotation's content. */
export const ANNOTATION_ID_PATTERN = "ann-[0-9a-f]{12}";

/** A calendar day, `YYYY-MM-DD`. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a text is a real calendar day written `YYYY-MM-DD` (`2025-02-29` is not).
 *
 * @param text The date text.
 * @returns `true` for a real day.
 *
 * @example
 * ```ts
 * import { isIsoDay } from "./annotations.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(isIsoDay("2024-02-29"), true);
 * strictEqual(isIsoDay("2025-02-29"), false);
 * strictEqual(isIsoDay("2025-02"), false);
 * ```
 */
export function isIsoDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** The annotations table. */
export const annotationsTable = table({
  name: "annotations",
  path: "annotations.csv",
  title_fr: "Annotations des chercheurs",
  title_en: "Researchers' annotations",
  description: "Notes researchers attach to a figure, an assumption or a claim while auditing: " +
    "who, when, what they think of it (questioned, supported, needs a source, note) and why, in " +
    "their words. Appended only; the text is kept byte for byte.",
  sources: ["recompte"],
  primaryKey: ["annotation_id"],
  columns: [
    column({
      name: "annotation_id",
      type: "string",
      required: true,
      pattern: ANNOTATION_ID_PATTERN,
      title_fr: "Identifiant",
      title_en: "Id",
      description: "`ann-` and 12 hex digits of a SHA-256 of target, author, date, stance and " +
        "text: the same annotation always gets the same id.",
    }),
    column({
      name: "target_kind",
      type: "string",
      required: true,
      enum: TARGET_KINDS,
      title_fr: "Type de cible",
      title_en: "Target kind",
      description: "What is annotated: a figure, an assumption or a claim.",
    }),
    column({
      name: "target_id",
      type: "string",
      required: true,
      title_fr: "Cible",
      title_en: "Target",
      description: "The id of the figure (figures.csv), assumption (assumptions.csv) or claim " +
        "(claims.csv).",
    }),
    column({
      name: "author",
      type: "string",
      required: true,
      title_fr: "Auteur",
      title_en: "Author",
      description: "Who wrote the annotation.",
    }),
    column({
      name: "date",
      type: "date",
      required: true,
      title_fr: "Date",
      title_en: "Date",
      description: "The day it was written, YYYY-MM-DD.",
    }),
    column({
      name: "stance",
      type: "string",
      required: true,
      enum: STANCES,
      title_fr: "Position",
      title_en: "Stance",
      description: "questioned (mis en doute), supported (appuyé), needs_source (source à " +
        "trouver) or note.",
    }),
    column({
      name: "text",
      type: "string",
      required: true,
      title_fr: "Texte",
      title_en: "Text",
      description: "The annotation, French or English, as written.",
    }),
  ] as const,
  checkRow(row) {
    return isIsoDay(row.date)
      ? undefined
      : { column: "date", expected: "a calendar day written YYYY-MM-DD" };
  },
});

/** An annotation row as the table loader reads it (text trimmed; see lib/annotations/). */
export type AnnotationRow = RowOf<typeof annotationsTable.columns>;
