/**
 * The two shapes of model the sensitivity tools take.
 *
 * @module
 */

/**
 * A scalar model: values keyed by assumption id in, one number out (tornado, break-even).
 * It should be pure: same values, same output.
 */
export type ScalarModel = (values: Readonly<Record<string, number>>) => number;

/**
 * A vectorized model (Monte Carlo): reads `columns[id][i]`, writes `out[i]` for every sample i.
 * It should loop once, with arithmetic only, allocating nothing per sample.
 */
export type VectorizedModel = (
  columns: Readonly<Record<string, Float64Array>>,
  out: Float64Array,
) => void;
