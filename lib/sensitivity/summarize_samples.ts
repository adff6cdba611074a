/**
 * Summary of Monte Carlo outputs: mean, standard deviation, extremes, exact type-7 percentiles
 * (without a full sort, see `quantiles.ts`), the probability that a claim holds, and a histogram.
 *
 * @module
 */
import { histogram, type HistogramBin } from "./histogram.ts";
import { quantiles } from "./quantiles.ts";

/**
 * A claim about the output, e.g. `{ label: "solde net ≥ 0", atLeast: 0 }`: it holds for a
 * sample when the output is ≥ `atLeast` (or ≤ `atMost`). Give exactly one of the two.
 */
export interface OutputCondition {
  /** The claim in words. */
  label: string;
  /** The claim holds when output ≥ this. */
  atLeast?: number;
  /** The claim holds when output ≤ this. */
  atMost?: number;
}

/** How often a claim holds among the samples. */
export interface ClaimProbability {
  /** The claim. */
  claim: OutputCondition;
  /** The share of samples where it holds. */
  probability: number;
  /** Its Monte Carlo standard error, √(p(1 − p)/n). */
  standardError: number;
}

/** Options of {@linkcode summarizeSamples}. */
export interface SummaryOptions {
  /** Percentiles to report besides 5, 50 and 95 (probabilities in [0, 1]). @default [] */
  percentiles?: readonly number[];
  /** The claim whose probability to report. */
  claim?: OutputCondition;
  /** Histogram bin count. @default 40 */
  bins?: number;
}

/** The summary of a sample. */
export interface SampleSummary {
  /** Number of samples. */
  samples: number;
  /** The mean. */
  mean: number;
  /** The standard deviation (divisor n − 1; 0 for one sample). */
  sd: number;
  /** The smallest value. */
  min: number;
  /** The largest value. */
  max: number;
  /** The 5th percentile. */
  p5: number;
  /** The median. */
  median: number;
  /** The 95th percentile. */
  p95: number;
  /** Every percentile reported (5, 50, 95 and those asked for), ascending by p. */
  percentiles: { p: number; value: number }[];
  /** The claim's probability, if a claim was given. */
  claim?: ClaimProbability;
  /** The histogram between min and max. */
  histogram: HistogramBin[];
}

/**
 * Summarize a sample. Moments in one pass (sums shifted by the first value, for accuracy),
 * percentiles without a full sort, then the histogram.
 *
 * @param values The outputs; not modified.
 * @param options Extra percentiles, the claim, the bin count.
 * @returns The summary.
 * @throws {RangeError} If there are no values, one is NaN or infinite, or the claim is malformed.
 *
 * @example 1 to 5
 * ```ts
 * import { summarizeSamples } from "./summarize_samples.ts";
 * import { strictEqual } from "node:assert/strict";
 * const s = summarizeSamples(new Float64Array([3, 1, 2, 5, 4]), { claim: { label: "≥ 2", atLeast: 2 } });
 * strictEqual(s.mean, 3);
 * strictEqual(s.median, 3);
 * strictEqual(s.p95, 4.8);
 * strictEqual(s.claim?.probability, 0.8);
 * ```
 */
export function summarizeSamples(
  values: Float64Array,
  options: SummaryOptions = {},
): SampleSummary {
  const n = values.length;
  if (n === 0) throw new RangeError("Cannot summarize no samples");
  const claim = options.claim;
  let threshold = 0, atLeast = true;
  if (claim !== undefined) {
    if ((claim.atLeast === undefined) === (claim.atMost === undefined)) {
      throw new RangeError(
        `Cannot test the claim ${JSON.stringify(claim.label)}: give exactly one of atLeast, atMost`,
      );
    }
    atLeast = claim.atLeast !== undefined;
    threshold = claim.atLeast ?? claim.atMost!;
  }
  const shift = values[0]!;
  let sum = 0, sumSq = 0, min = Infinity, max = -Infinity, holds = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const d = v - shift;
    sum += d;
    sumSq += d * d;
    if (v < min) min = v;
    if (v > max) max = v;
    if (atLeast ? v >= threshold : v <= threshold) holds++;
  }
  if (!Number.isFinite(sum) || !Number.isFinite(sumSq)) {
    let bad = 0;
    while (Number.isFinite(values[bad]!)) bad++;
    throw new RangeError(`Cannot summarize samples: sample ${bad} is ${values[bad]}`);
  }
  const mean = shift + sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - sum * sum / n) / (n - 1)) : 0;
  const ps = [...new Set([0.05, 0.5, 0.95, ...(options.percentiles ?? [])])].sort((a, b) => a - b);
  const qs = quantiles(values, ps);
  const percentiles = ps.map((p, i) => ({ p, value: qs[i]! }));
  const at = (p: number) => percentiles.find((q) => q.p === p)!.value;
  const summary: SampleSummary = {
    samples: n,
    mean,
    sd: Math.sqrt(variance),
    min,
    max,
    p5: at(0.05),
    median: at(0.5),
    p95: at(0.95),
    percentiles,
    histogram: histogram(values, { bins: options.bins ?? 40, min, max }),
  };
  if (claim !== undefined) {
    const p = holds / n;
    summary.claim = { claim, probability: p, standardError: Math.sqrt(p * (1 - p) / n) };
  }
  return summary;
}
