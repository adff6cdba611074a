/**
 * Sensitivity and uncertainty of the memos' conclusions: which assumption a result hangs on
 * (`tornado`), at what value a claim stops holding (`breakEven`), how likely it is to hold when
 * the assumptions are uncertain (`monteCarlo`), and every scenario side by side
 * (`scenarioTable`).
 *
 * Conventions: an assumption's `low` / `high` is its 90 % interval (5th and 95th percentiles);
 * the Monte Carlo is seeded (xoshiro128** seeded by splitmix32, one stream per assumption id),
 * normal draws by inversion with Acklam's approximation, quantiles of type 7 (R's default);
 * assumptions are drawn independently (correlated draws are not supported).
 *
 * @example Which assumption the AACOCQ net balance hangs on
 * ```ts
 * import { netBalanceScalar, tornado } from "./mod.ts";
 * import { strictEqual } from "node:assert/strict";
 * const t = tornado({
 *   model: netBalanceScalar(),
 *   inputs: [
 *     { id: "fiscal.average_salary", base: 50000, low: 45000, high: 56000, distribution: "lognormal", unit: "CAD/year" },
 *     { id: "fiscal.indirect_savings", base: 400, low: 200, high: 600, distribution: "uniform", unit: "CAD/year" },
 *   ],
 *   fixed: {
 *     "fiscal.rgamq_savings": 1060, "fiscal.taxes_on_plan": 520, "fiscal.tax_on_employer_premiums": 530,
 *     "fiscal.share_already_insured": 0, "fiscal.contribution_share": 5,
 *   },
 * });
 * strictEqual(t.rows[0]?.id, "fiscal.average_salary");
 * ```
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
export * from "./scenario_table.ts";
export * from "./net_balance_vectorized.ts";
export * from "./assumption_inputs.ts";
export * from "./net_balance_analysis.ts";
export * from "./sensitivity_section.ts";
