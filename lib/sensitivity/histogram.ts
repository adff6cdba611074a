/**
 * Equal-width histogram of a `Float64Array`, in one pass.
 *
 * @module
 */

/** One bin: values in [start, end) (the last bin also holds its end). */
export interface HistogramBin {
  /** Left edge. */
  start: number;
  /** Right edge. */
  end: number;
  /** How many values fall in it. */
  count: number;
}

/** Options of {@linkcode histogram}. */
export interface HistogramOptions {
  /** Number of bins. @default 40 */
  bins?: number;
  /** Left edge of the first bin. @default the smallest value */
  min?: number;
  /** Right edge of the last bin. @default the largest value */
  max?: number;
}

/**
 * Count values into equal-width bins between `min` and `max`; values outside are not counted
 * (they are when the edges default to the data's range). If every value is equal, one bin.
 *
 * @param values The values (no NaN).
 * @param options Bin count and edges.
 * @returns The bins, left to right.
 * @throws {RangeError} If there are no values, the bin count is not a positive integer, or
 *   max < min.
 *
 * @example Four values in two bins
 * ```ts
 * import { histogram } from "./histogram.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(histogram(new Float64Array([0, 1, 3, 4]), { bins: 2 }), [
 *   { start: 0, end: 2, count: 2 },
 *   { start: 2, end: 4, count: 2 },
 * ]);
 * ```
 */
export function histogram(values: Float64Array, options: HistogramOptions = {}): HistogramBin[] {
  const n = values.length;
  if (n === 0) throw new RangeError("Cannot build a histogram of no values");
  let bins = options.bins ?? 40;
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`Cannot build a histogram with ${bins} bins: expected a positive integer`);
  }
  let min = options.min, max = options.max;
  if (min === undefined || max === undefined) {
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    min ??= lo;
    max ??= hi;
  }
  if (!(max >= min)) throw new RangeError(`Cannot build a histogram from ${min} to ${max}`);
  if (max === min) bins = 1;
  const width = (max - min) / bins;
  const counts = new Float64Array(bins);
  const scale = max === min ? 0 : bins / (max - min);
  const last = bins - 1;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const b = Math.floor((v - min) * scale);
    if (b >= 0 && b < bins) counts[b]!++;
    else if (v >= min && v <= max) counts[b < 0 ? 0 : last]!++; // rounding at the edges
  }
  return Array.from(counts, (count, b) => ({
    start: min + b * width,
    end: b === bins - 1 ? max : min + (b + 1) * width,
    count,
  }));
}
