/**
 * Month names in French and English, for reading dates in running text (`10 novembre 2009`,
 * `Octobre 2025`, `July 2, 2025`).
 *
 * @module
 */

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  janvier: 1,
  "février": 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  "août": 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  "décembre": 12,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
}));

/**
 * The number (1-12) of a month named in French or English, whatever its case.
 *
 * @param word A word.
 * @returns The month's number, or `null` when the word names no month.
 *
 * @example French and English months
 * ```ts
 * import { monthNumber } from "./month_names.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(monthNumber("Octobre"), 10);
 * strictEqual(monthNumber("août"), 8);
 * strictEqual(monthNumber("July"), 7);
 * strictEqual(monthNumber("mois"), null);
 * ```
 */
export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase()) ?? null;
}

/**
 * True for an English month name (English dates put the day after the month: `July 2, 2025`).
 *
 * @param word A word.
 * @returns Whether it is an English month name.
 *
 * @example English months
 * ```ts
 * import { isEnglishMonth } from "./month_names.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(isEnglishMonth("June"), true);
 * strictEqual(isEnglishMonth("juin"), false);
 * ```
 */
export function isEnglishMonth(word: string): boolean {
  return ENGLISH.has(word.toLowerCase());
}

const ENGLISH = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
