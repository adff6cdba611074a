/**
 * Numbers written the English way for the report's English labels (45,000, 35.5), without
 * depending on the machine's locale data.
 *
 * @module
 */

/**
 * Formats a number English-style: comma between thousands, point before decimals, at most
 * `digits` decimals (trailing zeros dropped).
 *
 * @param value The number.
 * @param digits Decimals at most. @default 2
 * @returns The text, e.g. `45,000` or `5.02`; `—` for null.
 *
 * @example
 * ```ts
 * import { formatEn } from "./format_en.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatEn(45000), "45,000");
 * strictEqual(formatEn(-1234.5), "-1,234.5");
 * ```
 */
export function formatEn(value: number | null, digits = 2): string {
  if (value === null) return "—";
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value}: not finite`);
  const fixed = Math.abs(value).toFixed(digits);
  const [whole, decimals = ""] = fixed.split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = decimals.replace(/0+$/, "");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${grouped}${trimmed ? "." + trimmed : ""}`;
}

/**
 * Formats a relative gap as a signed English percentage (`+4.17%`), or `—` when null.
 *
 * @param gap A fraction, e.g. 0.041666.
 * @returns The text.
 *
 * @example
 * ```ts
 * import { formatGapEn } from "./format_en.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatGapEn(0.041666), "+4.17%");
 * ```
 */
export function formatGapEn(gap: number | null): string {
  if (gap === null) return "—";
  return `${gap > 0 ? "+" : ""}${formatEn(gap * 100, 2)}%`;
}
