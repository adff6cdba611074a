/**
 * Reading `annotations.csv` into the project value (the writer lives in `lib/annotations/`).
 *
 * @module
 */
import { z } from "zod";
import { readCalendarDate } from "./calendar_date.ts";
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
  for (const row of table?.rows ?? []) {
    const annotation_id = row.text("annotation_id", true);
    const target_kind = row.parsed("target_kind", z.enum(TARGET_KINDS), TARGET_KINDS.join(", "), true);
    const target_id = row.text("target_id", true);
    const author = row.text("author", true);
    const date = row.text("date", true);
    const stance = row.parsed("stance", z.enum(STANCES), STANCES.join(", "), true);
    const text = row.text("text", true);
    if (date !== null) {
      const d = readCalendarDate(date);
      if (!d.ok || d.date.precision !== "day") row.problem("date", "a day, YYYY-MM-DD", { value: date });
    }
    if (!annotation_id || !target_kind || !target_id || !author || !date || !stance || !text) continue;
    out.push(Object.freeze({ annotation_id, target_kind, target_id, author, date, stance, text: row.raw("text") ?? text }));
  }
  return out;
}
