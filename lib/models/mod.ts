/**
 * The models that reproduce the memos' calculations, one per file, and their output registry.
 *
 * @module
 */
export * from "./payroll_cost.ts";
export * from "./fiscal_gain.ts";
export * from "./zero_net_cost.ts";
export * from "./coverage_plan.ts";
export * from "./psoc_catch_up.ts";
export * from "./oc_staffing_trend.ts";
export * from "./coop_network_ratios.ts";
export * from "./life_expectancy_shares.ts";
export * from "./outputs.ts";
