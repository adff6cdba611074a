/**
 * Loading one table: CSV text cells in, validated typed rows and a polars DataFrame out, or one
 * clear {@linkcode DataError}.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { z } from "zod";
import { DataError, type DataErrorLocation } from "../errors.ts";
import { parseCsv, type RawTable, readCsvFile } from "../io/csv.ts";
import { type NumberLocale, readNumber } from "../io/numbers.ts";
import { cellSchema, type ColumnSpec, type RowOf, type TableSpec } from "./table_spec.ts";

/** How a file writes its cells. */
export interface CsvFormat {
  /** Number format: `en` (plain decimals, the format of `data/`) or `fr` (`45 000 $`, `35,5 %`). @default "en" */
  locale?: NumberLocale;
  /** Field separator. @default "," for `en`, ";" for `fr` */
  separator?: "," | ";" | "\t";
}

/** A loaded table. */
export interface LoadedTable<Cs extends readonly ColumnSpec[]> {
  /** The table's description. */
  spec: TableSpec<Cs>;
  /** The file it came from. */
  file: string;
  /** Typed rows, in file order. */
  rows: RowOf<Cs>[];
  /** The same rows as a polars DataFrame (numbers as Float64, text as Utf8). */
  frame: pl.DataFrame;
}

/**
 * Validates a parsed CSV against a table description.
 *
 * Refuses, naming file, row, column, value and expectation: a missing column, an unexpected
 * column, an empty required cell, a value of the wrong type or outside the allowed list, a
 * duplicate key, a row that fails the table's own cross-cell check.
 *
 * @param spec The table description.
 * @param raw The parsed CSV.
 * @param format The number locale of the file.
 * @returns Typed rows and a DataFrame.
 *
 * @example
 * ```ts
 * import { validateTable } from "./load_table.ts";
 * import { parseCsv } from "../io/csv.ts";
 * import { column, table } from "./table_spec.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * const spec = table({
 *   name: "t", path: "t.csv", title_fr: "T", title_en: "T", description: "", sources: [],
 *   columns: [column({ name: "amount", type: "number", required: true, title_fr: "Montant", title_en: "Amount", description: "" })],
 * });
 * strictEqual(validateTable(spec, parseCsv("amount\n45 000 $\n", { separator: ";" }), { locale: "fr" }).rows[0]!.amount, 45000);
 * throws(() => validateTable(spec, parseCsv("amount\n45 000 $\n"), {}), /row 2, column "amount": found "45 000 \$"/);
 * ```
 */
export function validateTable<Cs extends readonly ColumnSpec[]>(
  spec: TableSpec<Cs>,
  raw: RawTable,
  format: CsvFormat = {},
): LoadedTable<Cs> {
  const locale = format.locale ?? "en";
  const file = raw.file;
  const expectedNames = spec.columns.map((c) => c.name);
  for (const name of expectedNames) {
    if (!raw.header.includes(name)) {
      throw new DataError({
        file,
        row: 1,
        column: name,
        value: raw.header.join(","),
        expected: `a column named "${name}" (the columns are: ${expectedNames.join(", ")})`,
      });
    }
  }
  for (const name of raw.header) {
    if (!expectedNames.includes(name)) {
      throw new DataError({
        file,
        row: 1,
        column: name,
        value: name,
        expected: `only the columns ${expectedNames.join(", ")}`,
      });
    }
  }
  const reader = (text: string) => readNumber(text, locale);
  const schemas = spec.columns.map((c) => cellSchema(c, reader));
  const indices = spec.columns.map((c) => raw.header.indexOf(c.name));
  const problems: DataErrorLocation[] = [];
  const rows: RowOf<Cs>[] = [];
  raw.rows.forEach((cells, r) => {
    const row: Record<string, unknown> = {};
    let rowOk = true;
    spec.columns.forEach((c, j) => {
      const cell = cells[indices[j]!] ?? null;
      const result = (schemas[j] as z.ZodType).safeParse(cell);
      if (result.success) row[c.name] = result.data;
      else {
        rowOk = false;
        problems.push({
          file,
          row: r + 2,
          column: c.name,
          value: cell ?? "",
          expected: result.error.issues[0]?.message ?? "a valid value",
        });
      }
    });
    if (rowOk && spec.checkRow) {
      const fault = spec.checkRow(row as RowOf<Cs>);
      if (fault) {
        problems.push({
          file,
          row: r + 2,
          column: fault.column,
          value: String(row[fault.column] ?? ""),
          expected: fault.expected,
        });
        rowOk = false;
      }
    }
    if (rowOk) rows.push(row as RowOf<Cs>);
  });
  if (problems.length > 0) throw new DataError(problems[0]!, problems.slice(1));
  if (spec.primaryKey) checkUnique(spec, rows, file);
  return { spec, file, rows, frame: toFrame(spec, rows) };
}

function checkUnique<Cs extends readonly ColumnSpec[]>(
  spec: TableSpec<Cs>,
  rows: RowOf<Cs>[],
  file: string,
): void {
  const key = spec.primaryKey!;
  const seen = new Map<string, number>();
  rows.forEach((row, r) => {
    const record = row as Record<string, unknown>;
    const value = key.map((k) => String(record[k] ?? "")).join(" / ");
    const first = seen.get(value);
    if (first !== undefined) {
      throw new DataError({
        file,
        row: r + 2,
        column: key.join(", "),
        value,
        expected: `a unique ${key.join(" + ")} (already used at row ${first})`,
      });
    }
    seen.set(value, r + 2);
  });
}

/**
 * Typed rows as a polars DataFrame: number columns as Float64, others as Utf8.
 *
 * @param spec The table description.
 * @param rows Typed rows.
 * @returns The DataFrame.
 */
export function toFrame<Cs extends readonly ColumnSpec[]>(
  spec: TableSpec<Cs>,
  rows: RowOf<Cs>[],
): pl.DataFrame {
  const data: Record<string, unknown[]> = {};
  const schema: Record<string, pl.DataType> = {};
  for (const c of spec.columns) {
    data[c.name] = rows.map((row) => (row as Record<string, unknown>)[c.name] ?? null);
    schema[c.name] = c.type === "number" || c.type === "integer" ? pl.Float64 : pl.Utf8;
  }
  return pl.DataFrame(data, { schema });
}

/**
 * Reads and validates a table from CSV text.
 *
 * @param spec The table description.
 * @param text CSV text.
 * @param options File name for messages, locale and separator.
 * @returns The loaded table.
 */
export function loadTableText<Cs extends readonly ColumnSpec[]>(
  spec: TableSpec<Cs>,
  text: string,
  options: CsvFormat & { file?: string } = {},
): LoadedTable<Cs> {
  const separator = options.separator ?? (options.locale === "fr" ? ";" : ",");
  return validateTable(
    spec,
    parseCsv(text, { file: options.file ?? spec.path, separator }),
    options,
  );
}

/**
 * Reads and validates a table from a CSV file.
 *
 * @param spec The table description.
 * @param path The file.
 * @param options Locale and separator.
 * @returns The loaded table.
 */
export function loadTableFile<Cs extends readonly ColumnSpec[]>(
  spec: TableSpec<Cs>,
  path: string | URL,
  options: CsvFormat = {},
): LoadedTable<Cs> {
  const separator = options.separator ?? (options.locale === "fr" ? ";" : ",");
  return validateTable(spec, readCsvFile(path, { separator }), options);
}
