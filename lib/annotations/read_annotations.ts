/**
 * Reading `data/annotations.csv`, validated, with each text exactly as written.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { DATA_DIR } from "../data/dataset.ts";
import { validateTable } from "../data/load_table.ts";
import { annotationsTable } from "../data/tables/annotations.ts";
import { DataError } from "../errors.ts";
import { parseCsv, readCsvFile } from "../io/csv.ts";
import type { Annotation } from "./annotation.ts";

/** The project's annotations file, `data/annotations.csv`. */
export const ANNOTATIONS_FILE: string = fileURLToPath(new URL(annotationsTable.path, DATA_DIR));

/** The header every annotations file starts with. */
export const ANNOTATIONS_HEADER: readonly string[] = annotationsTable.columns.map((c) => c.name);

/**
 * Validates parsed annotation cells: the table's checks (columns in order, ids, kinds, stances,
 * days, no duplicate id), then the text taken from the cell untouched (the table loader trims
 * cells; an annotation's spaces are the author's).
 */
function fromRaw(raw: ReturnType<typeof parseCsv>): Annotation[] {
  if (raw.header.join(",") !== ANNOTATIONS_HEADER.join(",")) {
    throw new DataError({
      file: raw.file,
      row: 1,
      value: raw.header.join(","),
      expected: `the header ${ANNOTATIONS_HEADER.join(",")}, in that order`,
    });
  }
  const loaded = validateTable(annotationsTable, raw);
  const textColumn = ANNOTATIONS_HEADER.indexOf("text");
  return loaded.rows.map((row, r) => ({ ...row, text: raw.rows[r]![textColumn]! }));
}

/**
 * Reads annotations from CSV text.
 *
 * @param text The CSV text.
 * @param file The name for error messages. @default "annotations.csv"
 * @returns The annotations, in file order.
 * @throws {DataError} Naming the file, row, column, value and expectation.
 *
 * @example
 * ```ts
 * import { parseAnnotations } from "./read_annotations.ts";
 * import { strictEqual } from "node:assert/strict";
 * const [a] = parseAnnotations(
 *   'annotation_id,target_kind,target_id,author,date,stance,text\n' +
 *     'ann-0123456789ab,figure,ctroc.plan.total,Nom,2025-11-25,questioned," deux, ""trois"" "\n',
 * );
 * strictEqual(a!.text, ' deux, "trois" ');
 * ```
 */
export function parseAnnotations(text: string, file = "annotations.csv"): Annotation[] {
  return fromRaw(parseCsv(text, { file }));
}

/**
 * Reads an annotations file; a file that does not exist holds no annotations.
 *
 * @param path The file. @default the project's `data/annotations.csv`
 * @returns The annotations, in file order.
 * @throws {DataError} If the file is malformed.
 *
 * @example
 * ```ts
 * import { readAnnotations } from "./read_annotations.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(readAnnotations().every((a) => a.annotation_id.startsWith("ann-")), true);
 * ```
 */
export function readAnnotations(path: string = ANNOTATIONS_FILE): Annotation[] {
  try {
    Deno.statSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  return fromRaw(readCsvFile(path));
}
