/**
 * The errors recompte raises on bad input. Every message names what was found and what was
 * expected, so that a researcher can fix a spreadsheet without reading the code.
 *
 * @module
 */

/** Where a problem stands in a table file. Rows count the header as row 1, as a spreadsheet does. */
export interface DataErrorLocation {
  /** The file (or a label such as `<text>` for CSV given as a string). */
  file: string;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row?: number;
  /** The column name. */
  column?: string;
  /** The value found, as text. */
  value?: string;
  /** What was expected instead. */
  expected: string;
}

/**
 * A problem in a data file: missing column, wrong type, empty required cell, duplicate id,
 * unknown reference, unit outside the list, malformed CSV.
 *
 * @example A wrong type in a cell
 * ```ts
 * import { DataError } from "./errors.ts";
 * import { strictEqual } from "node:assert/strict";
 * const e = new DataError({ file: "data/figures.csv", row: 4, column: "value", value: "abc", expected: "a number" });
 * strictEqual(e.message, 'data/figures.csv, row 4, column "value": found "abc", expected a number');
 * ```
 */
export class DataError extends Error {
  /** The file. */
  readonly file: string;
  /** Spreadsheet row number (header = 1), when known. */
  readonly row: number | undefined;
  /** The column, when known. */
  readonly column: string | undefined;
  /** The value found, when known. */
  readonly value: string | undefined;
  /** What was expected. */
  readonly expected: string;
  /** Further problems found in the same file (the message names the first one). */
  readonly more: DataErrorLocation[];

  /**
   * @param location Where the problem is and what was expected.
   * @param more Further problems in the same file, listed after the first.
   */
  constructor(location: DataErrorLocation, more: DataErrorLocation[] = []) {
    super(DataError.describe(location) + (more.length > 0 ? ` (and ${more.length} more)` : ""));
    this.name = "DataError";
    this.file = location.file;
    this.row = location.row;
    this.column = location.column;
    this.value = location.value;
    this.expected = location.expected;
    this.more = more;
  }

  /**
   * One line describing a problem.
   *
   * @param l The location.
   * @returns `file, row R, column "C": found "V", expected E`.
   */
  static describe(l: DataErrorLocation): string {
    const where = [l.file];
    if (l.row !== undefined) where.push(`row ${l.row}`);
    if (l.column !== undefined) where.push(`column "${l.column}"`);
    const found = l.value === undefined ? "" : `found ${JSON.stringify(l.value)}, `;
    return `${where.join(", ")}: ${found}expected ${l.expected}`;
  }
}

/**
 * An id (figure, assumption, claim, scenario…) that does not exist. The message names close
 * matches.
 *
 * @example
 * ```ts
 * import { UnknownIdError } from "./errors.ts";
 * import { strictEqual } from "node:assert/strict";
 * const e = new UnknownIdError("figure", "aacocq.payrol", ["aacocq.payroll"]);
 * strictEqual(e.message, 'Unknown figure id "aacocq.payrol". Did you mean: aacocq.payroll?');
 * ```
 */
export class UnknownIdError extends Error {
  /** What kind of id. */
  readonly kind: string;
  /** The id asked for. */
  readonly id: string;
  /** Close matches, best first. */
  readonly suggestions: string[];

  /**
   * @param kind What kind of id (`figure`, `assumption`, `claim`…).
   * @param id The id that was asked for.
   * @param suggestions Close matches, best first.
   */
  constructor(kind: string, id: string, suggestions: string[]) {
    super(
      `Unknown ${kind} id ${JSON.stringify(id)}.` +
        (suggestions.length > 0
          ? ` Did you mean: ${suggestions.join(", ")}?`
          : ` No ${kind} id is close to it.`),
    );
    this.name = "UnknownIdError";
    this.kind = kind;
    this.id = id;
    this.suggestions = suggestions;
  }
}
