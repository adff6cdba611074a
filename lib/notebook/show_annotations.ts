/**
 * Researchers' annotations in a notebook, beside what they annotate: the target, who wrote it,
 * when, their stance and their words.
 *
 * @module
 */
import { stanceWords } from "../format/stance_words.ts";
import type { Project, ProjectAnnotation } from "../project/types.ts";
import { showTable, type TableInput } from "./show_table.ts";
import { showText } from "./show_text.ts";

/**
 * The annotations of targets whose id starts with one of the prefixes, oldest first.
 *
 * @param project The project.
 * @param prefixes Id prefixes (`aacocq.fiscal_gain.`, `fiscal.`).
 * @returns The annotations.
 *
 * @example
 * ```ts
 * import { annotationsUnder } from "./show_annotations.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const found = annotationsUnder(loadProject("data"), ["aacocq.fiscal_gain."]);
 * ok(found.every((a) => a.target_id.startsWith("aacocq.fiscal_gain.")));
 * ```
 */
export function annotationsUnder(
  project: Project,
  prefixes: readonly string[],
): ProjectAnnotation[] {
  return project.annotations
    .filter((a) => prefixes.some((p) => a.target_id.startsWith(p)))
    .toSorted((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The annotations' table.
 *
 * @param annotations The annotations.
 * @returns The table.
 */
export function annotationsTable(
  annotations: readonly ProjectAnnotation[],
): TableInput<ProjectAnnotation> {
  return {
    rows: annotations,
    columns: [
      { label: "Sur", cell: (a) => a.target_id },
      { label: "Avis", cell: (a) => stanceWords(a.stance, "fr") },
      { label: "Texte", cell: (a) => a.text },
      { label: "Par", cell: (a) => `${a.author}, ${a.date}` },
    ],
  };
}

/**
 * Shows the annotations under some prefixes, or says there are none and how to add one.
 *
 * @param project The project.
 * @param prefixes Id prefixes.
 * @returns Once shown.
 */
export async function showAnnotations(
  project: Project,
  prefixes: readonly string[],
): Promise<void> {
  const found = annotationsUnder(project, prefixes);
  if (found.length > 0) {
    await showTable(annotationsTable(found));
    return;
  }
  await showText(
    "Aucune annotation pour l'instant. Pour en ajouter une : deno task annotate --target <identifiant> --author <nom> --stance questioned --text <texte>.",
  );
}
