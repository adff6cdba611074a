/**
 * Assumptions, scenarios and overrides.
 *
 * @module
 */
export * from "./assumption_book.ts";
export * from "./figure_input.ts";
export * from "./override_error.ts";
export * from "./resolve_inputs.ts";
