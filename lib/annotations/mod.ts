/**
 * Researchers' annotations on figures, assumptions and claims: checked, appended safely to
 * `data/annotations.csv` (under the system's file lock, replaced atomically, spreadsheet-safe),
 * read back exactly (strict UTF-8), grouped by target. The file and the ids that may be
 * annotated are the caller's to give (from the project value); nothing here reads `data/` on its
 * own.
 *
 * @module
 */
export * from "./annotation.ts";
export * from "./annotate.ts";
export * from "./atomic_write.ts";
export * from "./file_access_error.ts";
export * from "./file_lock.ts";
export * from "./known_targets.ts";
export * from "./read_annotations.ts";
