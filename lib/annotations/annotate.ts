/**
 * Appending an annotation to an annotations file (`data/annotations.csv`), safely: under a
 * lock, the existing bytes kept as they are, the new row checked to read back exactly, the file
 * replaced atomically.
 *
 * @module
 */
import { isDeepStrictEqual } from "node:util";
import type { TargetKind } from "../project/read_annotations.ts";
import { formatCsv } from "../io/csv.ts";
import { decodeUtf8Strict } from "../io/utf8.ts";
import { type Annotation, checkedAnnotation } from "./annotation.ts";
import { type AtomicWriteHooks, tempPrefix, writeFileAtomic } from "./atomic_write.ts";
import { fileAccessError } from "./file_access_error.ts";
import { type FileLockOptions, lockPathFor, withFileLock } from "./file_lock.ts";
import { type KnownTargets, resolveTarget } from "./known_targets.ts";
import { ANNOTATIONS_HEADER, parseAnnotations } from "./read_annotations.ts";

/** Test hooks into {@linkcode annotate}: a pause under the lock, a crash before the rename. */
export interface AnnotateHooks extends AtomicWriteHooks {
  /** Called once the lock is held, before the file is read (e.g. to hold the lock a while). */
  locked?: () => void;
}

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
  /** The annotations file, e.g. `<data folder>/annotations.csv` (created if absent). */
  file: string;
  /**
   * The ids that may be annotated, by kind, from the project the caller loaded (nothing here
   * reads `data/` to find them).
   */
  targets: KnownTargets;
  /** How long to wait for another writer. */
  lock?: FileLockOptions;
  /** Test hooks. */
  hooks?: AnnotateHooks;
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
  return decodeUtf8Strict(bytes, file);
}

function removeLeftoverTemps(file: string): void {
  const prefix = tempPrefix(file);
  const slash = prefix.lastIndexOf("/");
  const dir = slash < 0 ? "." : prefix.slice(0, slash) || "/";
  const namePrefix = prefix.slice(slash + 1);
  for (const entry of Deno.readDirSync(dir)) {
    if (entry.isFile && entry.name.startsWith(namePrefix)) {
      try {
        Deno.removeSync(`${prefix.slice(0, slash + 1)}${entry.name}`);
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) throw error; // already gone
      }
    }
  }
}

/** Runs a file step, turning an OS or permission error into one clear {@linkcode FileAccessError}. */
function fileStep<T>(action: string, path: string, file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw fileAccessError(error, action, path, `Nothing was written: ${file} is as it was.`) ??
      error;
  }
}

/**
 * Appends one annotation to an annotations file.
 *
 * The target id must be one of `targets` (else an `UnknownIdError` names close matches);
 * author, date, stance and text are checked (else a `RangeError` says what to fix). Then,
 * holding the lock `<file>.lock` (see `withFileLock`): leftover temporary files of a crashed
 * writer are removed, the file is read (strict UTF-8) and validated (a malformed file is
 * refused, never overwritten), the new row is appended after the existing bytes (which are kept
 * as they are), written spreadsheet-safe (a text starting with `=`, `+`, `-` or `@` is stored
 * `'=…`, see `formatCsv`), the result is parsed back to check every row reads as before plus
 * the new one exactly, and it is written to a temporary file, synced and renamed into place.
 * The same annotation twice (same id) is written once.
 *
 * A full disk, a read-only folder, a permission refused give a `FileAccessError` saying so; in
 * every failure the file is left as it was.
 *
 * @param params The annotation, the file, the known targets.
 * @returns The annotation and whether it was written.
 * @throws {UnknownIdError} For a target that is not in `targets`.
 * @throws {RangeError} For a field to fix.
 * @throws {DataError} For an annotations file that is malformed or not UTF-8, or a lock path
 * that is a folder.
 * @throws {LockTimeoutError} When another writer holds the lock past the timeout.
 * @throws {FileAccessError} When the file or its folder cannot be read or written.
 *
 * @example
 * ```ts
 * import { annotate } from "./annotate.ts";
 * import { readAnnotations } from "./read_annotations.ts";
 * import { strictEqual } from "node:assert/strict";
 * const dir = Deno.makeTempDirSync();
 * const file = `${dir}/annotations.csv`;
 * const targets = { figure: new Set(["ctroc.plan.total"]), assumption: new Set<string>(), claim: new Set<string>() };
 * const note = { target_id: "ctroc.plan.total", author: "Nom", date: "2025-11-25", stance: "needs_source", text: "2 733 postes : d'où vient ce total ?\n“à vérifier”", file, targets };
 * strictEqual(annotate(note).written, true);
 * strictEqual(annotate(note).written, false);
 * strictEqual(readAnnotations(file)[0]!.text, note.text);
 * strictEqual(annotate({ ...note, text: "=2733-1" }).written, true);
 * strictEqual(Deno.readTextFileSync(file).endsWith(",'=2733-1\n"), true);
 * strictEqual(readAnnotations(file)[1]!.text, "=2733-1");
 * Deno.removeSync(dir, { recursive: true });
 * ```
 */
export function annotate(params: AnnotateParams): AnnotateResult {
  const file = params.file;
  const kind = resolveTarget(params.targets, params.target_id, params.target_kind);
  const annotation = checkedAnnotation(params, kind);
  const lockPath = lockPathFor(file);
  const underLock = (): AnnotateResult => {
    params.hooks?.locked?.();
    fileStep("clean up beside", file, file, () => removeLeftoverTemps(file));
    const before = fileStep("read", file, file, () => readText(file));
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
    ], { spreadsheetSafe: true });
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
    fileStep("write", file, file, () => writeFileAtomic(file, after, params.hooks));
    return { annotation, written: true, file };
  };
  // Opening (creating) the lock file is the first write: a read-only or full folder shows here.
  return fileStep(
    "create or open the lock file",
    lockPath,
    file,
    () => withFileLock(lockPath, underLock, params.lock),
  );
}
