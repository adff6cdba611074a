/**
 * Sensitivity and uncertainty: tornado, break-evens, seeded Monte Carlo over a model's own steps,
 * under the memo's own uncertainty and under recompte's added assumptions.
 *
 * @module
 */
export * from "./uncertain_input.ts";
export * from "./model_types.ts";
export * from "./prng.ts";
export * from "./normal_quantile.ts";
export * from "./normal_cdf.ts";
export * from "./interval_params.ts";
export * from "./distribution.ts";
export * from "./sample_input.ts";
export * from "./quantiles.ts";
export * from "./histogram.ts";
export * from "./summarize_samples.ts";
export * from "./find_root.ts";
export * from "./monte_carlo.ts";
export * from "./tornado.ts";
export * from "./break_even.ts";
export * from "./model_inputs.ts";
export * from "./uncertainty_analysis.ts";
