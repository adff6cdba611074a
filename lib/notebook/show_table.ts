/**
 * A table in a notebook: HTML (shown by every frontend, untrusted included, and never typeset as
 * math) and the same table as aligned text.
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import { mathSafeHtml, publish } from "./publish.ts";

/** One column: its heading and how a row's cell is written (already formatted, in French). */
export interface TableColumn<Row> {
  /** The heading. */
  readonly label: string;
  /** The cell's text. */
  readonly cell: (row: Row) => string;
  /** Right-align (numbers). @default false */
  readonly numeric?: boolean;
}

/** A table's rows and columns, and an optional caption. */
export interface TableInput<Row> {
  /** The rows. */
  readonly rows: readonly Row[];
  /** The columns. */
  readonly columns: readonly TableColumn<Row>[];
  /** A caption above the table. */
  readonly caption?: string;
}

/**
 * The table as HTML.
 *
 * @param input Rows, columns, caption.
 * @returns `<table>…</table>`.
 */
export function tableHtml<Row>(input: TableInput<Row>): string {
  const align = (
    c: TableColumn<Row>,
  ) => (c.numeric ? ' style="text-align:right"' : ' style="text-align:left"');
  const head = input.columns.map((c) => `<th${align(c)}>${escapeHtml(c.label)}</th>`).join("");
  const body = input.rows.map((r) =>
    `<tr>${input.columns.map((c) => `<td${align(c)}>${escapeHtml(c.cell(r))}</td>`).join("")}</tr>`
  ).join("");
  const caption = input.caption
    ? `<caption style="text-align:left">${escapeHtml(input.caption)}</caption>`
    : "";
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The table as text, columns padded.
 *
 * @param input Rows, columns, caption.
 * @returns Lines of text.
 *
 * @example
 * ```ts
 * import { tableText } from "./show_table.ts";
 * import { strictEqual } from "node:assert/strict";
 * const text = tableText({
 *   rows: [{ what: "Masse salariale", v: "135 000 $/an" }],
 *   columns: [{ label: "Grandeur", cell: (r) => r.what }, { label: "Valeur", cell: (r) => r.v, numeric: true }],
 * });
 * strictEqual(text, "Grandeur        |       Valeur\nMasse salariale | 135 000 $/an");
 * ```
 */
export function tableText<Row>(input: TableInput<Row>): string {
  const cells = [
    input.columns.map((c) => c.label),
    ...input.rows.map((r) => input.columns.map((c) => c.cell(r))),
  ];
  const widths = input.columns.map((_, j) => Math.max(...cells.map((row) => [...row[j]!].length)));
  const pad = (text: string, j: number) => {
    const fill = " ".repeat(widths[j]! - [...text].length);
    return input.columns[j]!.numeric ? fill + text : text + fill;
  };
  const lines = cells.map((row) => row.map(pad).join(" | ").trimEnd());
  return [...(input.caption ? [input.caption] : []), ...lines].join("\n");
}

/**
 * Shows a table.
 *
 * @param input Rows, columns, caption.
 * @returns Once shown.
 */
export async function showTable<Row>(input: TableInput<Row>): Promise<void> {
  await publish({ "text/html": mathSafeHtml(tableHtml(input)), "text/plain": tableText(input) });
}
