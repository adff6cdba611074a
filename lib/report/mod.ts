/**
 * The audit report.
 *
 * @module
 */
export * from "./escape_html.ts";
export * from "./format_fr.ts";
export * from "./report_html.ts";
export * from "./format_en.ts";
