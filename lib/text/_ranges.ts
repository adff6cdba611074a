/**
 * Joins two numbers that print one range (« de 25 à 30 % », “entre 5 et 10”, `27–29`), and
 * tells a range from a change “de X à Y” (“doubler … de 500 à 1 000”), which states two
 * numbers.
 *
 * @module
 */
import type { Draft } from "./_scan.ts";

// Verbs (and nouns) of change after which “de X à Y” reads "from X to Y".
const MULTIPLY_OR_MOVE =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿŒœ])(?:doubl|tripl|quadrupl|quintupl|sextupl|d[ée]cupl|centupl|multipli|pass(?:er|e|es|é|ée|és|ées|ant|ait|aient|era|erait|eront|ent)(?![A-Za-zÀ-ÖØ-öø-ÿŒœ]))/iu;
const INCREASE =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿŒœ])(?:augment|accro[iî]|hauss|rehauss|cro[iî]|élarg|bonifi|progress|évolu|port(?:er|é|ée|és|ées|ant|ait|era|erait)(?![A-Za-zÀ-ÖØ-öø-ÿŒœ]))[A-Za-zÀ-ÖØ-öø-ÿŒœ]*/giu;
const SENTENCE_END = /[.!?;\u00AB\u00BB](?!\d)/gu;

/**
 * Joins ranges in a list of drafts (in text order) and returns the new list.
 *
 * Two quantities joined by « à » after « de » (or « et » after « entre »), or by a dash with no
 * space (`25-30 %`, `27–29`), become one mention with qualifier `range`, `value` the low end and
 * `valueHigh` the high end, when neither end has a qualifier of its own, both ends are in the
 * same unit (the low end may print none: « de 25 à 30 % ») and the high end is the larger.
 *
 * A change is not a range: “de X à Y” stays two exact quantities, the first taking the unit of
 * the second, when the sentence before it holds
 *
 * - a multiplying or moving verb anywhere (“doubler le nombre de postes … de 500 à 1 000”,
 *   “quintupler … de 450 à 2 250”, “passer de 30 à 25 %”); or
 * - a verb or noun of increase (augmenter, accroître, hausser, élargir, bonifier, porter, …)
 *   with words between it and “de X” (“augmenter le nombre d'OC de 450 à 2 250”). Right
 *   before “de X” it reads "by": “une hausse de 10 à 15 %” is a range, and so is
 *   “réduit le roulement de 25 à 30 %” (a decrease by 25 to 30 %).
 *
 * After a page or reference (`p 5 à 24`, `pages 14 à 17`, `points 1 et 2`), the next number
 * takes the same role, and « à » or a dash makes a range of them.
 *
 * @param text The text the drafts come from.
 * @param drafts The drafts, in order.
 * @returns The drafts with ranges joined.
 *
 * @example A range and a change
 * ```ts
 * import { joinRanges } from "./_ranges.ts";
 * import { scanNumbers } from "./_scan.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const read = (s: string) =>
 *   joinRanges(s, scanNumbers(s)).map((d) => [d.text, d.value, d.valueHigh, d.qualifier]);
 * deepStrictEqual(read("de 25 à 30 %"), [["25 à 30 %", 25, 30, "range"]]);
 * deepStrictEqual(read("doubler les postes de 500 à 1 000"), [
 *   ["doubler", 2, undefined, "exact"],
 *   ["500", 500, undefined, "exact"],
 *   ["1 000", 1000, undefined, "exact"],
 * ]);
 * ```
 */
export function joinRanges(text: string, drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k]!;
    const b = drafts[k + 1];
    if (!b) {
      out.push(a);
      continue;
    }
    const between = text.slice(a.end, b.start);
    const cited = a.role === "citation" || a.role === "reference_number";
    const plainB = b.role === "quantity" && b.bare && b.qualifier === "exact";
    if (cited && (plainB || b.role === a.role)) {
      const plain = a.unit === null && b.unit === null && a.valueHigh === undefined &&
        b.valueHigh === undefined;
      if (plain && /^\s*(?:à|au|-|–)\s*$/u.test(between) && b.value > a.value) {
        out.push(merge(text, a, b, a.role));
        k++;
        continue;
      }
      if (plainB && /^\s*(?:et|,)\s*$/u.test(between)) b.role = a.role;
      out.push(a);
      continue;
    }
    if (a.role !== "quantity" || b.role !== "quantity") {
      out.push(a);
      continue;
    }
    if (a.qualifier !== "exact" || b.qualifier !== "exact") {
      out.push(a);
      continue;
    }
    if (a.unit !== null && a.unit !== b.unit) {
      out.push(a);
      continue;
    }
    const before = text.slice(Math.max(0, a.start - 8), a.start);
    const dash = /^[-–]$/u.test(between) && a.form === "digits" && b.form === "digits";
    const deA = /^\s+(?:à|au)\s+$/u.test(between) &&
      /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿŒœ])(?:de|d['’])\s*$/iu.test(before);
    const entreEt = /^\s+et\s+$/u.test(between) &&
      /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿŒœ])entre\s*$/iu.test(before);
    if (!dash && !deA && !entreEt) {
      out.push(a);
      continue;
    }
    if (b.value <= a.value || (deA && isChange(text, a.start))) {
      if (a.unit === null && b.unit !== null && deA) a.unit = b.unit;
      out.push(a);
      continue;
    }
    out.push(merge(text, a, b, "quantity"));
    k++;
  }
  return out;
}

function merge(text: string, a: Draft, b: Draft, role: Draft["role"]): Draft {
  const m: Draft = {
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    value: a.value,
    valueHigh: b.value,
    form: a.form === b.form ? a.form : "digits",
    lastDigit: Math.min(a.lastDigit, b.lastDigit),
    lastSignificant: Math.min(a.lastSignificant, b.lastSignificant),
    unit: b.unit ?? a.unit,
    qualifier: "range",
    role,
    bare: false,
  };
  if (b.scale !== undefined) m.scale = b.scale;
  return m;
}

/** Whether “de X” at `start` follows a verb of change in its sentence (see joinRanges). */
function isChange(text: string, start: number): boolean {
  let from = Math.max(0, start - 200);
  const window = text.slice(from, start);
  let cut = 0;
  for (const m of window.matchAll(SENTENCE_END)) cut = m.index + 1;
  from += cut;
  const sentence = text.slice(from, start);
  if (MULTIPLY_OR_MOVE.test(sentence)) return true;
  for (const m of sentence.matchAll(INCREASE)) {
    const rest = sentence.slice(m.index + m[0].length);
    if (!/^\s*(?:de|d['’])\s*$/iu.test(rest)) return true;
  }
  return false;
}
