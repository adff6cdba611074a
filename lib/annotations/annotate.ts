/**
 * Appending an annotation to `data/annotations.csv`, safely: under a lock, the existing bytes
 * kept as they are, the new row checked to read back exactly, the file replaced atomically.
 *
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import type { TargetKind } from "../data/tables/annotations.ts";
import { DataError } from "../errors.ts";
import { formatCsv } from "../io/csv.ts";
import { type Annotation, checkedAnnotation } from "./annotation.ts";
import { type AtomicWriteHooks, tempPrefix, writeFileAtomic } from "./atomic_write.ts";
import { type FileLockOptions, withFileLock } from "./file_lock.ts";
import { type KnownTargets, knownTargets, resolveTarget } from "./known_targets.ts";
import { ANNOTATIONS_FILE, ANNOTATIONS_HEADER, parseAnnotations } from "./read_annotations.ts";

/** What {@linkcode annotate} needs. */
export interface AnnotateParams {
  /** The figure, assumption or claim id. */
  target_id: string;
  /** The target's kind, when an id could be of two kinds. @default found from the id */
  target_kind?: TargetKind;
  /** Who writes it. */
  author: string;
  /** The day, `YYYY-MM-DD` (lib/ has no clock: the caller gives it). */
  date: string;
  /** `questioned`, `supported`, `needs_source` or `note`. */
  stance: string;
  /** The text, French or English, any Unicode; stored byte for byte. */
  text: string;
  /** The annotations file. @default the project's `data/annotations.csv` */
  file?: string;
  /** The ids that may be annotated. @default {@linkcode knownTargets} of the project's `data/` */
  targets?: KnownTargets;
  /** Lock timeout and staleness. */
  lock?: FileLockOptions;
  /** Test hooks into the atomic write (e.g. to simulate a crash before the rename). */
  hooks?: AtomicWriteHooks;
}

/** What {@linkcode annotate} did. */
export interface AnnotateResult {
  /** The annotation, with its id. */
  annotation: Annotation;
  /** `false` when the very same annotation was already in the file (nothing written). */
  written: boolean;
  /** The file. */
  file: string;
}

function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(file);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "";
    throw error;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DataError({ file, expected: "a UTF-8 text file (re-save it as CSV UTF-8)" });
  }
}

function removeLeftoverTemps(file: string): void {
  const prefix = tempPrefix(file);
  const slash = prefix.lastIndexOf("/");
  const dir = slash < 0 ? "." : prefix.slice(0, slash) || "/";
  const namePrefix = prefix.slice(slash + 1);
  for (const entry of Deno.readDirSync(dir)) {
    if (entry.isFile && entry.name.startsWith(namePrefix)) {
      Deno.removeSync(`${prefix.slice(0, slash + 1)}${entry.name}`);
    }
  }
}

/**
 * Appends one annotation to the annotations file.
 *
 * The target id must exist (else an {@linkcode UnknownIdError} names close matches); author,
 * date, stance and text are checked (else a `RangeError` says what to fix). Then, holding
 * `<file>.lock`: leftover temporary files of a crashed writer are removed, the file is read and
 * validated (a malformed file is refused, never overwritten), the new row is appended after the
 * existing bytes (which are kept as they are), the result is parsed back to check every row
 * reads as before plus the new one exactly, and it is written to a temporary file, synced and
 * renamed into place. The same annotation twice (same id) is written once.
 *
 * @param params The annotation, the file, the known targets.
 * @returns The annotation and whether it was written.
 *
 * @example
 * ```ts
 * import { annotate } from "./annotate.ts";
 * import { readAnnotations } from "./read_annotations.ts";
 * import { strictEqual } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * const file = `${dir}/annotations.csv`;
 * const targets = { figure: new Set(["ctroc.plan.total"]), assumption: new Set<string>(), claim: new Set<string>() };
 * const note = { target_id: "ctroc.plan.total", author: "Nom", date: "2025-11-25", stance: "needs_source", text: "2 733 postes : d'où vient ce total ?\n« à vérifier »", file, targets };
 * strictEqual(annotate(note).written, true);
 * strictEqual(annotate(note).written, false);
 * strictEqual(readAnnotations(file)[0]!.text, note.text);
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function annotate(params: AnnotateParams): AnnotateResult {
  const file = params.file ?? ANNOTATIONS_FILE;
  const targets = params.targets ?? knownTargets();
  const kind = resolveTarget(targets, params.target_id, params.target_kind);
  const annotation = checkedAnnotation(params, kind);
  return withFileLock(`${file}.lock`, () => {
    removeLeftoverTemps(file);
    const before = readText(file);
    const existing = before === "" ? [] : parseAnnotations(before, file);
    const same = existing.find((a) => a.annotation_id === annotation.annotation_id);
    if (same) {
      if (isDeepStrictEqual(same, annotation)) return { annotation: same, written: false, file };
      throw new Error(
        `Annotation id ${annotation.annotation_id} is already used in ${file} by a different ` +
          "annotation (a hash collision): change a character of the text and try again",
      );
    }
    const csv = formatCsv([...ANNOTATIONS_HEADER], [
      ANNOTATIONS_HEADER.map((name) => annotation[name as keyof Annotation]),
    ]);
    const after = before === ""
      ? csv
      : `${before}${/[\r\n]$/.test(before) ? "" : "\n"}${csv.slice(csv.indexOf("\n") + 1)}`;
    const reread = parseAnnotations(after, file);
    if (!isDeepStrictEqual(reread, [...existing, annotation])) {
      throw new Error(
        `Annotation not written: ${file} would not read back as before plus the new ` +
          "annotation (a CSV writer problem; please report it with the text you annotated)",
      );
    }
    writeFileAtomic(file, after, params.hooks);
    return { annotation, written: true, file };
  }, params.lock);
}
