/**
 * Loading every table of `data/` at once, with the references between tables checked.
 *
 * @module
 */
import { DataError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import { type CsvFormat, type LoadedTable, loadTableFile } from "./load_table.ts";
import type { ColumnSpec, TableSpec } from "./table_spec.ts";
import {
  aacocqFiscalGainComponentsTable,
  ctrocCatchUpPlanTable,
  figuresTable,
  ocStaffingTable,
  sourcesTable,
  timelineTable,
} from "./tables/mod.ts";

/** The folder holding the project's data files. */
export const DATA_DIR: URL = new URL("../../data/", import.meta.url);

/** The memo tables, in load order (a table is loaded after the tables it references). */
export const MEMO_TABLES = [
  sourcesTable,
  figuresTable,
  ctrocCatchUpPlanTable,
  ocStaffingTable,
  aacocqFiscalGainComponentsTable,
  timelineTable,
] as const;

/** Every memo table, loaded and checked. */
export interface Dataset {
  /** The memos. */
  sources: LoadedTable<typeof sourcesTable.columns>;
  /** Every figure. */
  figures: LoadedTable<typeof figuresTable.columns>;
  /** The CTROC catch-up plan. */
  ctrocCatchUpPlan: LoadedTable<typeof ctrocCatchUpPlanTable.columns>;
  /** The OC staffing series. */
  ocStaffing: LoadedTable<typeof ocStaffingTable.columns>;
  /** The AACOCQ fiscal-gain components. */
  fiscalGainComponents: LoadedTable<typeof aacocqFiscalGainComponentsTable.columns>;
  /** The timeline. */
  timeline: LoadedTable<typeof timelineTable.columns>;
}

/** Options for {@linkcode loadDataset}. */
export interface LoadDatasetOptions extends CsvFormat {
  /** The folder to read. @default the project's `data/` */
  dir?: string | URL;
}

/**
 * Checks every foreign key of `table` against already-loaded tables.
 *
 * @param table The loaded table to check.
 * @param loaded Tables loaded so far, by name.
 * @throws {DataError} Naming the row, the column, the value and close matches.
 */
export function checkForeignKeys(
  table: LoadedTable<readonly ColumnSpec[]>,
  loaded: ReadonlyMap<string, LoadedTable<readonly ColumnSpec[]>>,
): void {
  for (const key of table.spec.foreignKeys ?? []) {
    const target = loaded.get(key.reference.table);
    if (!target) {
      throw new Error(
        `Table ${table.spec.name} references ${key.reference.table}, not loaded first`,
      );
    }
    const known = new Set(
      target.rows.map((row) => String((row as Record<string, unknown>)[key.reference.column])),
    );
    table.rows.forEach((row, r) => {
      const value = (row as Record<string, unknown>)[key.column];
      if (value === null || value === undefined || known.has(String(value))) return;
      const near = closeMatches(String(value), known);
      throw new DataError({
        file: table.file,
        row: r + 2,
        column: key.column,
        value: String(value),
        expected: `a ${key.reference.column} of ${target.spec.path}` +
          (near.length > 0 ? ` (close: ${near.join(", ")})` : ""),
      });
    });
  }
}

/**
 * Loads and validates the memo tables of a folder and checks the references between them.
 *
 * @param options The folder (default: the project's `data/`), locale, separator.
 * @returns Every table, typed.
 * @throws {DataError} On the first problem, naming file, row, column, value and expectation.
 *
 * @example
 * ```ts
 * import { loadDataset } from "./dataset.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(loadDataset().sources.rows.length, 5);
 * ```
 */
export function loadDataset(options: LoadDatasetOptions = {}): Dataset {
  const dir = options.dir ?? DATA_DIR;
  const loaded = new Map<string, LoadedTable<readonly ColumnSpec[]>>();
  for (const spec of MEMO_TABLES as readonly TableSpec[]) {
    const table = loadTableFile(spec, joinPath(dir, spec.path), options);
    checkForeignKeys(table, loaded);
    loaded.set(spec.name, table);
  }
  const get = <Cs extends readonly ColumnSpec[]>(spec: TableSpec<Cs>) =>
    loaded.get(spec.name) as unknown as LoadedTable<Cs>;
  return {
    sources: get(sourcesTable),
    figures: get(figuresTable),
    ctrocCatchUpPlan: get(ctrocCatchUpPlanTable),
    ocStaffing: get(ocStaffingTable),
    fiscalGainComponents: get(aacocqFiscalGainComponentsTable),
    timeline: get(timelineTable),
  };
}

/**
 * A file inside a folder given as a path or a URL.
 *
 * @param dir The folder.
 * @param file The file name.
 * @returns A URL for URL folders, a path otherwise.
 */
export function joinPath(dir: string | URL, file: string): string | URL {
  if (dir instanceof URL) return new URL(file, dir.href.endsWith("/") ? dir : `${dir.href}/`);
  return dir.endsWith("/") ? `${dir}${file}` : `${dir}/${file}`;
}

let cached: Dataset | undefined;

/**
 * The project's own dataset, loaded once and cached.
 *
 * @returns The dataset from `data/`.
 */
export function defaultDataset(): Dataset {
  cached ??= loadDataset();
  return cached;
}
