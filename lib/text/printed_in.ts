/**
 * Whether an excerpt prints a figure's value, and how precisely: the check that pins every figure
 * to its memo (changing a figure's value, or its excerpt, fails with its id).
 *
 * @module
 */
import type { CalendarDate } from "../project/calendar_date.ts";
import type { Unit } from "../units/unit.ts";
import { readingsOf } from "./values_in.ts";
import type { NumberMention } from "./number_mention.ts";

/** How a value is printed: in digits (with its precision) or in words. */
export interface PrintedForm {
  /** `digits` or `words`. */
  readonly form: "digits" | "words";
  /** The unit of the last printed digit, in the figure's unit (0 for words). */
  readonly lastDigit: number;
  /** The unit of the last non-zero printed digit (0 for words). */
  readonly lastSignificant: number;
}

/** The result of looking for a value in an excerpt. */
export type PrintedLookup =
  | { readonly ok: true; readonly printed: PrintedForm }
  | { readonly ok: false; readonly expected: string; readonly hint: string };

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const tidy = (x: number) => Number(x.toPrecision(12));
const MONEY = new Set(["CAD", "MCAD"]);

function value(figure: number, mentions: readonly NumberMention[], unit: Unit): PrintedLookup {
  const readings = readingsOf(mentions);
  const money = unit.atoms.find(([name]) => MONEY.has(name))?.[0];
  for (const r of readings) {
    if (!close(r.value, figure)) continue;
    // A money amount must be read in the unit the figure says (2,5 M$ is 2.5 MCAD or 2500000 CAD).
    if (r.unit !== null && MONEY.has(r.unit) && money !== undefined && r.unit !== money) continue;
    const m = r.mention;
    if (m.form === "words") {
      return { ok: true, printed: { form: "words", lastDigit: 0, lastSignificant: 0 } };
    }
    const base = [m.value, m.valueHigh, ...(m.alternatives ?? [])].find((v) =>
      v !== undefined && close(v, r.value)
    );
    const scale = base !== undefined ? 1 : r.value / m.value;
    return {
      ok: true,
      printed: {
        form: "digits",
        lastDigit: tidy(m.lastDigit * scale),
        lastSignificant: tidy(m.lastSignificant * scale),
      },
    };
  }
  const shown = [
    ...new Set(
      readings.filter((r) => r.value === r.mention.value).map((r) =>
        `${r.mention.text.replace(/\s+/g, " ")}`
      ),
    ),
  ];
  const scaled = readings.find((r) => close(r.value, figure));
  if (scaled) {
    return {
      ok: false,
      expected:
        `the value in the unit the excerpt prints it in: « ${scaled.mention.text} » is ${scaled.unit}, the figure says ${unit.text}`,
      hint: `write ${scaled.mention.value} with unit ${scaled.mention.unit}, or ${
        tidy(scaled.mention.value * (scaled.mention.unit === "MCAD" ? 1e6 : 1e-6))
      } with unit ${scaled.mention.unit === "MCAD" ? "CAD" : "MCAD"}`,
    };
  }
  return {
    ok: false,
    expected: `a number the excerpt prints${shown.length ? ` (${shown.join(", ")})` : ""}`,
    hint:
      "write the value as the memo prints it, in the memo's unit (2.5 with unit MCAD for « 2,5 millions $ »); " +
      "if the memo gives it in words no reader knows, say how in read_as",
  };
}

function date(d: CalendarDate, mentions: readonly NumberMention[]): boolean {
  const year = Number(d.text.slice(0, 4));
  return mentions.some((m) => {
    if (m.date === d.text) return true;
    switch (d.precision) {
      case "year":
        return m.date !== undefined && (m.value === year || m.valueHigh === year);
      case "month":
      case "day":
        return m.date?.startsWith(d.text) === true;
      case "fiscal_year":
        return m.value === year && m.valueHigh === year + 1;
      case "span":
        return m.date === d.text;
    }
  });
}

// An integer part grouped by spaces in threes (French: 2 300, 440 000), or plain digits (2733),
// then an optional decimal part after a comma (French) or a point (English).
const DIGITS = /(?<![\d,.])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)|\d+)(?:[,.](\d+))?/gu;
const MILLIONS_AFTER = /^\s*(?:M\s*\$|millions?\b|milliards?\b)/u;

/**
 * The fast path for the common case, a number printed in plain digits: its precision when the
 * text prints the value and nothing around it calls for the full reader (a scale word, a money
 * unit the figure does not share, a percentage); `null` otherwise, and the full reader decides.
 *
 * @param figure The value.
 * @param text The words it should be in (the memo's own, line breaks kept).
 * @param unit The figure's unit.
 * @returns Its printed form, or `null`.
 */
function digits(figure: number, text: string, unit: Unit): PrintedForm | null {
  const millions = unit.atoms.some(([name]) => name === "MCAD");
  const dollars = unit.atoms.some(([name]) => name === "CAD");
  const percent = unit.atoms.some(([name]) => name === "percent");
  for (const m of text.matchAll(DIGITS)) {
    const whole = m[1]!.replace(/[ \u00A0\u202F]/gu, "");
    const decimals = m[2] ?? "";
    if (!close(Number(decimals === "" ? whole : `${whole}.${decimals}`), figure)) continue;
    const after = text.slice(m.index! + m[0].length);
    const scaled = MILLIONS_AFTER.test(after);
    if (scaled !== millions || (dollars && scaled) || percent || /^\s*%/u.test(after)) return null;
    if (decimals !== "") {
      const d = tidy(10 ** -decimals.length);
      return { form: "digits", lastDigit: d, lastSignificant: d };
    }
    const zeros = /0*$/.exec(whole)![0].length;
    return {
      form: "digits",
      lastDigit: 1,
      lastSignificant: zeros === whole.length ? 1 : 10 ** zeros,
    };
  }
  return null;
}

/**
 * Looking values and dates up in excerpts.
 *
 * @example
 * ```ts
 * import { printedIn } from "./printed_in.ts";
 * import { findNumbers } from "./find_numbers.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const { units } = loadProject("data");
 * const at = (text: string) => findNumbers(text);
 * deepStrictEqual(printedIn.value(2300, at("plus de 2 300 travailleurs"), parseUnit("workers", units)),
 *   { ok: true, printed: { form: "digits", lastDigit: 1, lastSignificant: 100 } });
 * strictEqual(printedIn.value(2.5, at("de 2,5 millions $ par tranche"), parseUnit("CAD/year", units)).ok, false);
 * strictEqual(printedIn.value(3, at("emploie trois personnes"), parseUnit("workers", units)).ok, true);
 * ```
 */
export const printedIn = Object.freeze({
  /**
   * How plain digits print a value, when nothing calls for the full reader (see `value`).
   *
   * @param figure The value, in `unit`.
   * @param text The memo's words.
   * @param unit The figure's unit.
   * @returns The printed form, or `null` when the full reader must decide.
   */
  digits,
  /**
   * How an excerpt prints a value, or what it prints instead.
   *
   * @param figure The value, in `unit`.
   * @param mentions The numbers of the excerpt (found in the memo, so that context counts).
   * @param unit The figure's unit (a money amount must be in the unit the excerpt prints).
   * @returns The printed form, or what was expected and a hint.
   */
  value,
  /**
   * Whether an excerpt gives a date: the same day, month, fiscal year or span; for a year, a date
   * of that year or a span that starts or ends with it (`1960-2002` gives 1960 and 2002).
   *
   * @param d The date.
   * @param mentions The numbers of the excerpt.
   * @returns `true` when it does.
   */
  date,
});
