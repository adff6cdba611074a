/**
 * Annotations grouped by what they annotate, for the notebooks and the report.
 *
 * @module
 */
import type { Annotation } from "./annotation.ts";

/**
 * The annotations of one target, oldest first (by date, then file order).
 *
 * @param targetId A figure, assumption or claim id.
 * @param annotations The annotations to search. @default those of `data/annotations.csv`, read now
 * @returns Its annotations.
 *
 * @example
 * ```ts
 * import { annotationsFor } from "./annotations_for.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const a = { annotation_id: "ann-000000000001", target_kind: "figure", target_id: "ctroc.plan.total", author: "A", date: "2025-11-25", stance: "note", text: "x" } as const;
 * const b = { ...a, annotation_id: "ann-000000000002", date: "2025-11-02" } as const;
 * const c = { ...a, annotation_id: "ann-000000000003", target_id: "ctroc.plan.year_1" } as const;
 * deepStrictEqual(annotationsFor("ctroc.plan.total", [a, b, c]).map((x) => x.annotation_id), ["ann-000000000002", "ann-000000000001"]);
 * ```
 */
export function annotationsFor(
  targetId: string,
  annotations: readonly Annotation[],
): Annotation[] {
  return byDate(annotations.filter((a) => a.target_id === targetId));
}

/**
 * Every target's annotations, oldest first, targets in the order they were first annotated.
 *
 * @param annotations The annotations. @default those of `data/annotations.csv`, read now
 * @returns A map from target id to its annotations.
 *
 * @example
 * ```ts
 * import { annotationsByTarget } from "./annotations_for.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const a = { annotation_id: "ann-000000000001", target_kind: "figure", target_id: "ctroc.plan.total", author: "A", date: "2025-11-25", stance: "note", text: "x" } as const;
 * const b = { ...a, annotation_id: "ann-000000000002", target_id: "ctroc.plan.year_1" } as const;
 * deepStrictEqual([...annotationsByTarget([a, b, a]).entries()].map(([k, v]) => [k, v.length]), [["ctroc.plan.total", 2], ["ctroc.plan.year_1", 1]]);
 * ```
 */
export function annotationsByTarget(
  annotations: readonly Annotation[],
): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const group = groups.get(a.target_id);
    if (group) group.push(a);
    else groups.set(a.target_id, [a]);
  }
  for (const [id, group] of groups) groups.set(id, byDate(group));
  return groups;
}

/** Stable sort by date (ISO days sort as text). */
function byDate(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
