/**
 * Researchers' annotations on figures, assumptions and claims: checked, appended safely to
 * `data/annotations.csv`, read back exactly, grouped by target.
 *
 * @module
 */
export * from "./annotation.ts";
export * from "./annotate.ts";
export * from "./annotations_for.ts";
export * from "./annotations_markdown.ts";
export * from "./atomic_write.ts";
export * from "./file_lock.ts";
export * from "./known_targets.ts";
export * from "./read_annotations.ts";
