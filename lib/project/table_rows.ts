/**
 * Reading the rows of a project table cell by cell, collecting every problem with its file, line
 * and column instead of stopping at the first: the validator reports them all at once.
 *
 * @module
 */
import { z } from "zod";
import { type CellPosition, parseCsv, type RawTable } from "../io/csv.ts";
import { readNumber } from "../io/numbers.ts";
import { decodeUtf8Strict, InvalidUtf8Error } from "../io/utf8.ts";
import { DataError, type Problem } from "../errors.ts";

/** Where problems are collected. */
export type ProblemSink = Problem[];

/** A table's columns: those it must have and those it may have. */
export interface TableShape {
  /** Columns that must be present (cells may still be empty unless read as required). */
  readonly required: readonly string[];
  /** Columns that may be present. */
  readonly optional?: readonly string[];
}

/** One data row, read cell by cell. */
export class TableRow {
  /** The file. */
  readonly file: string;
  /** The line where the row starts. */
  readonly line: number;
  readonly #index: ReadonlyMap<string, number>;
  readonly #cells: readonly (string | null)[];
  readonly #positions: readonly CellPosition[];
  readonly #problems: ProblemSink;
  /** The row's id as its problems name it (`claim_id`, with its `reading` when it has one). */
  readonly subject: string | undefined;

  /**
   * @param file The file.
   * @param index Each column's position in the row (shared by the rows of a table).
   * @param cells The cells.
   * @param positions Where each cell starts.
   * @param problems Where problems go.
   * @param idColumn The column holding the row's id, if the table has one.
   */
  constructor(
    file: string,
    index: ReadonlyMap<string, number>,
    cells: readonly (string | null)[],
    positions: readonly CellPosition[],
    problems: ProblemSink,
    idColumn?: string,
  ) {
    this.file = file;
    this.line = positions[0]?.line ?? 0;
    this.#index = index;
    this.#cells = cells;
    this.#positions = positions;
    this.#problems = problems;
    const id = idColumn === undefined ? null : this.#cell(idColumn)?.trim() || null;
    const reading = this.#cell("reading")?.trim() || null;
    this.subject = id === null ? undefined : reading === null ? id : `${id} (reading ${reading})`;
  }

  #cell(column: string): string | null {
    const j = this.#index.get(column);
    return j === undefined ? null : this.#cells[j] ?? null;
  }

  /**
   * Records a problem at a cell.
   *
   * @param column The column.
   * @param expected What was expected.
   * @param options The value found, a hint, the severity (default `error`).
   */
  problem(
    column: string,
    expected: string,
    options: { value?: string | null; hint?: string; severity?: "error" | "warning" } = {},
  ): void {
    const j = this.#index.get(column);
    const pos = (j === undefined ? undefined : this.#positions[j]) ??
      { line: this.line, column: 1 };
    this.#problems.push({
      severity: options.severity ?? "error",
      file: this.file,
      line: pos.line,
      column: pos.column,
      ...(this.subject === undefined ? {} : { subject: this.subject }),
      ...(options.value === undefined || options.value === null ? {} : { value: options.value }),
      expected: `${expected} in column "${column}"`,
      ...(options.hint ? { hint: options.hint } : {}),
    });
  }

  /**
   * A cell exactly as written (not trimmed); `null` when empty.
   *
   * @param column The column.
   * @returns The text.
   */
  raw(column: string): string | null {
    return this.#cell(column);
  }

  /** Where a cell starts. */
  position(column: string): CellPosition {
    const j = this.#index.get(column);
    return (j === undefined ? undefined : this.#positions[j]) ?? { line: this.line, column: 1 };
  }

  /**
   * A text cell, trimmed; `null` when empty (a problem if `required`).
   *
   * @param column The column.
   * @param required Whether an empty cell is a problem.
   * @returns The text or `null`.
   */
  text(column: string, required = false): string | null {
    const raw = this.#cell(column);
    const value = raw === null ? null : raw.trim() === "" ? null : raw;
    if (value === null && required) this.problem(column, "a value, not an empty cell");
    return value;
  }

  /**
   * A cell that must match a zod schema.
   *
   * @param column The column.
   * @param schema The schema (e.g. an enum or a regex).
   * @param expected What to say was expected.
   * @param required Whether an empty cell is a problem.
   * @returns The value, or `null` (empty or invalid).
   */
  parsed<T>(column: string, schema: z.ZodType<T>, expected: string, required = false): T | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const result = schema.safeParse(text.trim());
    if (!result.success) {
      this.problem(column, expected, { value: text });
      return null;
    }
    return result.data;
  }

  /**
   * A number cell (plain decimals, as `data/` writes them).
   *
   * @param column The column.
   * @param required Whether an empty cell is a problem.
   * @returns The number, or `null` (empty or invalid).
   */
  number(column: string, required = false): number | null {
    const text = this.text(column, required);
    if (text === null) return null;
    const reading = readNumber(text);
    if (!reading.ok) {
      this.problem(column, reading.expected, { value: text });
      return null;
    }
    return reading.value;
  }
}

/** A table read as rows, or `null` when the file is missing or malformed (with its problem). */
export interface ReadTable {
  /** The rows. */
  readonly rows: readonly TableRow[];
  /** The columns present. */
  readonly header: readonly string[];
  /** The raw table (for a DataFrame). */
  readonly raw: RawTable;
}

/**
 * Reads a table file, checking its columns.
 *
 * @param path The file path (named in problems as given).
 * @param shape The columns it must and may have.
 * @param problems Where problems go.
 * @param options `optional: true` when a missing file is not a problem.
 * @returns The rows, or `null` when the file cannot be used.
 */
export function readTableRows(
  path: string,
  shape: TableShape,
  problems: ProblemSink,
  options: { optional?: boolean; text?: string; spreadsheetSafe?: boolean } = {},
): ReadTable | null {
  let text = options.text;
  if (text === undefined) {
    let bytes: Uint8Array;
    try {
      bytes = Deno.readFileSync(path);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound && options.optional) return null;
      problems.push({
        severity: "error",
        file: path,
        expected: error instanceof Deno.errors.NotFound
          ? "this file (it is missing)"
          : error instanceof Deno.errors.IsADirectory
          ? "a file, not a folder"
          : `a readable file (${(error as Error).message})`,
      });
      return null;
    }
    try {
      text = decodeUtf8Strict(bytes, path);
    } catch (error) {
      if (!(error instanceof InvalidUtf8Error)) throw error;
      // Where the first byte that is not UTF-8 is: line, byte offset, the bytes found.
      problems.push({
        severity: "error",
        file: path,
        ...(error.line === undefined ? {} : { line: error.line }),
        ...(error.value === undefined ? {} : { value: error.value }),
        expected: error.expected,
        ...(error.hint ? { hint: error.hint } : {}),
      });
      return null;
    }
  }
  let raw: RawTable;
  try {
    raw = parseCsv(text, { file: path, spreadsheetSafe: options.spreadsheetSafe === true });
  } catch (error) {
    if (error instanceof DataError) {
      problems.push({
        severity: "error",
        file: path,
        ...(error.row === undefined ? {} : { row: error.row }),
        ...(error.line === undefined ? {} : { line: error.line }),
        ...(error.column === undefined ? {} : { column: error.column }),
        ...(error.value === undefined ? {} : { value: error.value }),
        expected: error.expected,
        ...(error.hint ? { hint: error.hint } : {}),
      });
      return null;
    }
    throw error;
  }
  const allowed = new Set([...shape.required, ...(shape.optional ?? [])]);
  let ok = true;
  for (const name of shape.required) {
    if (!raw.header.includes(name)) {
      ok = false;
      problems.push({
        severity: "error",
        file: path,
        line: 1,
        expected: `a column named "${name}"`,
        hint: `the columns are: ${[...shape.required, ...(shape.optional ?? [])].join(", ")}`,
      });
    }
  }
  raw.header.forEach((name, j) => {
    if (!allowed.has(name)) {
      problems.push({
        severity: "error",
        file: path,
        line: 1,
        column: raw.headerPositions[j]?.column ?? 1,
        value: name,
        expected: `one of the columns ${[...allowed].join(", ")}`,
      });
      ok = false;
    }
  });
  if (!ok) return null;
  const index = new Map(raw.header.map((h, j) => [h, j]));
  // The first required column named *_id identifies a row in its problems.
  const idColumn = shape.required.find((c) => c.endsWith("_id"));
  const rows = raw.rows.map((cells, i) =>
    new TableRow(path, index, cells, raw.positions[i]!, problems, idColumn)
  );
  return { rows, header: raw.header, raw };
}

/** An id: lower-case segments joined by dots. */
export const ID_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;

/** A zod schema for an id. */
export const idSchema: z.ZodType<string> = z.string().regex(ID_PATTERN);
