/**
 * The one place recompte reads and writes CSV: strict RFC 4180, read by our own quote-aware
 * scanner, which refuses a file rather than misread it — a row with too many or too few fields,
 * a stray or unterminated quote, a lone carriage return, an empty or repeated column name — and
 * records where each cell starts (line and column) for messages. nodejs-polars is kept for what
 * it is good at, DataFrames for researchers (`lib/project/frames.ts`), and loaded only there.
 *
 * Every cell is read as text; typing is the loaders' job (zod).
 *
 * @module
 */
import { DataError } from "../errors.ts";
import { formatPlainNumber } from "./numbers.ts";

/** A CSV file read as text cells. Empty cells are `null`. */
export interface RawTable {
  /** The file name used in error messages. */
  file: string;
  /** Column names, in file order. */
  header: string[];
  /** Data rows; `rows[i][j]` is the cell of column `header[j]`. */
  rows: (string | null)[][];
  /** Where each cell starts, aligned with `rows` (`positions[i][j]` for `rows[i][j]`). */
  positions: CellPosition[][];
  /** Where each header cell starts. */
  headerPositions: CellPosition[];
}

/** Options for {@linkcode parseCsv}. */
export interface ParseCsvOptions {
  /** The name used in error messages. @default "<text>" */
  file?: string;
  /** The field separator. @default "," */
  separator?: "," | ";" | "\t";
  /**
   * Undo {@linkcode formatCsv}'s `spreadsheetSafe` quoting: a cell made of one or more `'`
   * followed by `=`, `+`, `-`, `@`, a tab or a carriage return loses exactly one leading `'`
   * (see {@linkcode SPREADSHEET_TRIGGER}). Header cells are left as they are. @default false
   */
  spreadsheetSafe?: boolean;
}

/** Where a cell starts in the file: 1-based line and column (in UTF-16 code units). */
export interface CellPosition {
  /** The line. */
  line: number;
  /** The column. */
  column: number;
}

/** The text of the line holding offset `i`, for error messages. */
function currentLine(text: string, i: number): string {
  const start = text.lastIndexOf("\n", i - 1) + 1;
  const end = text.indexOf("\n", i);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, "").slice(0, 80);
}

interface ScannedRecord {
  cells: string[];
  starts: CellPosition[];
}

/** Splits text into records of cells, refusing malformed CSV; blank lines are skipped. */
function scanRecords(text: string, separator: string, file: string): ScannedRecord[] {
  const records: ScannedRecord[] = [];
  const n = text.length;
  const sep = separator.charCodeAt(0);
  let line = 1;
  let lineStart = 0;
  let cells: string[] = [];
  let starts: CellPosition[] = [];
  let quotedCell = false;
  let i = 0;
  const endRecord = () => {
    const blank = cells.length === 1 && cells[0] === "" && !quotedCell;
    if (!blank) records.push({ cells, starts });
    cells = [];
    starts = [];
  };
  while (i < n) {
    // A field starts at i.
    const cellStart = { line, column: i - lineStart + 1 };
    let cell: string;
    if (text.charCodeAt(i) === 34) {
      quotedCell = true;
      let value = "";
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0) {
          throw new DataError({
            file,
            line: cellStart.line,
            column: cellStart.column,
            expected: "a closing quote for the field opened here",
          });
        }
        const segment = text.slice(j, k);
        let nl = segment.indexOf("\n");
        while (nl >= 0) {
          line++;
          lineStart = j + nl + 1;
          nl = segment.indexOf("\n", nl + 1);
        }
        value += segment;
        if (text.charCodeAt(k + 1) === 34) {
          value += '"';
          j = k + 2;
          continue;
        }
        i = k + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < n && next !== sep && next !== 10 && next !== 13) {
        throw new DataError({
          file,
          line,
          column: i - lineStart + 1,
          value: currentLine(text, i - 1),
          expected: "a separator or the end of the line after a closing quote",
          hint: "double a quote inside a quoted field",
        });
      }
      cell = value;
    } else {
      quotedCell = false;
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === sep || c === 10 || c === 13) break;
        if (c === 34) {
          throw new DataError({
            file,
            line,
            column: j - lineStart + 1,
            value: currentLine(text, j),
            expected: "no quote inside an unquoted field",
            hint: "quote the whole field and double the inner quotes",
          });
        }
      }
      cell = text.slice(i, j);
      i = j;
    }
    cells.push(cell);
    starts.push(cellStart);
    if (i >= n) {
      endRecord();
      break;
    }
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) {
        // A separator ends the text: one more, empty field.
        cells.push("");
        starts.push({ line, column: i - lineStart + 1 });
        endRecord();
      }
      continue;
    }
    if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) {
        throw new DataError({
          file,
          line,
          column: i - lineStart + 1,
          value: currentLine(text, i),
          expected:
            "lines ending in LF or CRLF, not a lone carriage return (as in old Mac exports)",
          hint: 're-save the file as "CSV UTF-8"',
        });
      }
      i++;
    }
    endRecord();
    line++;
    i++;
    lineStart = i;
  }
  return records;
}

/**
 * Parses CSV text into text cells, refusing malformed files with a {@linkcode DataError} that
 * names the line and column.
 *
 * Accepts a UTF-8 byte-order mark and CRLF line ends. Refuses: an empty file, a header whose
 * names are separated by `;` when the separator is `,` (a French spreadsheet export, named as
 * such rather than misread as a stray quote), an empty or duplicate column name, a row with
 * more or fewer fields than the header, a stray or unterminated quote, a line ended by a lone
 * carriage return (outside quotes; inside a quoted field any line break is kept). Blank lines
 * are skipped. Empty cells are `null`.
 *
 * @param text The CSV text.
 * @param options File name for messages, separator, spreadsheet-safe reading.
 * @returns The header, the rows and where each cell starts.
 *
 * @example
 * ```ts
 * import { parseCsv } from "./csv.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const t = parseCsv('id,text\na,"x, y"\nb,\n');
 * deepStrictEqual(t.rows, [["a", "x, y"], ["b", null]]);
 * deepStrictEqual(t.positions[0], [{ line: 2, column: 1 }, { line: 2, column: 3 }]);
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): RawTable {
  const file = options.file ?? "<text>";
  const separator = options.separator ?? ",";
  // A byte-order mark, or several (a file re-saved with one added each time).
  const body = text.replace(/^\uFEFF+/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const semicolons = 'if the file uses ";" as separator (a French spreadsheet export), save it ' +
    'again as "CSV UTF-8 (comma delimited)", or read it with separator ";" and locale "fr"';
  // A header split by ";" and holding no comma: the file is not comma-separated. Say so now,
  // before its first quoted cell is misread as a stray quote or its rows as one long field.
  if (separator === "," && firstLine.includes(";") && !firstLine.includes(",")) {
    throw new DataError({
      file,
      line: 1,
      column: firstLine.indexOf(";") + 1,
      value: firstLine.slice(0, 80),
      expected: "column names separated by commas",
      hint: semicolons,
    });
  }
  const records = scanRecords(body, separator, file);
  if (records.length === 0) {
    throw new DataError({ file, line: 1, value: "", expected: "a header row naming the columns" });
  }
  const head = records[0]!;
  const width = head.cells.length;
  const separatorHint = separator === "," && firstLine.includes(";")
    ? `the header holds ";": ${semicolons}`
    : "if a field holds a comma, quote the whole field";
  const header = head.cells.map((name) => name.trim());
  header.forEach((name, i) => {
    if (name === "") {
      throw new DataError({
        file,
        line: 1,
        column: head.starts[i]!.column,
        value: "",
        expected: `a name for column ${i + 1}`,
      });
    }
    const first = header.indexOf(name);
    if (first !== i) {
      throw new DataError({
        file,
        line: 1,
        column: head.starts[i]!.column,
        value: name,
        expected: `a column name used once (also column ${first + 1})`,
      });
    }
  });
  const unquote = options.spreadsheetSafe === true;
  const rows: (string | null)[][] = [];
  const positions: CellPosition[][] = [];
  for (const record of records.slice(1)) {
    if (record.cells.length !== width) {
      const at = record.starts[Math.min(record.cells.length, width)] ?? record.starts[0]!;
      throw new DataError({
        file,
        line: record.starts[0]!.line,
        column: at.column,
        value: `${record.cells.length} fields`,
        expected: `${width} fields like the header`,
        hint: separatorHint,
      });
    }
    rows.push(record.cells.map((cell) => {
      if (cell === "") return null;
      return unquote && QUOTED_TRIGGER.test(cell) ? cell.slice(1) : cell;
    }));
    positions.push(record.starts);
  }
  return { file, header, rows, positions, headerPositions: head.starts };
}

/**
 * Reads a CSV file; see {@linkcode parseCsv}.
 *
 * @param path The file path.
 * @param options Separator; the file name defaults to `path`.
 * @returns The parsed table.
 */
export function readCsvFile(path: string | URL, options: ParseCsvOptions = {}): RawTable {
  let text: string;
  const file = options.file ?? (path instanceof URL ? path.pathname : path);
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Deno.readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError) {
      throw new DataError({ file, expected: "a UTF-8 text file", hint: "re-save it as CSV UTF-8" });
    }
    throw error;
  }
  return parseCsv(text, { ...options, file });
}

/** A cell value to write. `null` and `undefined` write an empty cell. */
export type CellValue = string | number | boolean | null | undefined;

/**
 * What makes a spreadsheet read a cell as a formula when it comes first: `=`, `+`, `-`, `@`, a
 * tab or a carriage return (the OWASP "CSV injection" list).
 */
export const SPREADSHEET_TRIGGER: RegExp = /^[=+\-@\t\r]/;

/** Text the writer prefixes with `'`: any number of `'`, then a trigger character. */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
/** Text the reader takes one `'` off: one or more `'`, then a trigger character. */
const QUOTED_TRIGGER = /^'+[=+\-@\t\r]/;
/** A plain decimal number, which a spreadsheet reads as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Options for {@linkcode formatCsv}. */
export interface FormatCsvOptions {
  /**
   * Neutralize formulas for people who open the file in a spreadsheet (CSV or formula
   * injection, OWASP): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
   * return, possibly after some `'`, is written with one more `'` in front, so `=SUM(A1)` is
   * written `'=SUM(A1)`, which a spreadsheet shows as the text `=SUM(A1)`, and `'=x` is written
   * `''=x`. Numbers are never changed: number cells (`-0.25`), and text cells that are a plain
   * decimal number (`"-0.25"`, `"+3"`), which a spreadsheet reads as a number, not a formula.
   * Header cells are left as they are. Read such a file back with `parseCsv(…, {
   * spreadsheetSafe: true })`, which takes exactly one `'` off those cells: the round trip
   * gives every cell back byte for byte. @default false
   */
  spreadsheetSafe?: boolean;
}

/**
 * Formats rows as CSV text (RFC 4180: comma separator, LF line ends, fields quoted when they
 * hold a comma, quote or line break). Numbers are written as plain decimals
 * (see `formatPlainNumber`), never in full float precision. With `spreadsheetSafe`,
 * text cells that a spreadsheet would run as a formula are prefixed with `'` (see
 * {@linkcode FormatCsvOptions}).
 *
 * @param header Column names.
 * @param rows Rows of cells, aligned with `header`.
 * @param options Formula neutralization.
 * @returns The CSV text, ending with a newline.
 *
 * @example Plain decimals and quoting
 * ```ts
 * import { formatCsv } from "./csv.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatCsv(["id", "x"], [["a", 0.1 + 0.2], ["b, c", null]]), 'id,x\na,0.3\n"b, c",\n');
 * ```
 *
 * @example Spreadsheet-safe, and back byte for byte
 * ```ts
 * import { formatCsv, parseCsv } from "./csv.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const rows = [["=HYPERLINK(\"http://x\")", -0.25], ["'=déjà cité", "-0.25"], ["- tiret", 3]];
 * const text = formatCsv(["text", "x"], rows, { spreadsheetSafe: true });
 * strictEqual(text, 'text,x\n"\'=HYPERLINK(""http://x"")",-0.25\n\'\'=déjà cité,-0.25\n\'- tiret,3\n');
 * deepStrictEqual(parseCsv(text, { spreadsheetSafe: true }).rows, rows.map((r) => r.map(String)));
 * ```
 */
export function formatCsv(
  header: string[],
  rows: CellValue[][],
  options: FormatCsvOptions = {},
): string {
  const safe = options.spreadsheetSafe === true;
  const lines = [header.map(quoteField).join(",")];
  for (const row of rows) {
    lines.push(
      header.map((_, j) => {
        const cell = row[j];
        if (cell === null || cell === undefined) return "";
        if (typeof cell === "number") return formatPlainNumber(cell);
        const text = String(cell);
        return quoteField(
          safe && NEEDS_QUOTE.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text,
        );
      }).join(","),
    );
  }
  return lines.join("\n") + "\n";
}

function quoteField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
