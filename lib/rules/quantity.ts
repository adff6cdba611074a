/**
 * What a stated number allows. A figure is read three ways at once: its `point` (the number as
 * printed), its `core` (what its printed digits and its qualifier allow, read strictly) and its
 * `outer` (what its wording allows once its round digits are read as rounding). The rules are in
 * `docs/verdict_rules.md`; each has tests on both sides.
 *
 * Let `v` be the value, `d` the unit of its last printed digit and `u` the unit of its last
 * non-zero digit (`2 300`: d = 1, u = 100; `182,2`: d = u = 0,1):
 *
 * | qualifier | core | outer |
 * | --- | --- | --- |
 * | exact, in digits | v ± d/2 | v ± u/2 |
 * | exact, in words (`trois`, `doubler`, `un mois`) | v | v ± u/2 |
 * | defined (a request, a tranche size: a number set, not measured) | v | v |
 * | about (`environ`, `près de`, `~`, `estimé`) | v ± u/2 | v ± u |
 * | more_than (`plus de`), at_least (`au moins`, `minimales`) | [v, +∞) | [v − u/2, +∞) |
 * | less_than (`moins de`, `inférieurs à`) | (−∞, v] | (−∞, v + u/2] |
 * | range (`de 25 à 30 %`) | [v − d/2, v′ + d′/2] | [v − u/2, v′ + u′/2] |
 *
 * For a number in words, `u` is the place of its leading digit (trois: 1; une cinquantaine: 10;
 * deux décennies: 10): a number in words is exact read strictly, and a round number read
 * generously. A calendar date is the stretch of time it names, in both readings.
 *
 * @module
 */
import { type Interval, interval } from "../expr/interval.ts";
import type { Figure } from "../project/types.ts";

/** How far before its end a date stops (in years, about 30 seconds): dates are half-open. */
export const DATE_END_EPSILON = 1e-6;

/** A number read three ways, in base units. */
export interface Quantity {
  /** As printed. */
  readonly point: number;
  /** What its digits and qualifier allow, strictly. */
  readonly core: Interval;
  /** What its wording allows, round digits read as rounding. */
  readonly outer: Interval;
}

/**
 * A quantity that is exactly one number (a literal, an override).
 *
 * @param x The number, in base units.
 * @returns The quantity.
 */
export function exactQuantity(x: number): Quantity {
  const i = interval(x);
  return Object.freeze({ point: x, core: i, outer: i });
}

function leadingPlace(x: number): number {
  return x === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(x)));
}

/**
 * The quantity a figure states, in base units; `null` when the memo does not give it.
 *
 * @param figure The figure.
 * @returns Its point, core and outer readings.
 *
 * @example « plus de 2 300 », « environ 8 % », « 135 000 $ »
 * ```ts
 * import { figureQuantity } from "./quantity.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const { figures } = loadProject("data");
 * const q = figureQuantity(figures.get("aacocq.objectives.current_workers")!)!;
 * deepStrictEqual([q.core, q.outer], [{ lo: 2300, hi: Infinity }, { lo: 2250, hi: Infinity }]);
 * const rate = figureQuantity(figures.get("aacocq.plan_cost.rate_of_payroll")!)!;
 * deepStrictEqual([rate.core, rate.outer], [{ lo: 0.075, hi: 0.085 }, { lo: 0.07, hi: 0.09 }]);
 * const payroll = figureQuantity(figures.get("aacocq.payroll_example.payroll")!)!;
 * deepStrictEqual([payroll.core, payroll.outer], [{ lo: 134999.5, hi: 135000.5 }, { lo: 134500, hi: 135500 }]);
 * ```
 */
export function figureQuantity(figure: Figure): Quantity | null {
  if (figure.date) {
    // A date is the stretch [start, end): its end belongs to the next day, month or year, so that
    // 2030 and 2031 do not meet.
    const i = interval(figure.date.start, figure.date.end - DATE_END_EPSILON);
    return Object.freeze({ point: figure.date.start, core: i, outer: i });
  }
  if (figure.value === null || figure.qualifier === "missing") return null;
  const f = figure.unit.factor;
  const v = figure.value;
  const words = figure.printed === null || figure.printed.form === "words";
  const d = words ? 0 : figure.printed!.lastDigit;
  const u = words ? leadingPlace(v) : figure.printed!.lastSignificant;
  const scaled = (lo: number, hi: number) => interval(lo * f, hi * f);
  let core: Interval;
  let outer: Interval;
  switch (figure.qualifier) {
    case "defined":
      core = scaled(v, v);
      outer = core;
      break;
    case "exact":
      core = scaled(v - d / 2, v + d / 2);
      outer = scaled(v - u / 2, v + u / 2);
      break;
    case "about":
      core = scaled(v - u / 2, v + u / 2);
      outer = scaled(v - u, v + u);
      break;
    case "more_than":
    case "at_least":
      core = scaled(v, Infinity);
      outer = scaled(words ? v : v - u / 2, Infinity);
      break;
    case "less_than":
      core = scaled(-Infinity, v);
      outer = scaled(-Infinity, words ? v : v + u / 2);
      break;
    case "range": {
      const high = figure.valueHigh ?? v;
      const hd = d;
      core = scaled(v - d / 2, high + hd / 2);
      outer = scaled(v - u / 2, high + u / 2);
      break;
    }
  }
  return Object.freeze({ point: v * f, core, outer });
}
