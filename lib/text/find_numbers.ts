/**
 * Every number a memo mentions, in digits or in words, with its unit, precision, qualifier and
 * role — so that figures can be checked against their excerpts and a coverage report can tell
 * the numbers that count something from phone numbers, addresses, footnote markers and page
 * footers.
 *
 * The rules for ambiguous cases are listed in {@linkcode findNumbers}.
 *
 * @module
 */
import { type Draft, scanNumbers } from "./_scan.ts";
import { joinRanges } from "./_ranges.ts";
import { qualifierPhrase } from "./_qualifier.ts";
import type { NumberMention } from "./number_mention.ts";

export type { NumberForm, NumberMention, NumberQualifier, NumberRole } from "./number_mention.ts";
export { valuesIn } from "./values_in.ts";
export type { ValueReading } from "./values_in.ts";

/**
 * Finds every number mentioned in a text, in text order, never overlapping.
 *
 * What is read:
 *
 * - digits in French typography (`45 000 $`, `35,5 %`, `182,2`; spaces, no-break and narrow
 *   no-break spaces group thousands, never a line break) and English (`2.5M$`, `35.5%`,
 *   `1,000,000`); `$` before or after; `M$`, `M $`, `millions $`, `millions de dollars`,
 *   `milliard(s)` (in `MCAD`), `k$` (in `CAD`); `%`, `pour cent`;
 * - dates: `10 novembre 2009`, `le 28 mai 2009`, `1er juin 2009` (also `1\ner\n juin 2009` as the
 *   extraction split it), `Octobre 2025`, `July 2, 2025`, `2022-09-24`, years 1900-2100, decades
 *   (`les années 1970`), spans of years (`1960-2002`); fiscal years `2025-2026`, `2025-26`,
 *   `2026-\n2027` (`value` 2026, `valueHigh` 2027);
 * - words: cardinals (`trois`, `huit`, `vingt-deux`, `deux cents`, `un million`), durations
 *   (`cinq ans`, `une décennie` = 10 years, `deux dernières décennies` = 20 years, `un mois`),
 *   approximations (`une cinquantaine` = 50, about), multipliers (`doubler` = 2, `quintupler` = 5,
 *   unit `count`), fractions in percent (`moitié` = 50, `deux tiers` = 66.67, `un quart` = 25)
 *   and ratios (`un organisme sur trois` = 33.33 percent, rounded to hundredths; `valuesIn` also
 *   gives 100/3).
 *
 * Rules for ambiguous cases:
 *
 * 1. `3,333` (one comma, then exactly three digits, no other grouping): the French reading 3.333
 *    is the value; `ambiguous` is set and the English reading 3 333 is in `alternatives`. Two
 *    comma groups (`1,000,000`) or a comma group before a decimal point (`3,333.50`) are English
 *    thousands. A point is always a decimal point (`3.333` = 3.333), unless it groups thousands
 *    twice (`1.000.000`).
 * 2. Spaces group thousands only into groups of exactly three digits: `182,2 364,4 911 2733` is
 *    four numbers; a row of three-digit integers (`911 273`) would read as one number.
 * 3. `un` / `une` are numbers only before `million`, `milliard`, a duration (`un an`, `un mois`,
 *    `une décennie`, `un siècle`; not `une année`, too often an article), a fraction (`un tiers`),
 *    an approximation (`une dizaine`) or in a ratio (`un … sur trois`). `neuf` after a noun
 *    (`argent neuf et récurrent`) is the adjective; `aux quatre coins` is an idiom; `des
 *    centaines`, `des milliers` are too vague to be numbers.
 * 4. A four-digit number from 1900 to 2100, ungrouped and without a unit, is a year (unit `date`)
 *    unless a qualifier precedes it (`plus de 2000` is a count) or a plural noun follows it
 *    (`2000 personnes`). `2 000` (grouped) is never a year. A year in parentheses after a name
 *    in running text (`Normandin-Beaudry (2025)`, `(2001)`) stays a date; only `(2025, p. 4)`
 *    and years inside a cited note or reference entry are citations.
 * 5. `10M` (an `M` with no `$`) keeps `value` 10 with `unit` null and `scale` 1e6; `2,5 millions`
 *    without `$` or `dollars` is multiplied out (2 500 000, unit null, `scale` 1e6); money is in
 *    `MCAD` (`2,5 millions $` → 2.5).
 * 6. “de X à Y” and “entre X et Y” make one range mention when neither end is qualified, the
 *    units agree and Y > X; with a verb of change (`doubler`, `quintupler`, `passer`, or
 *    `augmenter`, `élargir`, … not directly followed by “de X”) it is a change from X to Y and
 *    both are reported as exact quantities (see `joinRanges`). `(de ~8 % à environ 3 %)` is two
 *    mentions, both `about`. A decreasing “de 8 % à 3 %” is always two mentions.
 * 7. Roles (see {@linkcode NumberRole}): digits inside web addresses, e-mails, phone numbers and
 *    postal codes take those roles; a number glued to a word or a closing parenthesis
 *    (`fondatrice1`, `(51 %)3`) is a footnote marker, and so is `N` opening the line of the note
 *    it calls; `(21)`, `article 32`, `région 03`, `annexe 1`, `2e partie`, `c. A-32`, `COVID-19`
 *    are reference numbers, and so is `(9,10)` when the text numbers references in parentheses
 *    (two `(N)` at least; otherwise it is the decimal 9.10); `N.` or `N Capitalized` at the start of a line numbered 1 or following N − 1 is a
 *    list marker; a number ending a line of text after two spaces, alone on its line, or between
 *    dashes (`– 30 –`) is a page number; in a note or reference entry that cites a document
 *    (a year, `p. N`, a web address, `(Montréal : …`), unqualified plain digits, dates and
 *    reference numbers are citations, while numbers with a unit, numbers in words and numbers
 *    inside « » keep their role (`22,9 M $`, `trois régions`, `+47%` stay quantities);
 *    `p. 4`, `pages 14 à 17`, `38 p.` are citations anywhere.
 * 8. Qualifiers come from the words before the number (line breaks count as spaces): see
 *    {@linkcode NumberQualifier}; `en plus de` (in addition to) is no qualifier; `au plus`,
 *    `jusqu'à` leave a number `exact` (there is no “at most” qualifier).
 *
 * @param text A memo's text (or any excerpt).
 * @returns Its number mentions.
 *
 * @example Reading a memo's sentence
 * ```ts
 * import { findNumbers } from "./find_numbers.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const text = "Cela permet à plus de 5 000 personnes, soit plus \nde 2 300 travailleurs.";
 * deepStrictEqual(
 *   findNumbers(text).map((m) => [m.text, m.value, m.qualifier, m.lastSignificant, m.line]),
 *   [["5 000", 5000, "more_than", 1000, 1], ["2 300", 2300, "more_than", 100, 2]],
 * );
 * ```
 *
 * @example Money, percent, dates and words
 * ```ts
 * import { findNumbers } from "./find_numbers.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const text = "de 2,5 millions $ (de ~8 % à environ 3 %), le 1er juin 2009, trois personnes";
 * deepStrictEqual(
 *   findNumbers(text).map((m) => [m.text, m.value, m.unit, m.qualifier, m.form]),
 *   [
 *     ["2,5 millions $", 2.5, "MCAD", "exact", "digits"],
 *     ["8 %", 8, "percent", "about", "digits"],
 *     ["3 %", 3, "percent", "about", "digits"],
 *     ["1er juin 2009", 2009, "date", "exact", "digits"],
 *     ["trois", 3, null, "exact", "words"],
 *   ],
 * );
 * ```
 */
export function findNumbers(text: string): NumberMention[] {
  const drafts = joinRanges(text, scanNumbers(text, { layout: true }));
  return finish(text, drafts);
}

/**
 * Reads one cell-like string as a single number mention: `45 000 $`, `2,5 M$`, `35,5 %`,
 * `trois`, `environ 8 %` (a qualifier before the number is allowed), `de 25 à 30 %`, `(21)`.
 * Nothing but white space, brackets, quotes and punctuation may surround the number: `5 000
 * personnes` is not a cell (use {@linkcode findNumbers}). The layout rules of
 * {@linkcode findNumbers} (page numbers, list markers, notes) do not apply.
 *
 * @param text The string.
 * @returns The mention, or `null` when the string holds no number, several numbers, or words
 * other than a qualifier around its number.
 *
 * @example Cells
 * ```ts
 * import { parseNumberExpression } from "./find_numbers.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const read = (s: string) => {
 *   const m = parseNumberExpression(s);
 *   return m && [m.value, m.unit, m.qualifier];
 * };
 * deepStrictEqual(read("45 000 $"), [45000, "CAD", "exact"]);
 * deepStrictEqual(read("2,5 M$"), [2.5, "MCAD", "exact"]);
 * deepStrictEqual(read(" environ 8 % "), [8, "percent", "about"]);
 * deepStrictEqual(read("trois"), [3, null, "exact"]);
 * strictEqual(read("45 000 $ et 3 %"), null);
 * strictEqual(read("budget de 45 000 $"), null);
 * ```
 */
export function parseNumberExpression(text: string): NumberMention | null {
  const drafts = joinRanges(text, scanNumbers(text, { layout: false }));
  if (drafts.length !== 1) return null;
  const m = finish(text, drafts)[0]!;
  let prefix = text.slice(0, m.start).replace(/[\s(\[\u00AB"“]+$/u, " ");
  if (m.qualifier === "range") prefix = prefix.replace(/(?:^|\s)(?:de|d['’]|entre)\s*$/iu, "");
  if (qualifierPhrase(prefix) === null) return null;
  if (!/^[\s.,;:)\]»"”]*$/u.test(text.slice(m.end))) return null;
  return m;
}

function finish(text: string, drafts: readonly Draft[]): NumberMention[] {
  const out: NumberMention[] = [];
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf("\n");
  for (const d of drafts) {
    while (nextBreak >= 0 && nextBreak < d.start) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf("\n", lineStart);
    }
    const { bare: _bare, ...rest } = d;
    const m: NumberMention = {
      start: rest.start,
      end: rest.end,
      line,
      column: d.start - lineStart + 1,
      text: rest.text,
      value: rest.value,
      form: rest.form,
      lastDigit: rest.lastDigit,
      lastSignificant: rest.lastSignificant,
      unit: rest.unit,
      qualifier: rest.qualifier,
      role: rest.role,
    };
    if (rest.valueHigh !== undefined) m.valueHigh = rest.valueHigh;
    if (rest.date !== undefined) m.date = rest.date;
    if (rest.scale !== undefined) m.scale = rest.scale;
    if (rest.ambiguous) {
      m.ambiguous = true;
      m.alternatives = [...(rest.alternatives ?? [])];
    }
    out.push(m);
  }
  return out;
}
