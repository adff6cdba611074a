/**
 * One-at-a-time sensitivity (the tornado): every assumption at its base value except one, moved
 * to its `low` then its `high` (the ends of its 90 % interval); assumptions ranked by the swing
 * of the output, |output(high) − output(low)|, largest first (ties by id).
 *
 * Every assumption with low < high is moved, whatever its distribution (`fixed` only means "not
 * drawn" in the Monte Carlo); one with low = high gets a swing of 0.
 *
 * Limits: the other assumptions stay at base, so interactions are not seen (for
 * net = gain × (1 − share) − …, the effect of the gain depends on the share); a model that is not
 * monotone in an assumption may reach its extreme inside the range, not at the ends.
 *
 * @module
 */
import { formatNumber, type Lang as Locale } from "../format/number.ts";
import type { ScalarModel } from "./model_types.ts";
import { checkUncertainInput, type UncertainInput } from "./uncertain_input.ts";

/** Options of {@linkcode tornado}. */
export interface TornadoOptions {
  /** The assumptions, each moved across [low, high] in turn. */
  inputs: readonly UncertainInput[];
  /** The model. */
  model: ScalarModel;
  /** Further values the model needs, held fixed (not ranked). @default {} */
  fixed?: Readonly<Record<string, number>>;
}

/** One bar of the tornado. */
export interface TornadoRow {
  /** The assumption id. */
  id: string;
  /** Its label (the id when none). */
  label: string;
  /** Its unit. */
  unit: string;
  /** Its base value. */
  base: number;
  /** The low end of its range. */
  low: number;
  /** The high end. */
  high: number;
  /** The output with this assumption at low. */
  outputAtLow: number;
  /** The output with this assumption at high. */
  outputAtHigh: number;
  /** |outputAtHigh − outputAtLow|. */
  swing: number;
}

/** The tornado. */
export interface TornadoResult {
  /** The output with every assumption at base. */
  baseOutput: number;
  /** The rows, largest swing first. */
  rows: TornadoRow[];
  /**
   * One line: the base output and the assumptions by swing.
   *
   * @param locale `en` or `fr`. @default "en"
   */
  describe(locale?: Locale): string;
}

/**
 * Rank assumptions by how much the output moves across each one's range.
 *
 * @param options Assumptions, model, fixed values.
 * @returns The base output and the rows, largest swing first.
 * @throws {RangeError} On an invalid assumption, a duplicate id, or a non-finite output.
 *
 * @example net = a − 2b: b (swing 8) before a (swing 2)
 * ```ts
 * import { tornado } from "./tornado.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const t = tornado({
 *   inputs: [
 *     { id: "a", base: 10, low: 9, high: 11, distribution: "uniform", unit: "" },
 *     { id: "b", base: 3, low: 1, high: 5, distribution: "uniform", unit: "" },
 *   ],
 *   model: (v) => v.a! - 2 * v.b!,
 * });
 * strictEqual(t.baseOutput, 4);
 * deepStrictEqual(t.rows.map((r) => [r.id, r.swing]), [["b", 8], ["a", 2]]);
 * ```
 */
export function tornado(options: TornadoOptions): TornadoResult {
  const values: Record<string, number> = { ...options.fixed };
  const seen = new Set<string>();
  for (const input of options.inputs) {
    checkUncertainInput(input);
    if (seen.has(input.id)) throw new RangeError(`Cannot vary assumption "${input.id}" twice`);
    seen.add(input.id);
    values[input.id] = input.base;
  }
  const run = (what: string): number => {
    const y = options.model(values);
    if (!Number.isFinite(y)) throw new RangeError(`Cannot rank: the model gives ${y} ${what}`);
    return y;
  };
  const baseOutput = run("at base");
  const rows: TornadoRow[] = options.inputs.map((input) => {
    values[input.id] = input.low;
    const outputAtLow = run(`with ${input.id} = ${input.low}`);
    values[input.id] = input.high;
    const outputAtHigh = run(`with ${input.id} = ${input.high}`);
    values[input.id] = input.base;
    return {
      id: input.id,
      label: input.label ?? input.id,
      unit: input.unit,
      base: input.base,
      low: input.low,
      high: input.high,
      outputAtLow,
      outputAtHigh,
      swing: Math.abs(outputAtHigh - outputAtLow),
    };
  });
  rows.sort((a, b) => b.swing - a.swing || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const result: TornadoResult = {
    baseOutput,
    rows,
    describe: (locale: Locale = "en") => {
      const f = (x: number) => formatNumber(x, locale);
      const bars = rows.map((r) => `${r.label} ${f(r.swing)}`).join(", ");
      return locale === "fr"
        ? `Valeur de base ${f(baseOutput)} ; écarts, du plus grand au plus petit : ${bars}`
        : `Base output ${f(baseOutput)}; swings, largest first: ${bars}`;
    },
  };
  return result;
}
