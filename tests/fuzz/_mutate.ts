/**
 * Ways a researcher's spreadsheet goes wrong, as mutations of a valid CSV text (or of its bytes):
 * the fuzz tests apply them to the real files of `data/`.
 *
 * @module
 */
import { DataError } from "../../lib/errors.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import type { Prng } from "./_prng.ts";

/**
 * Values that have broken number readers somewhere: what `Number()` or `parseFloat()` accept and a
 * researcher did not mean (`0x1F`, `1_000` in some languages, `Infinity`, `1e309`), French
 * spreadsheet formats, digits of other scripts, formulas, and white space a cell may carry.
 */
export const NASTY_CELLS = [
  "",
  " ",
  "NaN",
  "nan",
  "Infinity",
  "-Infinity",
  "inf",
  "1e308",
  "1e309",
  "-1e400",
  "9".repeat(400),
  "0." + "0".repeat(400) + "1",
  "1e-400",
  "-0",
  "0x1F",
  "0b101",
  "0o17",
  "1_000",
  "1,5",
  "45 000",
  "45\u00A0000,50 $",
  "35,5 %",
  "1.234,56",
  "1,234.56",
  "12.",
  ".5",
  "+7",
  "\u22127",
  "--3",
  "1e",
  "e5",
  "١٢٣",
  "１２３",
  "null",
  "undefined",
  "true",
  "=1+1",
  "2025-13-45",
  "2025-02-30",
  "0000",
  "1e3",
  "1E+3",
  "\u00A07",
  "7\u200B",
  "\uFEFF7",
  "\u0000",
  "😀",
  '"',
  '""',
  "a\nb",
];

/** The name of a mutation, for the breakdown. */
export type MutationName = string;

type TextMutation = (text: string, r: Prng) => string;

const lines = (text: string) => text.split("\n");

/** Replaces a random cell (naively split on commas) with `value`. */
function replaceCell(text: string, r: Prng, value: string): string {
  const ls = lines(text);
  const i = ls.length > 1 ? 1 + r.int(ls.length - 1) : 0;
  const cells = ls[i]!.split(",");
  cells[r.int(cells.length)] = value;
  ls[i] = cells.join(",");
  return ls.join("\n");
}

/** Columns that hold numbers or dates in the files of `data/`. */
const NUMBER_COLUMN = /value|low|high|^min$|^max$|^line$|factor|date|amount|count|mcad|year|step/;

/**
 * Replaces one cell of a well-formed CSV with `value(cell)`, quoting as a spreadsheet would, so
 * that the file still parses and the readers' checks of that cell are reached. A text that does
 * not parse is left as it is.
 */
function replaceParsedCell(
  text: string,
  r: Prng,
  value: (cell: string) => string,
  only?: RegExp,
): string {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    if (error instanceof DataError) return text;
    throw error;
  }
  if (table.rows.length === 0) return text;
  const columns = table.header.map((_, j) => j).filter((j) => !only || only.test(table.header[j]!));
  const j = columns.length > 0 ? r.pick(columns) : r.int(table.header.length);
  const row = table.rows[r.int(table.rows.length)]!;
  row[j] = value(row[j] ?? "");
  return formatCsv(table.header, table.rows);
}

/** Mutations of CSV text, by name. */
export const TEXT_MUTATIONS: Record<MutationName, TextMutation> = {
  truncate: (t, r) => t.slice(0, r.int(t.length + 1)),
  truncate_row: (t, r) => {
    const ls = lines(t);
    const i = r.int(ls.length);
    ls[i] = ls[i]!.slice(0, r.int(ls[i]!.length + 1));
    return ls.join("\n");
  },
  extra_column: (t, r) => {
    const ls = lines(t);
    const i = r.int(ls.length);
    ls[i] = `${ls[i]},${r.pick(NASTY_CELLS)}`;
    return ls.join("\n");
  },
  extra_column_everywhere: (t) =>
    lines(t).map((l, i) => (l ? `${l},${i === 0 ? "x" : i}` : l)).join("\n"),
  drop_column: (t, r) => {
    const ls = lines(t);
    const i = r.int(ls.length);
    ls[i] = ls[i]!.replace(/,[^,]*$/, "");
    return ls.join("\n");
  },
  stray_quote: (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + '"' + t.slice(i);
  },
  unbalanced_quoted_field: (t, r) => replaceCell(t, r, '"ouvert, jamais fermé'),
  bom: (t) => "\uFEFF" + t,
  double_bom: (t) => "\uFEFF\uFEFF" + t,
  bom_in_header_name: (t) => t.replace(/,/, ",\uFEFF"),
  crlf: (t) => t.replaceAll("\n", "\r\n"),
  lone_cr: (t) => t.replaceAll("\n", "\r"),
  mixed_line_ends: (t, r) => t.replace(/\n/g, () => r.pick(["\n", "\r\n", "\r", "\n\n"])),
  empty: () => "",
  whitespace_only: (_t, r) => r.pick([" ", "\n", "\r\n\r\n", "\t", "\uFEFF"]),
  header_only: (t) => lines(t)[0]! + "\n",
  no_header: (t) => lines(t).slice(1).join("\n"),
  blank_lines: (t) => t.replaceAll("\n", "\n\n"),
  nasty_cell: (t, r) => replaceCell(t, r, r.pick(NASTY_CELLS)),
  nasty_quoted_cell: (t, r) => replaceCell(t, r, `"${r.pick(NASTY_CELLS).replaceAll('"', '""')}"`),
  huge_number: (t, r) => replaceCell(t, r, r.pick(["1e308", "1e309", "9".repeat(30), "-1e16"])),
  semicolons: (t) => t.replaceAll(",", ";"),
  tabs: (t) => t.replaceAll(",", "\t"),
  duplicate_row: (t, r) => {
    const ls = lines(t).filter((l) => l !== "");
    if (ls.length < 2) return t;
    const i = 1 + r.int(ls.length - 1);
    ls.splice(i, 0, ls[i]!);
    return ls.join("\n") + "\n";
  },
  duplicate_header_name: (t) => {
    const ls = lines(t);
    const names = ls[0]!.split(",");
    if (names.length > 1) names[1] = names[0]!;
    ls[0] = names.join(",");
    return ls.join("\n");
  },
  rename_column: (t, r) => {
    const ls = lines(t);
    const names = ls[0]!.split(",");
    const j = r.int(names.length);
    names[j] = r.pick([names[j]!.toUpperCase(), ` ${names[j]} `, `${names[j]}_x`, ""]);
    ls[0] = names.join(",");
    return ls.join("\n");
  },
  shuffle_columns: (t) => {
    // Swaps the first two columns in every line (naive split; quoted commas make it worse).
    return lines(t).map((l) => {
      const c = l.split(",");
      if (c.length > 1) [c[0], c[1]] = [c[1]!, c[0]!];
      return c.join(",");
    }).join("\n");
  },
  control_chars: (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + r.pick(["\u0000", "\u0007", "\u001b[31m", "\u2028", "\u0085"]) +
      t.slice(i);
  },
  unicode_junk: (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + r.pick(["😀", "é", "\u0301", "\uFFFD", "\u200B", "ß", "İ"]) + t.slice(i);
  },
  many_columns: (t) => {
    const ls = lines(t);
    ls[0] = ls[0] + "," + Array.from({ length: 500 }, (_, i) => `c${i}`).join(",");
    return ls.join("\n");
  },
  long_cell: (t, r) => replaceCell(t, r, "x".repeat(100_000)),
  nasty_parsed_cell: (t, r) => replaceParsedCell(t, r, () => r.pick(NASTY_CELLS)),
  nasty_number_cell: (t, r) => replaceParsedCell(t, r, () => r.pick(NASTY_CELLS), NUMBER_COLUMN),
  emptied_cell: (t, r) => replaceParsedCell(t, r, () => r.pick(["", " ", "\t"])),
  padded_cell: (t, r) => replaceParsedCell(t, r, (c) => ` ${c} `),
  formula_cell: (t, r) =>
    replaceParsedCell(t, r, () => r.pick(["=SUM(A1)", "'=x", "@cmd", "'+7", "-3", "\t=1"])),
  multiline_cell: (t, r) => replaceParsedCell(t, r, (c) => `${c}\nligne 2\r\nligne 3`),
  swap_rows: (t, r) => {
    const ls = lines(t).filter((l) => l !== "");
    if (ls.length < 3) return t;
    const i = 1 + r.int(ls.length - 1);
    const j = 1 + r.int(ls.length - 1);
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return ls.join("\n") + "\n";
  },
  swap_rows_with_garbage: (_t, r) =>
    Array.from({ length: 1 + r.int(8) }, () =>
      Array.from(
        { length: r.int(40) },
        () => r.pick([",", '"', "\n", "\r", ";", "a", "1", ".", "-", "e", " ", "é"]),
      ).join("")).join("\n"),
};

/** The mutations that keep the file well-formed CSV and change one cell: the readers' checks of cells. */
export const CELL_MUTATIONS: readonly MutationName[] = [
  "nasty_parsed_cell",
  "nasty_number_cell",
  "emptied_cell",
  "padded_cell",
  "formula_cell",
  "multiline_cell",
  "swap_rows",
  "duplicate_row",
];

/** How a mutated text is turned into bytes: mostly UTF-8, sometimes a wrong encoding. */
export const ENCODINGS = ["utf-8", "latin-1", "utf-16le", "random-bytes"] as const;

/** An encoding name. */
export type Encoding = typeof ENCODINGS[number];

/**
 * Encodes text as the named encoding (characters above U+00FF become `?` in Latin-1).
 *
 * @param text The text.
 * @param encoding The encoding.
 * @param r Random source, for `random-bytes`.
 * @returns The bytes.
 */
export function encode(text: string, encoding: Encoding, r: Prng): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "latin-1":
      return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
    case "utf-16le": {
      const out = new Uint8Array(2 + text.length * 2);
      out[0] = 0xff;
      out[1] = 0xfe;
      for (let i = 0; i < text.length; i++) {
        out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
        out[3 + 2 * i] = text.charCodeAt(i) >> 8;
      }
      return out;
    }
    case "random-bytes":
      return Uint8Array.from({ length: r.int(300) }, () => r.int(256));
  }
}
