/**
 * Small shared helpers for the models, each with its math in its JSDoc.
 *
 * @module
 */
export * from "./cagr.ts";
export * from "./constant_dollars.ts";
export * from "./geometric_path.ts";
export * from "./linear_path.ts";
export * from "./percent_change.ts";
export * from "./share_of.ts";
