/**
 * The tables of `data/`, each described once.
 *
 * @module
 */
export * from "./sources.ts";
export * from "./figures.ts";
export * from "./ctroc_catch_up_plan.ts";
export * from "./oc_staffing.ts";
export * from "./aacocq_fiscal_gain_components.ts";
export * from "./timeline.ts";
export * from "./assumptions.ts";
export * from "./scenarios.ts";
export * from "./claims.ts";
export * from "./annotations.ts";
