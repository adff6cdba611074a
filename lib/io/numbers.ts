/**
 * Reading and writing numbers in CSV cells, strictly: a cell is either read as the number it
 * says, or refused with the reason. Nothing is guessed, and NaN or Infinity never pass.
 *
 * @module
 */

/** How numbers are written in a file. */
export type NumberLocale = "en" | "fr";

/** The largest magnitude a cell may hold: beyond it a float no longer keeps every digit. */
export const MAX_CELL_MAGNITUDE = 1e15;

/** The result of reading a number cell: the number, or why it was refused. */
export type NumberReading = { ok: true; value: number } | { ok: false; expected: string };

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
// French: digits grouped by spaces (ordinary, no-break or narrow no-break), decimal comma,
// an optional trailing "$" or "%".
const FRENCH = /^([+-]?)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(\d+))?\s*(\$|%)?$/;

/**
 * Reads one cell as a number.
 *
 * - `en` (the default, the format of `data/`): plain decimals with a point, `45000`, `35.5`,
 *   `-0.25`, `1e3`.
 * - `fr` (French spreadsheet exports): `45 000 $`, `35,5 %`, `182,2`, `2 733`; spaces group
 *   thousands, the comma is the decimal mark, a trailing `$` or `%` is dropped (the unit comes
 *   from the table, not the cell). A point is refused: in French it is neither.
 *
 * @param text The cell's text (already trimmed or not).
 * @param locale How the file writes numbers. @default "en"
 * @returns The number, or what was expected instead.
 *
 * @example French spreadsheet values
 * ```ts
 * import { readNumber } from "./numbers.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(readNumber("45 000 $", "fr"), { ok: true, value: 45000 });
 * deepStrictEqual(readNumber("35,5 %", "fr"), { ok: true, value: 35.5 });
 * deepStrictEqual(readNumber("182,2", "en").ok, false);
 * ```
 */
export function readNumber(text: string, locale: NumberLocale = "en"): NumberReading {
  const cell = text.trim();
  if (cell === "") return { ok: false, expected: "a number, not an empty cell" };
  let value: number;
  if (locale === "en") {
    if (!PLAIN.test(cell)) {
      const hint = FRENCH.test(cell)
        ? ' (this looks like a French number: load the file with locale "fr")'
        : "";
      return { ok: false, expected: `a plain number such as 45000 or 35.5${hint}` };
    }
    value = Number(cell);
  } else {
    const match = FRENCH.exec(cell);
    if (!match) {
      return {
        ok: false,
        expected: "a French-format number such as 45 000, 35,5 or 182,2 (spaces between " +
          "thousands, comma before decimals, optional $ or %)",
      };
    }
    const [, sign, whole, decimals] = match;
    value = Number(`${sign}${whole!.replace(/[ \u00A0\u202F]/g, "")}.${decimals ?? "0"}`);
  }
  if (!Number.isFinite(value) || Math.abs(value) > MAX_CELL_MAGNITUDE) {
    return { ok: false, expected: `a finite number no larger than ${MAX_CELL_MAGNITUDE} in size` };
  }
  if ((value === 0 && /[1-9]/.test(cell.replace(/e.*$/i, ""))) || (value !== 0 && Math.abs(value) < 2.2250738585072014e-308)) {
    return {
      ok: false,
      expected: "a number a float can hold: this one is too small and reads as 0",
    };
  }
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/**
 * Writes a number as a plain decimal for a CSV cell: no exponent, no thousands separator, and
 * no float noise (`0.1 + 0.2` is written `0.3`): at most 12 significant digits.
 *
 * @param value A finite number.
 * @returns Its text.
 * @throws {RangeError} On NaN or an infinite value.
 *
 * @example
 * ```ts
 * import { formatPlainNumber } from "./numbers.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatPlainNumber(0.1 + 0.2), "0.3");
 * strictEqual(formatPlainNumber(2733), "2733");
 * strictEqual(formatPlainNumber(-0.0000012), "-0.0000012");
 * ```
 */
export function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot write number ${value}: value is not finite`);
  }
  const rounded = Number(value.toPrecision(12));
  if (rounded === 0) return "0";
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1e21) return BigInt(rounded).toString();
  const digits = Math.max(0, 11 - Math.floor(Math.log10(Math.abs(rounded))));
  return rounded.toFixed(Math.min(digits, 100)).replace(/\.?0+$/, "");
}
