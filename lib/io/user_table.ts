/**
 * A researcher's own table — a CSV saved by a spreadsheet, French or English — read for a
 * notebook or a script. Text columns stay text; the columns named as numbers are read in the
 * file's locale, and a cell that is not a number in that locale is refused with its line, column
 * and value: never read as a wrong number, never NaN.
 *
 * @module
 */
import { DataError } from "../errors.ts";
import { parseCsv } from "./csv.ts";
import { type NumberLocale, readNumber } from "./numbers.ts";
import { decodeUtf8Strict } from "./utf8.ts";

/** How a number column is written: plain, in percent (`35,5 %`) or in dollars (`45 000 $`). */
export type NumberColumn = "plain" | "%" | "$";

/** Options of {@linkcode readUserTable}. */
export interface UserTableOptions {
  /**
   * How the file writes numbers: `fr` (`45 000`, `35,5`; `;` between fields, as a French
   * spreadsheet saves CSV) or `en` (`45000`, `35.5`; `,` between fields). @default "en"
   */
  readonly locale?: NumberLocale;
  /** The field separator, when it is not the locale's. */
  readonly separator?: "," | ";" | "\t";
  /** The columns holding numbers, and how each writes them; the others are text. */
  readonly numbers?: Readonly<Record<string, NumberColumn>>;
}

/** A cell of a user table: text, a number, or empty. */
export type UserCell = string | number | null;

/** A user table: its columns, and its rows by column name. */
export interface UserTable {
  /** The file. */
  readonly file: string;
  /** The columns, in file order. */
  readonly header: readonly string[];
  /** The rows. */
  readonly rows: readonly Readonly<Record<string, UserCell>>[];
}

/**
 * Reads a CSV text as a user table.
 *
 * @param text The CSV text.
 * @param file Its name, for messages.
 * @param options Locale, separator, number columns.
 * @returns The table.
 * @throws {DataError} On malformed CSV, a number column that is missing, or a cell that is not a
 *   number, naming the line, the column and the value.
 *
 * @example A French spreadsheet's export
 * ```ts
 * import { parseUserTable } from "./user_table.ts";
 * import { deepStrictEqual, throws } from "node:assert/strict";
 * const csv = "année;postes;taux\n2018;350;35,5 %\n2019;362;\n";
 * const t = parseUserTable(csv, "recensement.csv", { locale: "fr", numbers: { "année": "plain", postes: "plain", taux: "%" } });
 * deepStrictEqual(t.rows, [{ "année": 2018, postes: 350, taux: 35.5 }, { "année": 2019, postes: 362, taux: null }]);
 * throws(() => parseUserTable("année;postes\n2018;3.5\n", "r.csv", { locale: "fr", numbers: { postes: "plain" } }),
 *   /r\.csv:2:6.*"3\.5"/);
 * ```
 */
export function parseUserTable(
  text: string,
  file: string,
  options: UserTableOptions = {},
): UserTable {
  const locale = options.locale ?? "en";
  const separator = options.separator ?? (locale === "fr" ? ";" : ",");
  const raw = parseCsv(text.replace(/^\uFEFF/, ""), { file, separator });
  const numbers = options.numbers ?? {};
  for (const column of Object.keys(numbers)) {
    if (!raw.header.includes(column)) {
      throw new DataError({
        file,
        line: 1,
        value: raw.header.join(separator),
        expected: `a column named "${column}"`,
        hint: `the columns are: ${raw.header.join(", ")}`,
      });
    }
  }
  const rows = raw.rows.map((cells, i) => {
    const row: Record<string, UserCell> = {};
    raw.header.forEach((name, j) => {
      const cell = cells[j] ?? null;
      const kind = numbers[name];
      if (kind === undefined || cell === null || cell.trim() === "") {
        row[name] = cell === null || cell.trim() === "" ? null : cell;
        return;
      }
      const reading = readNumber(cell, locale, kind === "plain" ? {} : { sign: kind });
      if (!reading.ok) {
        const at = raw.positions[i]![j]!;
        throw new DataError({
          file,
          line: at.line,
          column: at.column,
          value: cell,
          expected: `${reading.expected} in column "${name}"`,
        });
      }
      row[name] = reading.value;
    });
    return Object.freeze(row);
  });
  return Object.freeze({ file, header: Object.freeze([...raw.header]), rows: Object.freeze(rows) });
}

/**
 * Reads a CSV file as a user table: strict UTF-8 (a byte that is not is refused with its offset;
 * re-save the file as "CSV UTF-8"), then {@linkcode parseUserTable}.
 *
 * @param path The file.
 * @param options Locale, separator, number columns.
 * @returns The table.
 * @throws {DataError} On a file that is not UTF-8 or not a valid table.
 */
export function readUserTable(path: string, options: UserTableOptions = {}): UserTable {
  return parseUserTable(decodeUtf8Strict(Deno.readFileSync(path), path), path, options);
}
