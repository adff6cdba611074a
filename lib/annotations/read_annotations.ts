/**
 * Reading an annotations file on its own (the annotate command reads it back before and after
 * writing). The rules are the project loader's: one reader, `lib/project/read_annotations.ts`.
 *
 * @module
 */
import { DataError, type Problem } from "../errors.ts";
import { decodeUtf8Strict } from "../io/utf8.ts";
import { ANNOTATION_COLUMNS, readProjectAnnotations } from "../project/read_annotations.ts";
import type { Annotation } from "./annotation.ts";

/** The header every annotations file starts with. */
export const ANNOTATIONS_HEADER: readonly string[] = ANNOTATION_COLUMNS;

function throwFirst(problems: readonly Problem[]): void {
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new DataError(errors[0]!, errors.slice(1));
}

/**
 * Parses annotations from CSV text, refusing a malformed file with a {@linkcode DataError}.
 *
 * @param text The CSV text.
 * @param file The name used in messages. @default "annotations.csv"
 * @returns The annotations, in file order.
 * @throws {DataError} Naming the line, column, value found and what was expected.
 *
 * @example
 * ```ts
 * import { parseAnnotations } from "./read_annotations.ts";
 * import { strictEqual } from "node:assert/strict";
 * const text = "annotation_id,target_kind,target_id,author,date,stance,text\n" +
 *   "ann-000000000001,figure,ctroc.plan.total,Marie,2026-11-20,note,'=2733\n";
 * strictEqual(parseAnnotations(text)[0]!.text, "=2733");
 * ```
 */
export function parseAnnotations(text: string, file = "annotations.csv"): Annotation[] {
  const problems: Problem[] = [];
  const annotations = readProjectAnnotations(file, problems, { text });
  throwFirst(problems);
  return annotations;
}

/**
 * Reads an annotations file; a missing file holds none.
 *
 * @param path The file.
 * @returns The annotations.
 * @throws {DataError} On a malformed file or bytes that are not UTF-8 (with the byte offset).
 */
export function readAnnotations(path: string): Annotation[] {
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  return parseAnnotations(decodeUtf8Strict(bytes, path), path);
}
