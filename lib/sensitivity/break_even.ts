/**
 * Break-even: the value of one assumption at which a claim "output ≥ threshold" stops holding,
 * the others at their base values. The range is scanned on a grid for sign changes of
 * output − threshold, and each change is refined by Brent's method (`find_root.ts`). When the
 * sign never changes in the range, the result says so (`found: false`) with the output at both
 * ends, instead of extrapolating.
 *
 * Limit: two crossings closer together than one grid step cancel out and are not seen; raise
 * `gridSteps` for a model that wiggles.
 *
 * @module
 */
import { formatNumber, type Lang as Locale } from "../format/number.ts";
import { findRoot } from "./find_root.ts";
import type { ScalarModel } from "./model_types.ts";

/** Options of {@linkcode breakEven}. */
export interface BreakEvenOptions {
  /** The model. */
  model: ScalarModel;
  /** The values of every assumption (the varied one's value here is ignored). */
  values: Readonly<Record<string, number>>;
  /** The assumption to vary. */
  vary: string;
  /** The range to search. */
  range: { low: number; high: number };
  /** The claim is "output ≥ threshold". @default 0 */
  threshold?: number;
  /** Grid steps of the scan. @default 100 */
  gridSteps?: number;
}

/** What the search found. */
export interface BreakEvenResult {
  /** Whether the claim flips inside the range. */
  found: boolean;
  /** The varied assumption. */
  id: string;
  /** The first value (from `low`) where the output crosses the threshold; NaN when not found. */
  value: number;
  /** Every crossing found, ascending. */
  crossings: number[];
  /** The threshold. */
  threshold: number;
  /** The range searched. */
  range: { low: number; high: number };
  /** The output at the low end. */
  outputAtLow: number;
  /** The output at the high end. */
  outputAtHigh: number;
  /**
   * Where the claim (output ≥ threshold) holds relative to the first crossing: `below` it,
   * `above` it; when not found, `everywhere` or `nowhere` in the range.
   */
  holds: "below" | "above" | "everywhere" | "nowhere";
  /**
   * One line.
   *
   * @param locale `en` or `fr`. @default "en"
   */
  describe(locale?: Locale): string;
}

/**
 * Find where the claim "output ≥ threshold" flips as one assumption moves across a range.
 *
 * @param options Model, values, the assumption, the range, the threshold.
 * @returns The crossing(s), or `found: false` when there is none in the range.
 * @throws {RangeError} If the range is empty or not finite, or the model gives a non-finite value.
 *
 * @example Salary × 5 % = 2 510 $ at 50 200 $
 * ```ts
 * import { breakEven } from "./break_even.ts";
 * import { ok, strictEqual } from "node:assert/strict";
 * const r = breakEven({
 *   model: (v) => 2510 - 0.05 * v.salary!, values: {}, vary: "salary",
 *   range: { low: 40000, high: 60000 },
 * });
 * ok(r.found && Math.abs(r.value - 50200) < 1e-6);
 * strictEqual(r.holds, "below");
 * ```
 */
export function breakEven(options: BreakEvenOptions): BreakEvenResult {
  const { low, high } = options.range;
  const threshold = options.threshold ?? 0;
  const steps = options.gridSteps ?? 100;
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) {
    throw new RangeError(
      `Cannot search ${options.vary} from ${low} to ${high}: expected finite low < high`,
    );
  }
  if (!Number.isInteger(steps) || steps < 1) {
    throw new RangeError(`Cannot scan with ${steps} grid steps: expected a positive integer`);
  }
  const values: Record<string, number> = { ...options.values };
  const f = (x: number): number => {
    values[options.vary] = x;
    const y = options.model(values);
    if (!Number.isFinite(y)) {
      throw new RangeError(`Cannot search: the model gives ${y} with ${options.vary} = ${x}`);
    }
    return y - threshold;
  };
  const crossings: number[] = [];
  let x0 = low, f0 = f(low);
  const fLow = f0;
  if (f0 === 0) crossings.push(low);
  for (let s = 1; s <= steps; s++) {
    const x1 = s === steps ? high : low + (high - low) * s / steps;
    const f1 = f(x1);
    if (f1 === 0) crossings.push(x1);
    else if (f0 !== 0 && (f0 > 0) !== (f1 > 0)) crossings.push(findRoot(f, x0, x1));
    x0 = x1;
    f0 = f1;
  }
  const fHigh = f0;
  const found = crossings.length > 0;
  const value = found ? crossings[0]! : NaN;
  let holds: BreakEvenResult["holds"];
  if (found) {
    // Before the first crossing, output − threshold keeps the sign it has at `low`.
    const sign = value > low ? fLow : f(low + (high - low) / steps);
    holds = (sign > 0) === (value > low) ? "below" : "above";
  } else {
    holds = fLow >= 0 ? "everywhere" : "nowhere";
  }
  const result: BreakEvenResult = {
    found,
    id: options.vary,
    value,
    crossings,
    threshold,
    range: { low, high },
    outputAtLow: fLow + threshold,
    outputAtHigh: fHigh + threshold,
    holds,
    describe: (locale: Locale = "en") => describeBreakEven(result, locale),
  };
  return result;
}

function describeBreakEven(r: BreakEvenResult, locale: Locale): string {
  const f = (x: number) => formatNumber(x, locale);
  const range = `[${f(r.range.low)}, ${f(r.range.high)}]`;
  const claim = `output ≥ ${f(r.threshold)}`;
  if (locale === "fr") {
    const claimFr = `résultat ≥ ${f(r.threshold)}`;
    if (!r.found) {
      return `Aucun point de bascule pour ${r.id} dans ${range} : « ${claimFr} » ${
        r.holds === "everywhere" ? "tient partout" : "ne tient nulle part"
      } (résultat de ${f(r.outputAtLow)} à ${f(r.outputAtHigh)})`;
    }
    return `« ${claimFr} » tient pour ${r.id} ${r.holds === "below" ? "sous" : "au-dessus de"} ${
      f(r.value)
    } (recherché dans ${range})`;
  }
  if (!r.found) {
    return `No break-even for ${r.id} in ${range}: "${claim}" holds ${r.holds} (output from ${
      f(r.outputAtLow)
    } to ${f(r.outputAtHigh)})`;
  }
  return `"${claim}" holds for ${r.id} ${r.holds} ${f(r.value)} (searched ${range})`;
}
