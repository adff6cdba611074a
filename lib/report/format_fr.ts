/**
 * Numbers written the French way for the report and the notebooks (45 000, 35,5), without
 * depending on the machine's locale data: the same text on every machine.
 *
 * @module
 */

/**
 * Formats a number French-style: narrow no-break space between thousands, comma before
 * decimals, at most `digits` decimals (trailing zeros dropped).
 *
 * @param value The number.
 * @param digits Decimals at most. @default 2
 * @returns The text, e.g. `45 000` or `5,02`; `—` for null.
 *
 * @example
 * ```ts
 * import { formatFr } from "./format_fr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatFr(45000), "45\u202F000");
 * strictEqual(formatFr(0.0502 * 100), "5,02");
 * strictEqual(formatFr(-1234.5), "−1\u202F234,5");
 * ```
 */
export function formatFr(value: number | null, digits = 2): string {
  if (value === null) return "—";
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}: not finite`);
  const fixed = Math.abs(value).toFixed(digits);
  const [whole, decimals = ""] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202F");
  const trimmed = decimals.replace(/0+$/, "");
  const sign = value < 0 && Number(fixed) !== 0 ? "−" : "";
  return `${sign}${grouped}${trimmed ? "," + trimmed : ""}`;
}

/**
 * Formats a relative gap as a signed French percentage (`+4,2 %`), or `—` when null.
 *
 * @param gap A fraction, e.g. 0.0417.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatGapFr } from "./format_fr.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatGapFr(0.041666), "+4,17\u00A0%");
 * ```
 */
export function formatGapFr(gap: number | null): string {
  if (gap === null) return "—";
  const text = formatFr(gap * 100, 2);
  return `${gap > 0 ? "+" : ""}${text}\u00A0%`;
}
