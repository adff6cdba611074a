/**
 * Reading the tables a memo prints: `tables/<name>.csv`, described by `tables/<name>.fields.csv`
 * (one line per column: name, type, unit, French and English titles).
 *
 * @module
 */
import { basename, join } from "node:path";
import { z } from "zod";
import { readCalendarDate } from "./calendar_date.ts";
import { idSchema, type ProblemSink, readTableRows } from "./table_rows.ts";
import type { PrintedTable, TableField } from "./types.ts";

const TYPES = ["string", "number", "integer", "date", "figure_id"] as const;

/**
 * Reads every table of `<memoDir>/tables/`.
 *
 * @param memoDir The memo's folder.
 * @param sourceId The memo.
 * @param problems Where problems go.
 * @returns The tables, by name order.
 */
export function readPrintedTables(
  memoDir: string,
  sourceId: string,
  problems: ProblemSink,
): PrintedTable[] {
  const dir = join(memoDir, "tables");
  let names: string[];
  try {
    names = [...Deno.readDirSync(dir)]
      .filter((e) => e.isFile && e.name.endsWith(".csv") && !e.name.endsWith(".fields.csv"))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  const out: PrintedTable[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const fieldsFile = file.replace(/\.csv$/, ".fields.csv");
    const fieldTable = readTableRows(fieldsFile, {
      required: ["name", "type", "unit", "title_fr", "title_en"],
    }, problems);
    if (fieldTable === null) continue;
    const fields: TableField[] = [];
    for (const row of fieldTable.rows) {
      const fieldName = row.text("name", true);
      const type = row.parsed("type", z.enum(TYPES), `one of ${TYPES.join(", ")}`, true);
      if (fieldName === null || type === null) continue;
      fields.push({
        name: fieldName,
        type,
        unit: row.text("unit"),
        title_fr: row.text("title_fr") ?? fieldName,
        title_en: row.text("title_en") ?? fieldName,
      });
    }
    const data = readTableRows(file, { required: fields.map((f) => f.name) }, problems);
    if (data === null) continue;
    const rows = data.rows.map((row) =>
      Object.freeze(Object.fromEntries(fields.map((f) => {
        switch (f.type) {
          case "string":
            return [f.name, row.text(f.name)];
          case "number":
            return [f.name, row.number(f.name)];
          case "integer": {
            const n = row.number(f.name);
            if (n !== null && !Number.isInteger(n)) {
              row.problem(f.name, "a whole number", { value: String(n) });
            }
            return [f.name, n];
          }
          case "date": {
            const t = row.text(f.name);
            if (t !== null && !readCalendarDate(t).ok) row.problem(f.name, "a date", { value: t });
            return [f.name, t];
          }
          case "figure_id":
            return [f.name, row.parsed(f.name, idSchema, "a figure id")];
        }
      })))
    );
    out.push(Object.freeze({
      id: `${sourceId}/${basename(name, ".csv")}`,
      sourceId,
      file,
      fields: Object.freeze(fields),
      rows: Object.freeze(rows),
      lines: Object.freeze(data.rows.map((row) => row.line)),
    }));
  }
  return out;
}
