/**
 * Verdicts in the report: a badge (mark and word, readable without colour) and the legend that
 * says what each word means — both from the one verdict vocabulary of `lib/format`.
 *
 * @module
 */
import { verdictWords } from "../format/verdict_words.ts";
import { type Verdict, VERDICTS } from "../rules/verdict.ts";
import { both, t } from "./_html.ts";

/**
 * A verdict's badge: `✅ cohérent`.
 *
 * @param verdict The verdict.
 * @returns `<span class="verdict v-…">`.
 *
 * @example
 * ```ts
 * import { verdictBadge } from "./verdict_html.ts";
 * import { ok } from "node:assert/strict";
 * ok(verdictBadge("inconsistent").includes("incohérent"));
 * ```
 */
export function verdictBadge(verdict: Verdict): string {
  const fr = verdictWords(verdict, "fr");
  const en = verdictWords(verdict, "en");
  return `<span class="verdict v-${verdict}"><span class="mark" aria-hidden="true">${fr.mark}</span> ${
    both(t(fr.word), t(en.word, "en"))
  }</span>`;
}

/**
 * The legend: each verdict with what it means, and how a number is read.
 *
 * @returns `<section id="legende">`.
 *
 * @example
 * ```ts
 * import { legendHtml } from "./verdict_html.ts";
 * import { ok } from "node:assert/strict";
 * const html = legendHtml();
 * for (const word of ["cohérent", "approximatif", "incohérent", "invérifiable", "ambigu"]) ok(html.includes(word));
 * ```
 */
export function legendHtml(): string {
  const order: readonly Verdict[] = [
    "consistent",
    "approximate",
    "inconsistent",
    "ambiguous",
    "unverifiable",
  ];
  const rows = order.filter((v) => VERDICTS.includes(v)).map((v) =>
    `<div class="legend-row"><dt>${verdictBadge(v)}</dt><dd>${
      both(t(verdictWords(v, "fr").meaning), t(verdictWords(v, "en").meaning, "en"))
    }</dd></div>`
  ).join("");
  const reading = both(
    "Un nombre d’un mémoire n’est pas un point&nbsp;: ses chiffres et ses mots disent sa précision. recompte le lit de deux façons. " +
      "<b>Strictement</b>&nbsp;: un 4&nbsp;000 imprimé va de 3&nbsp;999,5 à 4&nbsp;000,5&nbsp;; précédé de <i>plus de</i>, 2&nbsp;300 veut dire 2&nbsp;300 ou plus. " +
      "<b>En lisant un nombre rond comme arrondi</b>&nbsp;: 4&nbsp;000 va de 3&nbsp;500 à 4&nbsp;500. " +
      "Chaque calcul est refait avec les chiffres du mémoire lui-même, lus de ces deux façons.",
    "A number in a memo is not a point: its digits and words say how precise it is. recompte reads it two ways. " +
      "<b>Strictly</b>: a printed 4,000 runs from 3,999.5 to 4,000.5; after <i>plus de</i> (more than), 2,300 means 2,300 or more. " +
      "<b>Reading a round number as rounded</b>: 4,000 runs from 3,500 to 4,500. " +
      "Every calculation is redone with the memo's own figures, read both ways.",
    "p",
  );
  return `<section id="legende" class="legend"><h2>${
    both("Ce que veulent dire les verdicts", "What the verdicts mean")
  }</h2><dl>${rows}</dl>${reading}</section>`;
}
