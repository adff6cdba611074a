/**
 * The one number formatter, French and English: `10 800` / `10,800`, `5,02` / `5.02`, `+∞`.
 * French groups thousands with a no-break space (U+00A0), so an amount never breaks across lines.
 *
 * @module
 */

/** The reader's language. */
export type Lang = "fr" | "en";

/** Options for {@linkcode formatNumber}. */
export interface FormatNumberOptions {
  /** Most decimals shown. @default by magnitude: 0 from 1 000, 1 from 100, 2 from 1, 3 significant below */
  maximumFractionDigits?: number;
  /** Always show a sign (`+10`, `−390`). @default false */
  signed?: boolean;
}

/** The no-break space that groups thousands in French. */
export const NBSP = "\u00A0";

/**
 * How many decimals a number shows when none is asked for: none from 1 000 up, one from 100,
 * two from 1, and three significant digits below 1.
 *
 * @param x The number.
 * @returns The decimals.
 *
 * @example
 * ```ts
 * import { defaultDigits } from "./number.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual([10800, 135.5, 5.02, 0.398406, 0].map(defaultDigits), [0, 1, 2, 3, 0]);
 * ```
 */
export function defaultDigits(x: number): number {
  const a = Math.abs(x);
  if (a >= 1000) return 0;
  if (a >= 100) return 1;
  if (a >= 1) return 2;
  if (a === 0) return 0;
  return Math.min(12, 2 - Math.floor(Math.log10(a)));
}

/**
 * The `Intl.NumberFormat` of each locale and number of decimals, made once: making one costs a
 * hundred times more than using it.
 */
export const NUMBER_FORMATS: Map<string, Intl.NumberFormat> = new Map();

/**
 * Formats a number for a reader.
 *
 * @param x The number.
 * @param lang `fr` or `en`.
 * @param options Decimals, sign.
 * @returns The text (`−` for minus, `+∞`/`−∞` for infinities).
 * @throws {RangeError} On NaN: a NaN is a bug upstream and is never shown.
 *
 * @example
 * ```ts
 * import { formatNumber } from "./number.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatNumber(10800, "fr"), "10\u00A0800");
 * strictEqual(formatNumber(10800, "en"), "10,800");
 * strictEqual(formatNumber(5.02, "fr"), "5,02");
 * strictEqual(formatNumber(0.398406, "fr"), "0,398");
 * strictEqual(formatNumber(-390, "en", { signed: true }), "−390");
 * strictEqual(formatNumber(Infinity, "fr"), "+∞");
 * ```
 */
export function formatNumber(x: number, lang: Lang, options: FormatNumberOptions = {}): string {
  if (Number.isNaN(x)) throw new RangeError("Cannot format NaN: a value upstream is not a number");
  if (x === Infinity) return "+∞";
  if (x === -Infinity) return "−∞";
  const digits = options.maximumFractionDigits ?? defaultDigits(x);
  const key = `${lang} ${digits}`;
  let format = NUMBER_FORMATS.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === "fr" ? "fr-CA" : "en-CA", {
      maximumFractionDigits: digits,
      useGrouping: true,
    });
    NUMBER_FORMATS.set(key, format);
  }
  const text = format.format(Math.abs(x));
  const grouped = lang === "fr" ? text.replace(/[\u202F\u00A0 ]/g, NBSP) : text;
  const zero = !/[1-9]/.test(grouped);
  const sign = x < 0 && !zero ? "−" : options.signed && x > 0 && !zero ? "+" : "";
  return sign + grouped;
}

/**
 * Formats a relative gap as a percentage: `+15 %`, `−7,5 %`.
 *
 * @param gap The gap as a fraction (0.15).
 * @param lang `fr` or `en`.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatGap } from "./number.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatGap(0.15, "fr"), "+15\u00A0%");
 * strictEqual(formatGap(-0.075, "en"), "−7.5%");
 * ```
 */
export function formatGap(gap: number, lang: Lang): string {
  const text = formatNumber(gap * 100, lang, {
    signed: true,
    maximumFractionDigits: Math.abs(gap) < 0.1 ? 1 : 0,
  });
  return lang === "fr" ? `${text}${NBSP}%` : `${text}%`;
}
