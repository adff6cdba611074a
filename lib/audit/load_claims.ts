/**
 * Loading `data/claims.csv`, validated, with its sources checked.
 *
 * @module
 */
import {
  checkForeignKeys,
  DATA_DIR,
  type Dataset,
  defaultDataset,
  joinPath,
} from "../data/dataset.ts";
import { type LoadedTable, loadTableFile } from "../data/load_table.ts";
import type { ColumnSpec } from "../data/table_spec.ts";
import { claimsTable } from "../data/tables/claims.ts";

/** Options for {@linkcode loadClaims}. */
export interface LoadClaimsOptions {
  /** The folder holding `claims.csv`. @default the project's `data/` */
  dir?: string | URL;
  /** The memo tables the claims refer to. @default the project's dataset */
  dataset?: Dataset;
}

/**
 * Loads and validates `data/claims.csv`: columns, types, operators, unique ids, ranges with a
 * high end, and every `source_id` in `sources.csv`. Expressions are checked when evaluated
 * (`auditClaims`).
 *
 * @param options The folder and the memo tables.
 * @returns The claims table.
 * @throws {DataError} Naming file, row, column, value and what was expected.
 *
 * @example
 * ```ts
 * import { loadClaims } from "./load_claims.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(loadClaims().rows.some((c) => c.claim_id === "ctroc.plan.total_sum"), true);
 * ```
 */
export function loadClaims(
  options: LoadClaimsOptions = {},
): LoadedTable<typeof claimsTable.columns> {
  const dataset = options.dataset ?? defaultDataset();
  const table = loadTableFile(claimsTable, joinPath(options.dir ?? DATA_DIR, claimsTable.path));
  checkForeignKeys(
    table as unknown as LoadedTable<readonly ColumnSpec[]>,
    new Map([["sources", dataset.sources as unknown as LoadedTable<readonly ColumnSpec[]>]]),
  );
  return table;
}
