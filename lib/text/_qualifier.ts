/**
 * The words that qualify a number: « plus de », « environ », « au moins », “moins de”, … before
 * it, « et plus », “minimum” after it, « minimales » in the label of a `label : number` line.
 *
 * @module
 */
import type { NumberQualifier } from "./number_mention.ts";

type Phrase = readonly [pattern: string, qualifier: NumberQualifier];

// Normalized phrases (lowercase, one space, straight apostrophe), longest first where one ends
// another. "en plus de" (in addition to) is not a qualifier.
const PHRASES: readonly Phrase[] = [
  ["en plus d(?:e |')", "exact"],
  ["un peu plus d(?:e |')", "more_than"],
  ["plus ou moins", "about"],
  ["plus d(?:e |')", "more_than"],
  ["plus que", "more_than"],
  ["au-delà d(?:e |')", "more_than"],
  ["supérieure?s? à", "more_than"],
  ["environ", "about"],
  ["env\\.", "about"],
  ["~", "about"],
  ["≈", "about"],
  ["près d(?:e |')", "about"],
  ["presque", "about"],
  ["quelque", "about"],
  ["de l'ordre d(?:e |')", "about"],
  ["autour d(?:e |')", "about"],
  ["aux alentours d(?:e |')", "about"],
  ["approximativement", "about"],
  ["approx\\.", "about"],
  ["à peu près", "about"],
  ["estimée?s? à", "about"],
  ["une estimation d(?:e |')", "about"],
  ["au moins", "at_least"],
  ["au minimum", "at_least"],
  ["un minimum d(?:e |')", "at_least"],
  ["minimum d(?:e |')", "at_least"],
  ["minimum", "at_least"],
  ["minimalement", "at_least"],
  ["moins d(?:e |')", "less_than"],
  ["inférieure?s? à", "less_than"],
  ["en deçà d(?:e |')", "less_than"],
  ["en dessous d(?:e |')", "less_than"],
  ["sous la barre d(?:e |es |')", "less_than"],
];

// One pattern for all phrases, each in its own group; the leftmost match is the longest phrase
// ("un peu plus de" before "plus de", "en plus de" before "plus de").
const BEFORE = new RegExp(
  `(?:^|[^A-Za-zÀ-ÖØ-öø-ÿŒœ0-9])(?:${PHRASES.map(([p]) => `(${p})`).join("|")}) ?$`,
  "u",
);
const WHOLE: readonly (readonly [RegExp, NumberQualifier])[] = PHRASES.map((
  [p, q],
) => [new RegExp(`^(?:${p}) ?$`, "u"), q]);

const AFTER: readonly (readonly [RegExp, NumberQualifier])[] = [
  [/^\s*(?:et|ou) plus\b/u, "at_least"],
  [/^\s*(?:et|ou) moins\b/u, "less_than"],
  [/^\s*(?:au )?minimum\b/u, "at_least"],
  [/^\+/u, "at_least"],
  [/^\s*environ\b/u, "about"],
];

const MINIMAL_LABEL =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿŒœ])minim(?:um|ums|al|ale|ales|aux)(?![A-Za-zÀ-ÖØ-öø-ÿŒœ])/giu;

/**
 * Normalizes a stretch of text for matching phrases: lowercase, curly apostrophes straightened,
 * every run of white space one space.
 *
 * @param s Some text.
 * @returns The normalized text.
 *
 * @example Line breaks and apostrophes
 * ```ts
 * import { normalizePhrase } from "./_qualifier.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(normalizePhrase("Plus \nd’"), "plus d'");
 * ```
 */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(/[’ʼ‘]/gu, "'").replace(/\s+/gu, " ");
}

/**
 * The qualifier that the words just before a number give it, if any: the text before `start`
 * (line breaks count as spaces) ends with a qualifying phrase. `en plus de` (in addition to)
 * gives none; a `label : number` line whose label says « minimales » (or minimum, minimal…)
 * gives `at_least`.
 *
 * @param text The text.
 * @param start Offset of the number.
 * @returns The qualifier, or `null`.
 *
 * @example Qualifying words
 * ```ts
 * import { qualifierBefore } from "./_qualifier.ts";
 * import { strictEqual } from "node:assert/strict";
 * const q = (s: string) => qualifierBefore(s, s.indexOf("#"));
 * strictEqual(q("soit plus \nde #"), "more_than");
 * strictEqual(q("près d'#"), "about");
 * strictEqual(q("en plus de #"), null);
 * strictEqual(q("Économies indirectes minimales (réseau, prévention) : #"), "at_least");
 * ```
 */
export function qualifierBefore(text: string, start: number): NumberQualifier | null {
  const window = normalizePhrase(text.slice(Math.max(0, start - 48), start));
  const m = BEFORE.exec(window);
  if (m) {
    const q = PHRASES[m.findIndex((g, k) => k > 0 && g !== undefined) - 1]![1];
    return q === "exact" ? null : q;
  }
  // The label of a `label : number` line: at most 200 characters back, within the line.
  const recent = text.slice(Math.max(0, start - 200), start);
  const line = recent.slice(recent.lastIndexOf("\n") + 1);
  if (!/minim/iu.test(line)) return null;
  let last: RegExpExecArray | null = null;
  for (const m of line.matchAll(MINIMAL_LABEL)) last = m;
  if (last) {
    const between = line.slice(last.index + last[0].length);
    if (!/\d/.test(between) && /:\s*\$?\s*$/u.test(between)) return "at_least";
  }
  return null;
}

/**
 * The qualifier that the words just after a number give it: « et plus », “ou plus”,
 * “minimum”, a glued `+` → `at_least`; “et moins” → `less_than`; « environ » → `about`.
 *
 * @param text The text.
 * @param end Offset just after the number.
 * @returns The qualifier, or `null`.
 *
 * @example Words after
 * ```ts
 * import { qualifierAfter } from "./_qualifier.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(qualifierAfter("65 ans et plus", 6), "at_least");
 * strictEqual(qualifierAfter("4 000 personnes de plus", 15), null);
 * ```
 */
export function qualifierAfter(text: string, end: number): NumberQualifier | null {
  const window = normalizePhrase(text.slice(end, end + 16));
  for (const [re, q] of AFTER) if (re.test(window)) return q;
  return null;
}

/**
 * The qualifier a whole phrase stands for, when the phrase is nothing but a qualifier
 * (`environ`, `plus de`, `au moins`): used to read a cell such as `environ 45 000 $`.
 *
 * @param phrase Text before a number.
 * @returns The qualifier, `exact` for an empty phrase, or `null` when the phrase says more.
 *
 * @example Whole phrases
 * ```ts
 * import { qualifierPhrase } from "./_qualifier.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(qualifierPhrase(" Environ "), "about");
 * strictEqual(qualifierPhrase(""), "exact");
 * strictEqual(qualifierPhrase("budget de"), null);
 * ```
 */
export function qualifierPhrase(phrase: string): NumberQualifier | null {
  const p = normalizePhrase(phrase).trim();
  if (p === "") return "exact";
  for (const [re, q] of WHOLE) if (re.test(p) || re.test(p + " ")) return q;
  return null;
}
