/**
 * Every value an excerpt can be read to state, so that a figure (a value in its own unit) can be
 * checked against the excerpt it quotes.
 *
 * @module
 */
import { tidy } from "./_digits.ts";
import { findNumbers } from "./find_numbers.ts";
import { readFrenchCardinal } from "./number_words_fr.ts";
import type { NumberMention } from "./number_mention.ts";

/** One reading of a number of an excerpt. */
export interface ValueReading {
  /** The value, in `unit`. */
  value: number;
  /** The unit (`null` when the excerpt does not say). */
  unit: string | null;
  /** The mention it reads. */
  mention: NumberMention;
}

/**
 * Every reading of every number in an excerpt:
 *
 * - the mention's value in its unit, and its upper end (`valueHigh`) for a range or a fiscal year;
 * - the alternatives of an ambiguous printing (`3,333 $` → 3.333 and 3333);
 * - money in the other scale: `2,5 millions $` → 2.5 `MCAD` and 2 500 000 `CAD`; `45 000 $` →
 *   45 000 `CAD` and 0.045 `MCAD`;
 * - a number printed with a scale and no unit both ways: `10M` → 10 and 10 000 000; `un million`
 *   → 1 000 000 and 1;
 * - a ratio read exactly: `un sur trois` → 33.33 and 33.333… `percent`.
 *
 * Readings repeat when two numbers of the excerpt say the same value.
 *
 * @param excerpt A figure's excerpt.
 * @returns The readings, in text order.
 *
 * @example Checking a figure against its excerpt
 * ```ts
 * import { valuesIn } from "./values_in.ts";
 * import { strictEqual } from "node:assert/strict";
 * const readings = valuesIn("de 2,5 millions $ par tranche de 1 000 travailleurs");
 * strictEqual(readings.some((r) => r.value === 2.5 && r.unit === "MCAD"), true);
 * strictEqual(readings.some((r) => r.value === 2500000 && r.unit === "CAD"), true);
 * strictEqual(readings.some((r) => r.value === 1000 && r.unit === null), true);
 * ```
 */
export function valuesIn(excerpt: string): ValueReading[] {
  return readingsOf(findNumbers(excerpt));
}

/**
 * Every reading of numbers already found (see {@linkcode valuesIn}), for a caller that found them
 * in a larger text (a figure's mentions within the memo, context kept).
 *
 * @param mentions Numbers found by `findNumbers`.
 * @returns Their readings, in order.
 */
export function readingsOf(mentions: readonly NumberMention[]): ValueReading[] {
  const out: ValueReading[] = [];
  for (const mention of mentions) {
    const add = (value: number, unit: string | null) => out.push({ value, unit, mention });
    const values = [mention.value, ...(mention.alternatives ?? [])];
    if (mention.valueHigh !== undefined) values.push(mention.valueHigh);
    for (const v of values) {
      add(v, mention.unit);
      if (mention.unit === "MCAD") add(tidy(v * 1e6), "CAD");
      if (mention.unit === "CAD") add(tidy(v / 1e6), "MCAD");
      if (mention.unit === null && mention.scale !== undefined) {
        // `10M` keeps its printed value; `un million` is multiplied out.
        const abbreviated = /[MkK]$/u.test(mention.text);
        add(abbreviated ? tidy(v * mention.scale) : tidy(v / mention.scale), null);
      }
    }
    if (
      mention.form === "words" && mention.unit === "percent" && !Number.isInteger(mention.value)
    ) {
      const exact = exactShare(mention.text);
      if (exact !== null) add(exact, "percent");
    }
  }
  return out;
}

/** The denominators of “un … sur N”: a cardinal from deux to dix, or “tiers”. */
const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ...["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"].map((w) =>
    [w, readFrenchCardinal([w])!.value] as const
  ),
  ["tiers", 3],
]);
const NUMERATORS: ReadonlyMap<string, number> = new Map([["un", 1], ["une", 1], ["deux", 2], [
  "trois",
  3,
]]);

/** The exact share a ratio or fraction in words names (`un … sur trois` → 100/3). */
function exactShare(text: string): number | null {
  const words = text.toLowerCase().split(/[^A-Za-zÀ-ÖØ-öø-ÿŒœ\d]+/u).filter((w) => w !== "");
  const first = NUMERATORS.get(words[0] ?? "") ?? 1;
  const last = words[words.length - 1] ?? "";
  const of = DENOMINATORS.get(last) ?? (/^\d+$/.test(last) ? Number(last) : undefined);
  return of === undefined ? null : (first * 100) / of;
}
