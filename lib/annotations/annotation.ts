/**
 * One annotation: its fields, its id, and the checks a new one must pass before it is written.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { calendarDayProblem } from "../project/calendar_day.ts";
import { type Stance, STANCES, type TargetKind } from "../project/read_annotations.ts";
import type { ProjectAnnotation } from "../project/types.ts";
import { closeMatches } from "../text/close_matches.ts";

/** Why a date is not a calendar day `YYYY-MM-DD` (the project's reader says the same). */
export { calendarDayProblem };

/** An annotation as stored in `data/annotations.csv`; `text` is kept exactly as written. */
export type Annotation = ProjectAnnotation;

/** What an annotation says, before it has an id. */
export interface AnnotationContent {
  /** What is annotated. */
  target_kind: TargetKind;
  /** The figure, assumption or claim id. */
  target_id: string;
  /** Who writes it. */
  author: string;
  /** The day, `YYYY-MM-DD` (given by the caller: no clock in lib/). */
  date: string;
  /** `questioned`, `supported`, `needs_source` or `note`. */
  stance: Stance;
  /** The text, French or English, any Unicode; kept byte for byte. */
  text: string;
}

/**
 * The id of an annotation: `ann-` and the first 12 hex digits of the SHA-256 of its target kind,
 * target, author, date, stance and text (joined by NUL). The same annotation always gets the
 * same id, so writing it twice is recognised and not duplicated.
 *
 * @param content The annotation.
 * @returns Its id.
 *
 * @example
 * ```ts
 * import { annotationId } from "./annotation.ts";
 * import { match, notStrictEqual } from "node:assert/strict";
 * const a = { target_kind: "figure", target_id: "ctroc.plan.total", author: "A", date: "2025-11-25", stance: "note", text: "x" } as const;
 * match(annotationId(a), /^ann-[0-9a-f]{12}$/);
 * notStrictEqual(annotationId(a), annotationId({ ...a, text: "x " }));
 * ```
 */
export function annotationId(content: AnnotationContent): string {
  const key = [
    content.target_kind,
    content.target_id,
    content.author,
    content.date,
    content.stance,
    content.text,
  ].join("\u0000");
  return `ann-${createHash("sha256").update(key, "utf8").digest("hex").slice(0, 12)}`;
}

/** A new annotation's fields, as a caller gives them (the stance still unchecked). */
export interface AnnotationInput {
  /** The figure, assumption or claim id. */
  target_id: string;
  /** Who writes it; surrounding spaces are dropped. */
  author: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** `questioned`, `supported`, `needs_source` or `note`. */
  stance: string;
  /** The text, kept exactly as given. */
  text: string;
}

/**
 * Checks a new annotation's author, date, stance and text, refusing with a message that says
 * what to fix: an empty author or text, a date that is not a calendar day `YYYY-MM-DD` (see
 * {@linkcode calendarDayProblem}), a stance outside the list (naming the closest), text that
 * cannot be stored as UTF-8 (a lone surrogate).
 * Targets are checked separately ({@linkcode resolveTarget}).
 *
 * @param input The caller's fields.
 * @param targetKind The target's kind, once resolved.
 * @returns The annotation with its id.
 * @throws {RangeError} Saying which field is wrong and what is expected.
 *
 * @example
 * ```ts
 * import { checkedAnnotation } from "./annotation.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const a = checkedAnnotation({ target_id: "ctroc.plan.total", author: " Nom ", date: "2025-11-25", stance: "questioned", text: " “2 733”, vraiment ? " }, "figure");
 * strictEqual(a.author, "Nom");
 * strictEqual(a.text, " “2 733”, vraiment ? ");
 * throws(() => checkedAnnotation({ ...a, stance: "questionned" }, "figure"), /Did you mean: questioned\?/);
 * ```
 */
export function checkedAnnotation(input: AnnotationInput, targetKind: TargetKind): Annotation {
  const author = input.author.trim();
  if (author === "") throw new RangeError("Cannot annotate: the author is empty; give a name");
  const dayProblem = calendarDayProblem(input.date);
  if (dayProblem !== undefined) {
    throw new RangeError(
      `Cannot annotate: date ${JSON.stringify(input.date)} is not a calendar day ` +
        `(${dayProblem}); write the day YYYY-MM-DD, e.g. 2025-11-25`,
    );
  }
  if (!(STANCES as readonly string[]).includes(input.stance)) {
    const near = closeMatches(input.stance, STANCES);
    throw new RangeError(
      `Cannot annotate: stance ${JSON.stringify(input.stance)} is not one of ` +
        `${STANCES.join(", ")}.` + (near.length > 0 ? ` Did you mean: ${near.join(", ")}?` : ""),
    );
  }
  if (input.text.trim() === "") {
    throw new RangeError("Cannot annotate: the text is empty; say what you found");
  }
  for (const [name, value] of [["author", author], ["text", input.text]] as const) {
    if (!value.isWellFormed()) {
      throw new RangeError(
        `Cannot annotate: the ${name} holds a lone UTF-16 surrogate, which UTF-8 cannot store; ` +
          "re-type the character (often a broken emoji)",
      );
    }
  }
  const content: AnnotationContent = {
    target_kind: targetKind,
    target_id: input.target_id,
    author,
    date: input.date,
    stance: input.stance as Stance,
    text: input.text,
  };
  return { annotation_id: annotationId(content), ...content };
}
