/**
 * The verdict on one claim: does the relation the memo states hold, given the memo's own rounding
 * and the slack its wording allows?
 *
 * The rules, for a stated value `s` and a recomputed value `r`, with `gap = (r − s) / |s|`
 * (the relative gap; the report shows `(r − s) / s`, the same for positive `s`):
 *
 * | operator | consistent | approximate | otherwise |
 * | --- | --- | --- | --- |
 * | `=` and `≈` | `|gap| ≤ tolerance` | `|gap| ≤ allowance` | inconsistent |
 * | `>` ("plus de") | `r > s` | `gap ≥ −allowance` (allowance > 0) | inconsistent |
 * | `>=` ("au moins", "minimales") | `r ≥ s` | `gap ≥ −allowance` | inconsistent |
 * | `<` | `r < s` | `gap ≤ allowance` (allowance > 0) | inconsistent |
 * | `<=` | `r ≤ s` | `gap ≤ allowance` | inconsistent |
 * | `range` ("de 25 à 30 %") | `low ≤ r ≤ high`, each bound widened by `tolerance` | the gap to the nearest bound `≤ allowance` | inconsistent |
 *
 * A claim that rests on a figure the memos do not give is `unverifiable`, whatever the numbers.
 * Comparisons absorb float noise of 1e-9 (relative). `tolerance` is the memo's rounding
 * (see {@linkcode roundingTolerance}); `allowance` is the further slack the wording allows
 * ("l'équivalent de", "comparable"), never below the tolerance.
 *
 * @module
 */

/** The relations a claim can state. */
export const OPERATORS = ["=", "≈", ">", ">=", "<", "<=", "range"] as const;

/** A relation. */
export type Operator = typeof OPERATORS[number];

/** The four verdicts. */
export const VERDICTS = ["consistent", "approximate", "inconsistent", "unverifiable"] as const;

/** A verdict. */
export type Verdict = typeof VERDICTS[number];

/** Float noise absorbed by every comparison (relative). */
export const FLOAT_NOISE = 1e-9;

/** What the verdict needs. */
export interface VerdictParams {
  /** The relation stated. */
  operator: Operator;
  /** The stated value (the low end, for a range). Must not be 0. */
  stated: number;
  /** The high end, for a range only. */
  statedHigh?: number | null;
  /** The recomputed value; `null` when it cannot be computed from the memos. */
  recomputed: number | null;
  /** The memo's rounding, relative (0.1 for "5 M$" written for something in 4,5–5,5 M$). */
  tolerance: number;
  /** The further slack the wording allows, relative. @default 0 */
  allowance?: number;
  /** What the memos lack, when the claim rests on a figure they do not give. */
  missingFigure?: string | null;
}

/** The verdict and the numbers behind it. */
export interface VerdictResult {
  /** The verdict. */
  verdict: Verdict;
  /**
   * The value the recomputed one is compared with: the stated value, or for a range the bound
   * nearest to the recomputed value (the recomputed value itself when inside).
   */
  reference: number;
  /** `(recomputed − reference) / reference`, or `null` when nothing was recomputed. */
  relativeGap: number | null;
}

/**
 * Judges one claim (rules in the module documentation).
 *
 * @param params The relation, the two values, the tolerance and the allowance.
 * @returns The verdict, the reference value and the relative gap.
 * @throws {RangeError} On a stated value of 0, a negative tolerance, or a range without its
 *   high end.
 *
 * @example 2 300 × 2 500 $ = 5,75 M$ against "5 M$" (rounding ±0,5 M$)
 * ```ts
 * import { judgeClaim } from "./verdict.ts";
 * import { strictEqual } from "node:assert/strict";
 * const r = judgeClaim({ operator: "≈", stated: 5, recomputed: 5.75, tolerance: 0.1 });
 * strictEqual(r.verdict, "inconsistent");
 * strictEqual(r.relativeGap, 0.15);
 * ```
 */
export function judgeClaim(params: VerdictParams): VerdictResult {
  const { operator, stated, recomputed, tolerance } = params;
  if (!Number.isFinite(stated) || stated === 0) {
    throw new RangeError(
      `Cannot judge a claim against stated value ${stated}: the relative gap needs a finite, ` +
        `non-zero stated value`,
    );
  }
  if (!(tolerance >= 0)) throw new RangeError(`Tolerance must be ≥ 0, got ${tolerance}`);
  const allowance = Math.max(params.allowance ?? 0, tolerance);
  let reference = stated;
  if (operator === "range") {
    const high = params.statedHigh;
    if (high === null || high === undefined || !(high >= stated)) {
      throw new RangeError(`A range needs a high end ≥ its low end ${stated}, got ${high}`);
    }
    if (recomputed !== null) reference = Math.min(Math.max(recomputed, stated), high);
  }
  if (recomputed === null) {
    return { verdict: "unverifiable", reference, relativeGap: null };
  }
  const gap = (recomputed - reference) / Math.abs(reference);
  const relativeGap = (recomputed - reference) / reference;
  if (params.missingFigure) return { verdict: "unverifiable", reference, relativeGap };
  const within = (limit: number) => Math.abs(gap) <= limit + FLOAT_NOISE;
  let verdict: Verdict;
  switch (operator) {
    case "=":
    case "≈":
    case "range":
      verdict = within(tolerance)
        ? "consistent"
        : within(allowance)
        ? "approximate"
        : "inconsistent";
      break;
    case ">":
      verdict = gap > FLOAT_NOISE
        ? "consistent"
        : allowance > 0 && gap >= -allowance - FLOAT_NOISE
        ? "approximate"
        : "inconsistent";
      break;
    case ">=":
      verdict = gap >= -FLOAT_NOISE
        ? "consistent"
        : gap >= -allowance - FLOAT_NOISE
        ? "approximate"
        : "inconsistent";
      break;
    case "<":
      verdict = gap < -FLOAT_NOISE
        ? "consistent"
        : allowance > 0 && gap <= allowance + FLOAT_NOISE
        ? "approximate"
        : "inconsistent";
      break;
    case "<=":
      verdict = gap <= FLOAT_NOISE
        ? "consistent"
        : gap <= allowance + FLOAT_NOISE
        ? "approximate"
        : "inconsistent";
      break;
  }
  return { verdict, reference, relativeGap };
}

/**
 * The relative tolerance a memo's rounding implies for a number it writes.
 *
 * - `exact` wording (`=`: "s'élève à", "soit", a table cell): half a unit in the last digit
 *   written, every digit counting: `135 000` → ±0,5 ; `182,2` → ±0,05 ; `5` (M$) → ±0,5.
 * - `rounded` wording (`≈`: "environ", "près de", "~", "estimé à"): half a unit of the last
 *   non-zero digit, the trailing zeros being taken as rounding: `2 500` → ±50 ; `~8 %` → ±0,5 ;
 *   `près de 40` → ±5 ; `15 000` → ±500.
 *
 * The value is read in the memo's unit (M$ as millions, percent as percent), so that the digits
 * are the ones printed.
 *
 * @param value The number as the memo writes it (in its unit).
 * @param wording `exact` or `rounded`.
 * @returns The half-unit divided by `|value|`.
 * @throws {RangeError} On 0 or a non-finite value.
 *
 * @example
 * ```ts
 * import { roundingTolerance } from "./verdict.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(roundingTolerance(2500, "rounded"), 0.02);
 * strictEqual(roundingTolerance(5, "exact"), 0.1);
 * strictEqual(roundingTolerance(4000, "exact"), 0.000125);
 * ```
 */
export function roundingTolerance(value: number, wording: "exact" | "rounded"): number {
  if (!Number.isFinite(value) || value === 0) {
    throw new RangeError(`Cannot derive a rounding tolerance from ${value}`);
  }
  const magnitude = Math.abs(value);
  const text = String(Number(magnitude.toPrecision(12)));
  const decimals = text.includes(".") ? text.split(".")[1]!.length : 0;
  let place = -decimals;
  if (wording === "rounded") {
    while (Number.isInteger(Number((magnitude / 10 ** (place + 1)).toPrecision(12)))) place++;
  }
  return Number(((0.5 * 10 ** place) / magnitude).toPrecision(12));
}
