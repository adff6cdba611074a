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

/** A French number (`45 000,50 $`) written plainly (`45000.50`), from its match of `FRENCH`. */
function plainFromFrench([, sign, whole, decimals]: RegExpExecArray): string {
  return `${sign}${whole!.replace(/[ \u00A0\u202F]/g, "")}${decimals ? `.${decimals}` : ""}`;
}

/**
 * Reads one cell as a number.
 *
 * - `en` (the default, the format of `data/`): plain decimals with a point, `45000`, `35.5`,
 *   `-0.25`, `1e3`; a sign and white space around the number are allowed (`+7`, ` 7 `), digits
 *   of other scripts, `_`, hexadecimal and the words `NaN` and `Infinity` are not. A French-looking
 *   number is refused with its plain form (`35,5 %`: write it 35.5).
 * - `fr` (French spreadsheet exports): `45 000`, `35,5`, `182,2`, `2 733`; spaces group
 *   thousands, the comma is the decimal mark. A point is refused: in French it is neither. A
 *   trailing `$` or `%` is read only where the column's unit is the one it names
 *   (`options.sign`): `12 %` in a column of fractions would otherwise load as 12.
 *
 * @param text The cell's text (already trimmed or not).
 * @param locale How the file writes numbers. @default "en"
 * @param options The sign a French number may end with, from the column's unit: `%` for a column
 *   in percent, `$` for one in dollars. @default none: a cell ending in `%` or `$` is refused
 * @returns The number, or what was expected instead.
 *
 * @example French spreadsheet values
 * ```ts
 * import { readNumber } from "./numbers.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(readNumber("45 000 $", "fr", { sign: "$" }), { ok: true, value: 45000 });
 * deepStrictEqual(readNumber("35,5 %", "fr", { sign: "%" }), { ok: true, value: 35.5 });
 * deepStrictEqual(readNumber("12 %", "fr"), {
 *   ok: false,
 *   expected: 'a number without "%": this column\'s unit is not percent; write the number in the column\'s unit',
 * });
 * deepStrictEqual(readNumber("182,2", "en"), {
 *   ok: false,
 *   expected: "a plain number such as 45000 or 35.5 (this looks like a French number: write it 182.2)",
 * });
 * ```
 */
export function readNumber(
  text: string,
  locale: NumberLocale = "en",
  options: { readonly sign?: "%" | "$" } = {},
): NumberReading {
  const cell = text.trim();
  if (cell === "") return { ok: false, expected: "a number, not an empty cell" };
  let value: number;
  if (locale === "en") {
    if (!PLAIN.test(cell)) {
      // The files of data/ have no French locale: say how to write the number plainly.
      const french = FRENCH.exec(cell);
      const hint = french
        ? ` (this looks like a French number: write it ${plainFromFrench(french)})`
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
    // A sign the column's unit does not name would change the number's meaning, not its digits.
    const found = match[4];
    if (found !== undefined && found !== options.sign) {
      const unit = (sign: string) => (sign === "%" ? "percent" : "dollars");
      return {
        ok: false,
        expected: `a number without "${found}": ` +
          (options.sign === undefined
            ? `this column's unit is not ${unit(found)}; write the number in the column's unit`
            : `this column is in ${unit(options.sign)}`),
      };
    }
    const [, sign, whole, decimals] = match;
    value = Number(`${sign}${whole!.replace(/[ \u00A0\u202F]/g, "")}.${decimals ?? "0"}`);
  }
  if (!Number.isFinite(value) || Math.abs(value) > MAX_CELL_MAGNITUDE) {
    return { ok: false, expected: `a finite number no larger than ${MAX_CELL_MAGNITUDE} in size` };
  }
  if (
    (value === 0 && /[1-9]/.test(cell.replace(/e.*$/i, ""))) ||
    (value !== 0 && Math.abs(value) < 2.2250738585072014e-308)
  ) {
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
 * strictEqual(formatPlainNumber(1.5e-9), "0.0000000015");
 * strictEqual(formatPlainNumber(1e21), "1000000000000000000000");
 * ```
 */
export function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot write number ${value}: value is not finite`);
  }
  const rounded = Number(value.toPrecision(12));
  if (rounded === 0) return "0";
  const text = String(rounded);
  // Beyond 1e21 or below 1e-6 JavaScript writes an exponent: move the decimal point by hand, so
  // that 1e-200 is not written 0 and 1e25 carries no binary noise.
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (m === null) return text;
  const [, sign, lead, fraction = "", exponent] = m;
  const digits = lead! + fraction;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  return sign + digits + "0".repeat(Math.max(0, point - digits.length));
}
