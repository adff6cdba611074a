/**
 * Reads a number printed in digits, French or English typography, from the tokens of a text, with
 * its precision (the unit of its last printed digit and of its last non-zero digit).
 *
 * @module
 */
import type { Token } from "./_tokens.ts";

/** A number printed in digits. */
export interface DigitsReading {
  /** Its value (the French reading when the printing is ambiguous). */
  readonly value: number;
  /** The index of the first token after it. */
  readonly next: number;
  /** Offset just after it. */
  readonly end: number;
  /** The integer digits as printed, separators removed (`2300`, `0009`). */
  readonly whole: string;
  /** The decimal digits, or `""`. */
  readonly decimals: string;
  /** Whether thousands separators were printed (`2 300`, `1,000,000`). */
  readonly grouped: boolean;
  /** The unit of the last printed digit. */
  readonly lastDigit: number;
  /** The unit of the last non-zero printed digit (a printed decimal counts). */
  readonly lastSignificant: number;
  /** The other readings when the printing is ambiguous (`3,333`: 3333). */
  readonly alternatives?: readonly number[];
}

const GROUP_SPACE = /^[ \u00A0\u202F\u2009]$/u;

/**
 * Reads the number whose first digits are the token at `i`.
 *
 * - Spaces (ordinary, no-break, narrow no-break, thin) group thousands when every group after the
 *   first has exactly three digits: `45 000`, `1 000 000`; a line break never does.
 * - A comma followed by digits is the French decimal mark (`35,5`, `182,2`), except in an English
 *   grouping that cannot be French: two comma groups or more (`1,000,000`), or a comma group
 *   followed by a decimal point (`3,333.50`). A single comma followed by exactly three digits
 *   (`3,333`) is ambiguous: the French reading (3.333) is the value, the English one (3333) the
 *   alternative.
 * - A point followed by digits is a decimal point (`2.5`), unless it groups thousands twice or
 *   more (`1.000.000`).
 *
 * @param tokens The tokens of a text.
 * @param i The index of a `num` token.
 * @returns The number.
 *
 * @example French, English and ambiguous printings
 * ```ts
 * import { readDigits } from "./_digits.ts";
 * import { tokenize } from "./_tokens.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const read = (s: string) => readDigits(tokenize(s), 0);
 * strictEqual(read("45 000 $").value, 45000);
 * strictEqual(read("182,2").lastDigit, 0.1);
 * strictEqual(read("2 300").lastSignificant, 100);
 * strictEqual(read("1,000,000").value, 1000000);
 * deepStrictEqual([read("3,333$").value, read("3,333$").alternatives], [3.333, [3333]]);
 * ```
 */
export function readDigits(tokens: readonly Token[], i: number): DigitsReading {
  const first = tokens[i]!;
  let whole = first.text;
  let decimals = "";
  let grouped = false;
  let j = i + 1;
  let alternatives: number[] | undefined;
  const isNum = (k: number, len?: number) =>
    tokens[k]?.kind === "num" && (len === undefined || tokens[k]!.text.length === len);
  const isPunct = (k: number, c: string) => tokens[k]?.kind === "punct" && tokens[k]!.text === c;

  if (whole.length <= 3) {
    // French grouping by spaces.
    while (tokens[j]?.kind === "space" && GROUP_SPACE.test(tokens[j]!.text) && isNum(j + 1, 3)) {
      whole += tokens[j + 1]!.text;
      grouped = true;
      j += 2;
    }
    // English grouping by commas, or European by points, when unambiguous.
    if (!grouped) {
      for (const mark of [",", "."]) {
        let k = j;
        let groups = 0;
        while (isPunct(k, mark) && isNum(k + 1, 3)) {
          groups++;
          k += 2;
        }
        const other = mark === "," ? "." : ",";
        const decimalAfter = isPunct(k, other) && isNum(k + 1);
        if (groups >= 2 || (groups === 1 && mark === "," && decimalAfter)) {
          for (let g = j; g < k; g += 2) whole += tokens[g + 1]!.text;
          grouped = true;
          j = k;
          if (decimalAfter) {
            decimals = tokens[k + 1]!.text;
            j = k + 2;
          }
          break;
        }
      }
    }
  }
  if (decimals === "" && (isPunct(j, ",") || isPunct(j, ".")) && isNum(j + 1)) {
    decimals = tokens[j + 1]!.text;
    if (
      !grouped && tokens[j]!.text === "," && decimals.length === 3 && whole.length <= 3 &&
      !(isPunct(j + 2, ".") && isNum(j + 3))
    ) {
      alternatives = [Number(whole + decimals)];
    }
    j += 2;
  }
  const value = Number(decimals === "" ? whole : `${whole}.${decimals}`);
  let lastDigit: number;
  let lastSignificant: number;
  if (decimals !== "") {
    lastDigit = tidy(10 ** -decimals.length);
    lastSignificant = lastDigit;
  } else {
    lastDigit = 1;
    lastSignificant = trailingZerosUnit(whole);
  }
  const end = tokens[j - 1]!.end;
  return alternatives
    ? { value, next: j, end, whole, decimals, grouped, lastDigit, lastSignificant, alternatives }
    : { value, next: j, end, whole, decimals, grouped, lastDigit, lastSignificant };
}

/**
 * The unit of the last non-zero digit of an integer written in digits: `2300` → 100, `911` → 1,
 * `0` → 1.
 *
 * @param digits Decimal digits.
 * @returns A power of ten.
 *
 * @example Trailing zeros
 * ```ts
 * import { trailingZerosUnit } from "./_digits.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(trailingZerosUnit("45000"), 1000);
 * strictEqual(trailingZerosUnit("2733"), 1);
 * ```
 */
export function trailingZerosUnit(digits: string): number {
  let zeros = 0;
  for (let k = digits.length - 1; k >= 0 && digits[k] === "0"; k--) zeros++;
  return zeros === digits.length ? 1 : 10 ** zeros;
}

/**
 * A number rid of float noise (12 significant digits), for precisions and scaled values.
 *
 * @param x A finite number.
 * @returns The number, rounded to 12 significant digits.
 *
 * @example Float noise
 * ```ts
 * import { tidy } from "./_digits.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(tidy(2.5 * 1e6 / 1e6 * 0.1 * 10), 2.5);
 * strictEqual(tidy(10 ** -1), 0.1);
 * ```
 */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}
