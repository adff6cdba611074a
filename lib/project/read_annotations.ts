/**
 * Reading `annotations.csv` into the project value (the writer lives in `lib/annotations/`).
 *
 * @module
 */
import { z } from "zod";
import { calendarDayProblem } from "./calendar_day.ts";
import { type ProblemSink, readTableRows } from "./table_rows.ts";
import type { ProjectAnnotation } from "./types.ts";

/** The columns of `annotations.csv`, in order. */
export const ANNOTATION_COLUMNS = [
  "annotation_id",
  "target_kind",
  "target_id",
  "author",
  "date",
  "stance",
  "text",
] as const;

/** An annotation id: `ann-` and 12 hex digits of the hash of its content (see `annotationId`). */
const ANNOTATION_ID = /^ann-[0-9a-f]{12}$/;

/** The stances an annotation may take. */
export const STANCES = ["questioned", "supported", "needs_source", "note"] as const;

/** A stance. */
export type Stance = typeof STANCES[number];

/** What an annotation may be about. */
export const TARGET_KINDS = ["figure", "assumption", "claim"] as const;

/** A target kind. */
export type TargetKind = typeof TARGET_KINDS[number];

/**
 * Reads the annotations file (a missing file holds none). Text cells are read spreadsheet-safe
 * (see `formatCsv`), and the annotation text exactly as written, white space included.
 *
 * @param path The file.
 * @param problems Where problems go.
 * @returns The annotations, in file order.
 */
export function readProjectAnnotations(
  path: string,
  problems: ProblemSink,
  options: { text?: string } = {},
): ProjectAnnotation[] {
  const table = readTableRows(path, { required: ANNOTATION_COLUMNS }, problems, {
    optional: true,
    spreadsheetSafe: true,
    ...(options.text === undefined ? {} : { text: options.text }),
  });
  if (table && table.header.join(",") !== ANNOTATION_COLUMNS.join(",")) {
    problems.push({
      severity: "error",
      file: path,
      line: 1,
      value: table.header.join(","),
      expected: `the header ${ANNOTATION_COLUMNS.join(",")}, in that order`,
    });
    return [];
  }
  const out: ProjectAnnotation[] = [];
  const lineOf = new Map<string, number>();
  for (const row of table?.rows ?? []) {
    const annotation_id = row.text("annotation_id", true);
    if (annotation_id !== null && !ANNOTATION_ID.test(annotation_id)) {
      row.problem("annotation_id", "an annotation id, ann- and 12 hexadecimal digits", {
        value: annotation_id,
        hint: "deno task annotate makes it from the annotation's content: add annotations with it",
      });
    } else if (annotation_id !== null) {
      const first = lineOf.get(annotation_id);
      if (first === undefined) lineOf.set(annotation_id, row.line);
      else {
        row.problem("annotation_id", "an annotation id used once", {
          value: annotation_id,
          hint: `it is also at ${path}:${first}`,
        });
      }
    }
    const target_kind = row.parsed(
      "target_kind",
      z.enum(TARGET_KINDS),
      TARGET_KINDS.join(", "),
      true,
    );
    const target_id = row.text("target_id", true);
    const author = row.text("author", true);
    const date = row.text("date", true);
    const stance = row.parsed("stance", z.enum(STANCES), STANCES.join(", "), true);
    const text = row.text("text", true);
    const notADay = date === null ? undefined : calendarDayProblem(date.trim());
    if (notADay !== undefined) {
      row.problem("date", "a calendar day written YYYY-MM-DD", { value: date, hint: notADay });
    }
    if (!annotation_id || !target_kind || !target_id || !author || !date || !stance || !text) {
      continue;
    }
    out.push(
      Object.freeze({
        annotation_id,
        target_kind,
        target_id,
        author,
        date,
        stance,
        text: row.raw("text") ?? text,
      }),
    );
  }
  return out;
}
