/**
 * What changed between two versions of a table, row by row, matched by key: the review view of a
 * pinned output (`tests/expected/`), where a plain text diff would show a reordered file as a
 * rewrite.
 *
 * @module
 */
import { parseCsv } from "./csv.ts";

/** One row's change. */
export interface RowChange {
  /** The row's key (its key columns joined by ` / `). */
  readonly key: string;
  /** `added`, `removed`, or `changed` (with the cells that differ). */
  readonly change: "added" | "removed" | "changed";
  /** For `changed`: each differing column, before and after. */
  readonly cells: readonly {
    readonly column: string;
    readonly before: string;
    readonly after: string;
  }[];
}

/** Two versions of a table to compare. */
export interface TableDiffInput {
  /** The expected (committed) table, as CSV text. */
  readonly before: string;
  /** The table as it is now, as CSV text. */
  readonly after: string;
  /** The columns whose values identify a row. */
  readonly key: readonly string[];
  /** Options passed to the CSV reader (spreadsheet-safe cells). */
  readonly spreadsheetSafe?: boolean;
}

function rowsByKey(
  text: string,
  key: readonly string[],
  safe: boolean,
  label: string,
): Map<string, Map<string, string>> {
  const table = parseCsv(text, { file: label, spreadsheetSafe: safe });
  for (const k of key) {
    if (!table.header.includes(k)) throw new Error(`${label}: no column ${k} to match rows by`);
  }
  const rows = new Map<string, Map<string, string>>();
  for (const cells of table.rows) {
    const row = new Map(table.header.map((h, j) => [h, cells[j] ?? ""]));
    const id = key.map((k) => row.get(k) ?? "").filter((v) => v !== "").join(" / ");
    if (rows.has(id)) throw new Error(`${label}: two rows with the key ${id}`);
    rows.set(id, row);
  }
  return rows;
}

/**
 * The rows added, removed and changed from one version of a table to the next, in the order of
 * the new version (removed rows last). Columns present in one version only count as changed.
 *
 * @param input The two versions and the key columns.
 * @returns The changes; empty when the tables hold the same rows.
 *
 * @example
 * ```ts
 * import { diffTables } from "./table_diff.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(
 *   diffTables({ before: "id,v\na,1\nb,2\n", after: "id,v\nb,3\nc,4\n", key: ["id"] }),
 *   [
 *     { key: "b", change: "changed", cells: [{ column: "v", before: "2", after: "3" }] },
 *     { key: "c", change: "added", cells: [] },
 *     { key: "a", change: "removed", cells: [] },
 *   ],
 * );
 * ```
 */
export function diffTables(input: TableDiffInput): RowChange[] {
  const safe = input.spreadsheetSafe === true;
  const before = rowsByKey(input.before, input.key, safe, "expected");
  const after = rowsByKey(input.after, input.key, safe, "actual");
  const changes: RowChange[] = [];
  for (const [key, row] of after) {
    const old = before.get(key);
    if (old === undefined) {
      changes.push({ key, change: "added", cells: [] });
      continue;
    }
    const columns = [...new Set([...old.keys(), ...row.keys()])];
    const cells = columns
      .filter((c) => (old.get(c) ?? "") !== (row.get(c) ?? ""))
      .map((column) => ({ column, before: old.get(column) ?? "", after: row.get(column) ?? "" }));
    if (cells.length > 0) changes.push({ key, change: "changed", cells });
  }
  for (const key of before.keys()) {
    if (!after.has(key)) changes.push({ key, change: "removed", cells: [] });
  }
  return changes;
}

/**
 * A change as lines of text for a terminal or a test failure.
 *
 * @param change The change.
 * @returns One line for the row, one more per changed cell.
 */
export function describeRowChange(change: RowChange): string {
  if (change.change !== "changed") return `${change.change}: ${change.key}`;
  return [
    `changed: ${change.key}`,
    ...change.cells.map((c) =>
      `  ${c.column}: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`
    ),
  ].join("\n");
}
