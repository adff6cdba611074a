/**
 * The one place recompte reads and writes CSV. Parsing is done by nodejs-polars; before it, a
 * quote-aware scan checks each record's shape, because polars silently pads short rows, drops
 * the fields of long rows and renames duplicate headers, and we would rather refuse a file
 * than misread it. Swapping to `@std/csv` later touches this file only.
 *
 * Every cell is read as text (`inferSchemaLength: 0`); typing is the loaders' job (zod).
 *
 * @module
 */
import pl from "nodejs-polars";
import { Buffer } from "node:buffer";
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
  /** The same cells as a polars DataFrame of strings. */
  frame: pl.DataFrame;
}

/** Options for {@linkcode parseCsv}. */
export interface ParseCsvOptions {
  /** The name used in error messages. @default "<text>" */
  file?: string;
  /** The field separator. @default "," */
  separator?: "," | ";" | "\t";
}

interface RecordShape {
  line: number;
  fields: number;
}

/** The text of the line holding offset `i`, for error messages. */
function currentLine(text: string, i: number): string {
  const start = text.lastIndexOf("\n", i - 1) + 1;
  const end = text.indexOf("\n", i);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, "").slice(0, 80);
}

/** Scans records quote-aware; returns the field count and starting line of each record. */
function scanShapes(text: string, separator: string, file: string): RecordShape[] {
  const shapes: RecordShape[] = [];
  let line = 1;
  let start = 1;
  let fields = 1;
  let inQuotes = false;
  let fieldStart = true;
  let recordHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else {
          inQuotes = false;
          const next = text[i + 1];
          if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
            throw new DataError({
              file,
              row: shapes.length + 1,
              value: currentLine(text, i),
              expected: `a separator or the end of the line after a closing quote (line ${line})`,
            });
          }
        }
      } else if (c === "\n") line++;
      continue;
    }
    if (c === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      recordHasContent = true;
    } else if (c === '"') {
      throw new DataError({
        file,
        row: shapes.length + 1,
        value: currentLine(text, i),
        expected: `no quote inside an unquoted field (line ${line}); quote the whole field and ` +
          `double the inner quotes`,
      });
    } else if (c === separator) {
      fields++;
      fieldStart = true;
      recordHasContent = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] !== "\n") {
        // polars ends lines at LF (CRLF included) only: a lone CR would run two rows together.
        throw new DataError({
          file,
          row: shapes.length + 1,
          value: currentLine(text, i),
          expected: `lines ending in LF or CRLF, not a lone carriage return (line ${line}, as ` +
            `in old Mac exports); re-save the file as "CSV UTF-8"`,
        });
      }
      if (c === "\r") i++;
      if (recordHasContent || fields > 1) shapes.push({ line: start, fields });
      else shapes.push({ line: start, fields: 0 });
      line++;
      start = line;
      fields = 1;
      fieldStart = true;
      recordHasContent = false;
    } else {
      fieldStart = false;
      recordHasContent = true;
    }
  }
  if (inQuotes) {
    throw new DataError({
      file,
      row: shapes.length + 1,
      expected: `a closing quote for the field opened on line ${start}`,
    });
  }
  if (recordHasContent || fields > 1) shapes.push({ line: start, fields });
  return shapes;
}

/**
 * Parses CSV text into text cells, refusing malformed files with a {@linkcode DataError}.
 *
 * Accepts a UTF-8 byte-order mark and CRLF line ends. Refuses: an empty file, an empty or
 * duplicate column name, a row with more or fewer fields than the header, a stray or
 * unterminated quote, a line ended by a lone carriage return (outside quotes; inside a quoted
 * field any line break is kept). Blank lines are skipped.
 *
 * @param text The CSV text.
 * @param options File name for messages, separator.
 * @returns The header, the rows and a DataFrame.
 *
 * @example
 * ```ts
 * import { parseCsv } from "./csv.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const t = parseCsv('id,text\na,"x, y"\nb,\n');
 * deepStrictEqual(t.rows, [["a", "x, y"], ["b", null]]);
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): RawTable {
  const file = options.file ?? "<text>";
  const separator = options.separator ?? ",";
  // A byte-order mark, or several (a file re-saved with one added each time).
  const body = text.replace(/^\uFEFF+/, "");
  const shapes = scanShapes(body, separator, file);
  const records = shapes.filter((s) => s.fields > 0);
  if (records.length === 0) {
    throw new DataError({ file, row: 1, value: "", expected: "a header row naming the columns" });
  }
  const width = records[0]!.fields;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separatorHint = separator === "," && firstLine.includes(";")
    ? `; the header holds ";": if the file uses ";" as separator (a French spreadsheet export), ` +
      `load it with separator ";" and locale "fr"`
    : "";
  records.slice(1).forEach((shape, i) => {
    if (shape.fields !== width) {
      throw new DataError({
        file,
        row: i + 2,
        value: `${shape.fields} fields`,
        expected: `${width} fields like the header (line ${shape.line})${separatorHint}`,
      });
    }
  });
  let frame: pl.DataFrame;
  try {
    frame = pl.readCSV(Buffer.from(body, "utf8"), {
      hasHeader: true,
      sep: separator,
      quoteChar: '"',
      inferSchemaLength: 0,
    });
  } catch (error) {
    throw new DataError({
      file,
      expected: `well-formed CSV (polars: ${String(error).split("\n")[0]})`,
    });
  }
  let header: string[];
  try {
    header = parseHeader(body, separator, file, width);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({
      file,
      row: 1,
      expected: `a well-formed header row (polars: ${String(error).split("\n")[0]})`,
    });
  }
  const columns = frame.columns.map((name) => frame.getColumn(name).toArray() as (string | null)[]);
  let rows = Array.from({ length: frame.height }, (_, r) =>
    columns.map((column) => {
      const cell = column[r];
      return cell === undefined || cell === null || cell === "" ? null : cell;
    }));
  if (rows.length !== records.length - 1) {
    // polars keeps some blank lines as empty rows; the scan above skipped them.
    rows = rows.filter((row) => row.some((cell) => cell !== null));
    const kept = rows;
    frame = pl.DataFrame(
      Object.fromEntries(frame.columns.map((name, j) => [name, kept.map((row) => row[j] ?? null)])),
      { schema: Object.fromEntries(frame.columns.map((name) => [name, pl.Utf8])) },
    );
  }
  if (rows.length !== records.length - 1) {
    throw new DataError({
      file,
      expected: `${records.length - 1} data rows (polars read ${rows.length})`,
    });
  }
  frame.columns = header;
  return { file, header, rows, frame };
}

function parseHeader(body: string, separator: string, file: string, width: number): string[] {
  const headerFrame = pl.readCSV(Buffer.from(body, "utf8"), {
    hasHeader: false,
    sep: separator,
    quoteChar: '"',
    inferSchemaLength: 0,
    nRows: 1,
  });
  const header = headerFrame.row(0).map((cell) => (cell === null ? "" : String(cell).trim()));
  if (header.length !== width) {
    throw new DataError({ file, row: 1, expected: `${width} column names` });
  }
  header.forEach((name, i) => {
    if (name === "") {
      throw new DataError({ file, row: 1, value: "", expected: `a name for column ${i + 1}` });
    }
    const first = header.indexOf(name);
    if (first !== i) {
      throw new DataError({
        file,
        row: 1,
        column: name,
        value: name,
        expected: `a column name used once (also column ${first + 1})`,
      });
    }
  });
  return header;
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
      throw new DataError({ file, expected: "a UTF-8 text file (re-save it as CSV UTF-8)" });
    }
    throw error;
  }
  return parseCsv(text, { ...options, file });
}

/** A cell value to write. `null` and `undefined` write an empty cell. */
export type CellValue = string | number | boolean | null | undefined;

/**
 * Formats rows as CSV text (RFC 4180: comma separator, LF line ends, fields quoted by polars
 * when they hold a comma, quote or line break). Numbers are written as plain decimals
 * (see `formatPlainNumber`), never in polars' full float precision.
 *
 * @param header Column names.
 * @param rows Rows of cells, aligned with `header`.
 * @returns The CSV text, ending with a newline.
 *
 * @example
 * ```ts
 * import { formatCsv } from "./csv.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(formatCsv(["id", "x"], [["a", 0.1 + 0.2], ["b, c", null]]), 'id,x\na,0.3\n"b, c",\n');
 * ```
 */
export function formatCsv(header: string[], rows: CellValue[][]): string {
  const columns: Record<string, (string | null)[]> = {};
  header.forEach((name, j) => {
    columns[name] = rows.map((row) => {
      const cell = row[j];
      if (cell === null || cell === undefined) return null;
      if (typeof cell === "number") return formatPlainNumber(cell);
      return String(cell);
    });
  });
  if (rows.length === 0) return header.map(quoteHeader).join(",") + "\n";
  const frame = pl.DataFrame(columns, {
    schema: Object.fromEntries(header.map((h) => [h, pl.Utf8])),
  });
  return frame.writeCSV().toString();
}

function quoteHeader(name: string): string {
  return /[",\n\r]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}
