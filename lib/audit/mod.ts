/**
 * The claims audit: expressions over figure ids, verdicts with the memo's rounding, the audit of
 * `data/claims.csv`, its CSV output and the report's input and charts.
 *
 * @module
 */
export * from "./expression.ts";
export * from "./verdict.ts";
export * from "./resolver.ts";
export * from "./load_claims.ts";
export * from "./audit_claims.ts";
export * from "./explain_verdict.ts";
export * from "./claims_csv.ts";
export * from "./report_charts.ts";
export * from "./report_input.ts";
