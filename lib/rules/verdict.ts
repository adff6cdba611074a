/**
 * The verdict on a reading of a claim: does the relation the memo states hold, given what its
 * words allow? Both sides are quantities read three ways (`point`, `core`, `outer`, see
 * `quantity.ts`). For `stated = recomputed`:
 *
 * - **consistent** — the core readings overlap: the memo's numbers, read strictly, agree;
 * - **approximate** — only the outer readings overlap: they agree once a round number is read as
 *   rounding (or a floor as "about");
 * - **inconsistent** — not even the outer readings overlap.
 *
 * For `<`, `>`, `<=`, `>=` the test is whether some value of one reading stands in that relation
 * to some value of the other: the memo is given every benefit its words allow. A reading that
 * needs a figure the memos lack is **unverifiable**. Readings of one claim that disagree make the
 * claim **ambiguous**: both are shown, none is chosen.
 *
 * @module
 */
import { type Interval, overlaps, possiblyAbove } from "../expr/interval.ts";
import type { Relation } from "../project/types.ts";
import type { Quantity } from "./quantity.ts";

/** The verdict on one reading. */
export type ReadingVerdict = "consistent" | "approximate" | "inconsistent" | "unverifiable";

/** The verdict on a claim: a reading's, or `ambiguous` when its readings disagree. */
export type Verdict = ReadingVerdict | "ambiguous";

/** The verdicts, from the most to the least serious (the order findings are ranked in). */
export const VERDICTS: readonly Verdict[] = Object.freeze([
  "inconsistent",
  "ambiguous",
  "approximate",
  "unverifiable",
  "consistent",
]);

function holds(relation: Relation, a: Interval, b: Interval): boolean {
  switch (relation) {
    case "=":
      return overlaps(a, b);
    case ">":
      return possiblyAbove(a, b);
    case "<":
      return possiblyAbove(b, a);
    case ">=":
      return possiblyAbove(a, b) || overlaps(a, b);
    case "<=":
      return possiblyAbove(b, a) || overlaps(a, b);
  }
}

/**
 * Judges one reading.
 *
 * @param relation The relation stated: `stated <relation> recomputed`.
 * @param stated The memo's side.
 * @param recomputed recompte's side.
 * @returns The verdict.
 *
 * @example “4 000 de plus” against 6 000 − « plus de 2 300 »
 * ```ts
 * import { judgeReading } from "./verdict.ts";
 * import { strictEqual } from "node:assert/strict";
 * const stated = { point: 4000, core: { lo: 3999.5, hi: 4000.5 }, outer: { lo: 3500, hi: 4500 } };
 * const recomputed = { point: 3700, core: { lo: -Infinity, hi: 3700 }, outer: { lo: -Infinity, hi: 3750 } };
 * strictEqual(judgeReading("=", stated, recomputed), "approximate");
 * ```
 */
export function judgeReading(
  relation: Relation,
  stated: Quantity,
  recomputed: Quantity,
): ReadingVerdict {
  if (holds(relation, stated.core, recomputed.core)) return "consistent";
  if (holds(relation, stated.outer, recomputed.outer)) return "approximate";
  return "inconsistent";
}

/**
 * A claim's verdict from its readings': the one they share; `ambiguous` when they disagree, or
 * when one fails beside a reading that cannot be checked (which might vindicate the memo); a
 * consistent reading beside an uncheckable one stands; `unverifiable` when none can be checked.
 *
 * @param verdicts The readings' verdicts.
 * @returns The claim's verdict.
 *
 * @example
 * ```ts
 * import { claimVerdict } from "./verdict.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(claimVerdict(["consistent", "approximate"]), "ambiguous");
 * strictEqual(claimVerdict(["consistent", "unverifiable"]), "consistent");
 * strictEqual(claimVerdict(["inconsistent", "unverifiable"]), "ambiguous");
 * strictEqual(claimVerdict(["unverifiable"]), "unverifiable");
 * ```
 */
export function claimVerdict(verdicts: readonly ReadingVerdict[]): Verdict {
  const checked = [...new Set(verdicts.filter((v) => v !== "unverifiable"))];
  if (checked.length === 0) return "unverifiable";
  if (checked.length > 1) return "ambiguous";
  // A reading that cannot be checked might vindicate the memo: one that fails beside it is no
  // verdict, only an ambiguity.
  const unchecked = verdicts.length > verdicts.filter((v) => v !== "unverifiable").length;
  return unchecked && checked[0] !== "consistent" ? "ambiguous" : checked[0]!;
}

/**
 * The more serious of verdicts, in the order of {@linkcode VERDICTS}.
 *
 * @param verdicts Verdicts.
 * @returns The most serious (`consistent` for none).
 */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  return VERDICTS.find((v) => verdicts.includes(v)) ?? "consistent";
}
