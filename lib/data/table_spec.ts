/**
 * A table of `data/` described once: its columns (name, type, required, allowed values, units,
 * French and English titles) and keys. From this one description come the zod schema that
 * validates each row, the TypeScript type of a row, and the table's entry in
 * `data/datapackage.json` (Frictionless Table Schema).
 *
 * @module
 */
import { z } from "zod";

/** Column types, named as in Frictionless Table Schema. */
export type ColumnType = "string" | "number" | "integer" | "date";

/** One column of a table. */
export interface ColumnSpec<
  N extends string = string,
  T extends ColumnType = ColumnType,
  R extends boolean = boolean,
  E extends string = string,
> {
  /** Column name in the CSV header. */
  name: N;
  /** Its type. */
  type: T;
  /** Whether every row must fill it. */
  required: R;
  /** Allowed values (strings only). */
  enum?: readonly E[];
  /** A regular expression the text must match (strings only). */
  pattern?: string;
  /** Unit of the values, where one unit holds for the whole column. */
  unit?: string;
  /** Inclusive bounds (numbers only). */
  minimum?: number;
  /** Inclusive bounds (numbers only). */
  maximum?: number;
  /** Title in French. */
  title_fr: string;
  /** Title in English. */
  title_en: string;
  /** What the column holds. */
  description: string;
}

/** The value type of a column in a typed row. */
export type ColumnValue<C> = C extends ColumnSpec<string, infer T, infer R, infer E> ?
    | (T extends "number" | "integer" ? number
      : [E] extends [never] ? string
      : string extends E ? string
      : E)
    | (R extends true ? never : null)
  : never;

/** The typed row of a table with columns `Cs`. */
export type RowOf<Cs extends readonly ColumnSpec[]> = {
  [C in Cs[number] as C["name"]]: ColumnValue<C>;
};

/** A foreign key: values of `column` must exist in `reference.column` of table `reference.table`. */
export interface ForeignKeySpec {
  /** Column in this table. */
  column: string;
  /** The referenced table name and column. */
  reference: { table: string; column: string };
}

/** A whole table. */
export interface TableSpec<Cs extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  /** Resource name (snake_case), also the file stem in `data/`. */
  name: string;
  /** File path relative to `data/`. */
  path: string;
  /** Title in French. */
  title_fr: string;
  /** Title in English. */
  title_en: string;
  /** What the table holds and where it comes from. */
  description: string;
  /** Source ids (from `sources.csv`) the rows come from, or an outside reference. */
  sources: string[];
  /** The columns, in file order. */
  columns: Cs;
  /** Columns whose values are unique (together). */
  primaryKey?: string[];
  /** References to other tables. */
  foreignKeys?: ForeignKeySpec[];
  /**
   * A check across the cells of one row; returns the column at fault and what was expected, or
   * `undefined` when the row is fine.
   */
  checkRow?: (row: RowOf<Cs>) => { column: string; expected: string } | undefined;
}

/**
 * Declares a column; the generic parameters keep the name, type, required flag and enum as
 * literal types so that a table's row type is exact.
 *
 * @param spec The column.
 * @returns The same object, typed.
 *
 * @example
 * ```ts
 * import { column } from "./table_spec.ts";
 * import { strictEqual } from "node:assert/strict";
 * const c = column({ name: "value", type: "number", required: false, title_fr: "Valeur", title_en: "Value", description: "The figure" });
 * strictEqual(c.name, "value");
 * ```
 */
export function column<
  const N extends string,
  const T extends ColumnType,
  const R extends boolean,
  const E extends string = never,
>(spec: ColumnSpec<N, T, R, E>): ColumnSpec<N, T, R, E> {
  return spec;
}

/**
 * Declares a table, keeping its column types.
 *
 * @param spec The table.
 * @returns The same object, typed.
 */
export function table<const Cs extends readonly ColumnSpec[]>(spec: TableSpec<Cs>): TableSpec<Cs> {
  return spec;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A reader of number text, chosen by the file's locale. */
export type NumberReader = (
  text: string,
) => { ok: true; value: number } | { ok: false; expected: string };

/**
 * The zod schema of one cell: text (or `null` for an empty cell) in, typed value out.
 *
 * @param spec The column.
 * @param readNumber How to read numbers (depends on the file's locale).
 * @returns A zod schema.
 */
export function cellSchema(spec: ColumnSpec, readNumber: NumberReader): z.ZodType {
  return z.union([z.string(), z.null()]).transform((text, ctx) => {
    const cell = text === null ? "" : text.trim();
    if (cell === "") {
      if (spec.required) ctx.addIssue({ code: "custom", message: "a value (the cell is empty)" });
      return null;
    }
    switch (spec.type) {
      case "number":
      case "integer": {
        const reading = readNumber(cell);
        if (!reading.ok) {
          ctx.addIssue({ code: "custom", message: reading.expected });
          return z.NEVER;
        }
        const value = reading.value;
        if (spec.type === "integer" && !Number.isInteger(value)) {
          ctx.addIssue({ code: "custom", message: "a whole number" });
        } else if (spec.minimum !== undefined && value < spec.minimum) {
          ctx.addIssue({ code: "custom", message: `a number ≥ ${spec.minimum}` });
        } else if (spec.maximum !== undefined && value > spec.maximum) {
          ctx.addIssue({ code: "custom", message: `a number ≤ ${spec.maximum}` });
        }
        return value;
      }
      case "date":
        if (!ISO_DATE.test(cell)) {
          ctx.addIssue({ code: "custom", message: "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD" });
        }
        return cell;
      case "string":
        if (spec.enum !== undefined && !spec.enum.includes(cell)) {
          ctx.addIssue({ code: "custom", message: `one of ${spec.enum.join(", ")}` });
        } else if (spec.pattern !== undefined && !new RegExp(`^(?:${spec.pattern})$`).test(cell)) {
          ctx.addIssue({ code: "custom", message: `text matching /${spec.pattern}/` });
        }
        return cell;
    }
  });
}
