/**
 * Close matches for a mistyped id, for error messages.
 *
 * @module
 */

/**
 * Levenshtein edit distance between two strings.
 *
 * @param a First string.
 * @param b Second string.
 * @returns The number of single-character insertions, deletions or substitutions.
 *
 * @example
 * ```ts
 * import { editDistance } from "./close_matches.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(editDistance("salary", "salry"), 1);
 * ```
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Options for {@linkcode closeMatches}. */
export interface CloseMatchesOptions {
  /** How many matches at most. @default 3 */
  limit?: number;
}

/**
 * The known ids closest to `id`: those that contain it or share its last segment, then those
 * within an edit distance of a third of its length, best first, ties by name.
 *
 * @param id The id that was asked for.
 * @param known The ids that exist.
 * @param options Limit.
 * @returns Up to `limit` close matches, each once (even when `known` repeats a name).
 *
 * @example
 * ```ts
 * import { closeMatches } from "./close_matches.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(
 *   closeMatches("aacocq.payroll_example.salry", ["aacocq.payroll_example.salary", "oc.targets.egts_target"]),
 *   ["aacocq.payroll_example.salary"],
 * );
 * ```
 */
export function closeMatches(
  id: string,
  known: Iterable<string>,
  options: CloseMatchesOptions = {},
): string[] {
  const limit = options.limit ?? 3;
  const needle = id.toLowerCase();
  const lastSegment = needle.split(".").at(-1) ?? needle;
  const scored: { name: string; score: number }[] = [];
  for (const name of new Set(known)) {
    const candidate = name.toLowerCase();
    const distance = editDistance(needle, candidate);
    const contains = needle.length >= 3 &&
      (candidate.includes(needle) || needle.includes(candidate));
    const sameLast = lastSegment.length >= 3 && candidate.split(".").at(-1) === lastSegment;
    if (contains || sameLast || distance <= Math.max(2, Math.floor(needle.length / 3))) {
      scored.push({ name, score: contains || sameLast ? distance / 100 : distance });
    }
  }
  scored.sort((x, y) => x.score - y.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}
