/**
 * How a figure's value is printed in its excerpt: in digits (`2 300`, `182,2`, `3000$`), which
 * fixes its precision, or not at all (the value is then read from words, and the figure says how).
 *
 * @module
 */

/** A number as printed. */
export interface PrintedDigits {
  /** The digits as printed, normalized (`2300`, `182.2`). */
  readonly digits: string;
  /** The unit of the last printed digit (`182,2` → 0.1, `2 300` → 1). */
  readonly lastDigit: number;
  /** The unit of the last non-zero digit (`2 300` → 100; a printed decimal counts: `3,0` → 0.1). */
  readonly lastSignificant: number;
}

// An integer part grouped by spaces in threes (French: 2 300, 440 000), or plain digits (2733),
// then an optional decimal part after a comma (French) or a point (English).
const NUMBER_IN_TEXT = /(?<![\d,.])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d+)(?:[,.](\d+))?/gu;

/**
 * The numbers printed in digits in a text, with their precision.
 *
 * @param text An excerpt.
 * @returns Each number, in order.
 *
 * @example
 * ```ts
 * import { printedNumbers } from "./printed_number.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(printedNumbers("182,2 364,4 546,6 728,8 911 2733").map((n) => n.digits),
 *   ["182.2", "364.4", "546.6", "728.8", "911", "2733"]);
 * deepStrictEqual(printedNumbers("plus de 2 300 travailleurs")[0], { digits: "2300", lastDigit: 1, lastSignificant: 100 });
 * ```
 */
export function printedNumbers(text: string): PrintedDigits[] {
  const out: PrintedDigits[] = [];
  for (const m of text.matchAll(NUMBER_IN_TEXT)) {
    const whole = m[1]!.replace(/[ \u00A0\u202F]/gu, "");
    const decimals = m[2] ?? "";
    const digits = decimals === "" ? whole : `${whole}.${decimals}`;
    let lastDigit: number;
    let lastSignificant: number;
    if (decimals !== "") {
      lastDigit = 10 ** -decimals.length;
      lastSignificant = lastDigit;
    } else {
      lastDigit = 1;
      const zeros = /0*$/.exec(whole)![0].length;
      lastSignificant = zeros === whole.length ? 1 : 10 ** zeros;
    }
    out.push({ digits, lastDigit: round(lastDigit), lastSignificant: round(lastSignificant) });
  }
  return out;
}

function round(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The printed form of a value in an excerpt, when the excerpt prints it in digits.
 *
 * @param value The figure's value (in the unit the memo prints it in).
 * @param excerpt The excerpt.
 * @returns Its printed form, or `null` when no number of the excerpt is that value.
 *
 * @example
 * ```ts
 * import { findPrinted } from "./printed_number.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(findPrinted(2.5, "de 2,5 millions $ par tranche de")?.lastDigit, 0.1);
 * strictEqual(findPrinted(3, "emploie trois personnes"), null);
 * ```
 */
export function findPrinted(value: number, excerpt: string): PrintedDigits | null {
  return printedNumbers(excerpt).find((n) => Number(n.digits) === value) ?? null;
}

// Number words (a first list; see find_numbers.ts for the full reader).
const WORDS: readonly (readonly [RegExp, number])[] = [
  [/(?<!\p{L})deux\s+(?:dernières\s+)?décennies(?!\p{L})/u, 20],
  [/(?<!\p{L})d['’]une\s+décennie(?!\p{L})/u, 10],
  [/(?<!\p{L})un\s+(?:\p{L}+\s+)?sur\s+trois(?!\p{L})/u, 100 / 3],
  [/(?<!\p{L})un\s+(?:an|mois)(?!\p{L})/u, 1],
  [/(?<!\p{L})un\s+million(?!\p{L})|(?<!\p{L})d['’]un\s+million(?!\p{L})/u, 1e6],
  [/(?<!\p{L})moitié(?!\p{L})/u, 50],
  [/(?<!\p{L})doubler(?!\p{L})/u, 2],
  [/(?<!\p{L})quintupler(?!\p{L})/u, 5],
  [/(?<!\p{L})cinquantaine(?!\p{L})/u, 50],
  [/(?<!\p{L})deux(?!\p{L})/u, 2],
  [/(?<!\p{L})trois(?!\p{L})/u, 3],
  [/(?<!\p{L})quatre(?!\p{L})/u, 4],
  [/(?<!\p{L})cinq(?!\p{L})/u, 5],
  [/(?<!\p{L})huit(?!\p{L})/u, 8],
];

/**
 * Whether an excerpt gives a value in words (« trois », « moitié », « doubler », « une
 * cinquantaine », « un an »).
 *
 * @param value The figure's value.
 * @param excerpt The excerpt.
 * @returns `true` when a number word of the excerpt means that value.
 *
 * @example
 * ```ts
 * import { givesInWords } from "./printed_number.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(givesInWords(3, "emploie trois personnes"), true);
 * strictEqual(givesInWords(4, "emploie trois personnes"), false);
 * ```
 */
export function givesInWords(value: number, excerpt: string): boolean {
  const text = excerpt.toLowerCase();
  return WORDS.some(([re, v]) => Math.abs(v - value) <= 1e-6 * Math.max(1, Math.abs(v)) && re.test(text));
}
