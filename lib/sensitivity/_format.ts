/**
 * Number formatting for the one-line descriptions: 4 significant digits, English or French
 * (Canada) grouping, the same on every machine (ICU data ships with Deno).
 *
 * @module
 */

/** The languages of the descriptions. */
export type Locale = "en" | "fr";

const formats = {
  en: new Intl.NumberFormat("en-CA", { maximumSignificantDigits: 4 }),
  fr: new Intl.NumberFormat("fr-CA", { maximumSignificantDigits: 4 }),
};

/**
 * A number with 4 significant digits.
 *
 * @param x The number.
 * @param locale `en` (1,060) or `fr` (1 060).
 * @returns The text.
 */
export function formatNumber(x: number, locale: Locale): string {
  return formats[locale].format(x === 0 ? 0 : x).replace(/\u202f/g, "\u00a0");
}

/**
 * An integer with full digits (sample counts).
 *
 * @param n The integer.
 * @param locale `en` or `fr`.
 * @returns The text.
 */
export function formatCount(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "en" ? "en-CA" : "fr-CA").format(n).replace(
    /\u202f/g,
    "\u00a0",
  );
}
