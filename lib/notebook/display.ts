/**
 * Display helpers for the Deno notebooks in `notebooks/`.
 *
 * Inside `deno jupyter` they publish rich outputs through `Deno.jupyter.display`; under a plain
 * `deno run` or `deno test` (where `Deno.jupyter` throws on access) they print a text fallback, so
 * a notebook's cells joined into one module still run from the command line.
 *
 * @module
 */
import { renderSvg } from "../charts/render_svg.ts";

/** The mime type under which charts are published (JupyterLab renders it natively). */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

type MimeBundle = Record<string, unknown>;

/** `Deno.jupyter.display`, or `undefined` outside `deno jupyter` (where the getter throws). */
function jupyterDisplay(): ((bundle: MimeBundle) => Promise<void>) | undefined {
  try {
    const jupyter = Deno.jupyter;
    return (bundle) => jupyter.display(bundle, { raw: true });
  } catch {
    return undefined;
  }
}

function chartTitle(spec: object): string {
  const title: unknown = (spec as { title?: unknown }).title;
  if (typeof title === "string") return title;
  if (Array.isArray(title)) return title.join(" ");
  if (title !== null && typeof title === "object" && "text" in title) {
    const text = (title as { text: unknown }).text;
    return Array.isArray(text) ? text.join(" ") : String(text);
  }
  return "untitled";
}

/**
 * Show a Vega-Lite chart: publishes the spec (`application/vnd.vegalite.v5+json`) together with
 * its SVG rendering (`image/svg+xml`, from {@linkcode renderSvg}), a script that inserts that SVG
 * (`application/javascript`, which `nbconvert --to html` renders first: its sanitizer strips an
 * inline SVG's elements) and a one-line `text/plain`, so that the chart survives in any viewer, in
 * `nbconvert` exports and in stored outputs.
 * Outside Jupyter the SVG is still rendered (an invalid spec fails the same way) and a line
 * naming the chart is printed.
 *
 * @param spec The Vega-Lite specification, with its data inline (a `vegaLite.TopLevelSpec` or
 *   plain JSON, as built by `lib/charts/`).
 * @returns Once the output is published.
 *
 * @example Outside Jupyter, a line names the chart
 * ```ts
 * import { displayChart } from "./display.ts";
 *
 * await displayChart({
 *   title: "Effectifs",
 *   data: { values: [{ year: 2023, staff: 120 }, { year: 2024, staff: 135 }] },
 *   mark: "bar",
 *   encoding: {
 *     x: { field: "year", type: "ordinal" },
 *     y: { field: "staff", type: "quantitative" },
 *   },
 * }); // prints: [chart: Effectifs]
 * ```
 */
export async function displayChart(spec: object): Promise<void> {
  const svg = await renderSvg(spec);
  const text = `[chart: ${chartTitle(spec)}]`;
  const display = jupyterDisplay();
  if (display === undefined) {
    console.log(text);
    return;
  }
  await display({
    [VEGA_LITE_MIME]: spec,
    "image/svg+xml": svg,
    "application/javascript": svgScript(svg),
    "text/plain": text,
  });
}

/**
 * A script that puts the SVG into its output element. nbconvert's HTML export prefers
 * `application/javascript` to every image type, and (in Debian's nbconvert 6.5) strips the
 * elements of an inline `image/svg+xml` output with `lxml`'s `clean_html`; the script keeps the
 * chart's marks in the exported page. There the script's parent is the output's node (nbconvert
 * gives every output the same `element` id); in JupyterLab it is `element` (a jQuery object in the
 * classic notebook). `<` is escaped so that the string cannot close the page's `<script>`.
 */
function svgScript(svg: string): string {
  const literal = JSON.stringify(svg).replaceAll("<", "\\u003c");
  return "(function (node) { node.innerHTML = " + literal + "; })(" +
    "document.currentScript ? document.currentScript.parentElement : " +
    "element.jquery ? element[0] : element);";
}

/**
 * Show Markdown text (rendered in Jupyter, printed as is elsewhere).
 *
 * @param markdown The Markdown source.
 * @returns Once the output is published.
 *
 * @example Outside Jupyter, the Markdown is printed
 * ```ts
 * import { displayMarkdown } from "./display.ts";
 *
 * await displayMarkdown("**Coût total : 2,5 M$**"); // prints: **Coût total : 2,5 M$**
 * ```
 */
export async function displayMarkdown(markdown: string): Promise<void> {
  const display = jupyterDisplay();
  if (display === undefined) {
    console.log(markdown);
    return;
  }
  await display({ "text/markdown": markdown, "text/plain": markdown });
}

/** One column of {@linkcode markdownTable}: a row key, or a key with a heading and a format. */
export type TableColumn<Row> = (keyof Row & string) | {
  /** The row property shown in this column. */
  key: keyof Row & string;
  /** The heading. @default {key} */
  label?: string;
  /** Alignment. @default "right" when every value is a number, else "left" */
  align?: "left" | "right" | "center";
  /** Turns a value into the cell's text; overrides {@linkcode TableOptions.locale}. */
  format?: (value: Row[keyof Row & string], row: Row) => string;
};

/** Options of {@linkcode markdownTable} and {@linkcode displayTable}. */
export interface TableOptions {
  /**
   * Locale for numbers, e.g. `"fr-FR"` (`1 234,5`, with a narrow no-break space as group
   * separator). Without it numbers are written as `String(value)`.
   * @default {undefined}
   */
  locale?: string;
  /** Most decimals shown when `locale` is set. @default {2} */
  maximumFractionDigits?: number;
}

/**
 * Build a Markdown table from rows of objects. `|` in values is escaped and line breaks become
 * `<br>`; `null` and `undefined` show as empty cells.
 *
 * @param rows The rows, one object each.
 * @param columns The columns to show, in order.
 * @param options Number formatting.
 * @returns The Markdown table, without a trailing newline.
 *
 * @example French number formatting
 * ```ts
 * import assert from "node:assert/strict";
 * import { markdownTable } from "./display.ts";
 *
 * const rows = [{ post: "Lyon", cost: 1234.5 }, { post: "Paris", cost: 20 }];
 * const table = markdownTable(rows, [{ key: "post", label: "Poste" }, "cost"], {
 *   locale: "fr-FR",
 * });
 * assert.equal(
 *   table,
 *   "| Poste | cost |\n| --- | ---: |\n| Lyon | 1\u202f234,5 |\n| Paris | 20 |",
 * );
 * ```
 */
export function markdownTable<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  options: TableOptions = {},
): string {
  const numbers = options.locale === undefined ? undefined : new Intl.NumberFormat(options.locale, {
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
  });
  const specs = columns.map((column) => typeof column === "string" ? { key: column } : column);
  const escape = (text: string) => text.replaceAll("|", "\\|").replace(/\r?\n/g, "<br>");
  const cell = (spec: (typeof specs)[number], row: Row): string => {
    const value = row[spec.key];
    if ("format" in spec && spec.format !== undefined) return escape(spec.format(value, row));
    if (value === null || value === undefined) return "";
    if (typeof value === "number" && numbers !== undefined) return numbers.format(value);
    return escape(String(value));
  };
  const rule = (spec: (typeof specs)[number]): string => {
    const numeric = rows.length > 0 && rows.every((row) => typeof row[spec.key] === "number");
    const align = ("align" in spec ? spec.align : undefined) ?? (numeric ? "right" : "left");
    return align === "right" ? "---:" : align === "center" ? ":---:" : "---";
  };
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(specs.map((spec) => escape(("label" in spec ? spec.label : undefined) ?? spec.key))),
    line(specs.map(rule)),
    ...rows.map((row) => line(specs.map((spec) => cell(spec, row)))),
  ].join("\n");
}

/**
 * Show rows as a Markdown table (see {@linkcode markdownTable}); printed as Markdown outside
 * Jupyter.
 *
 * @param rows The rows, one object each.
 * @param columns The columns to show, in order.
 * @param options Number formatting.
 * @returns Once the output is published.
 *
 * @example Outside Jupyter, the table is printed
 * ```ts
 * import { displayTable } from "./display.ts";
 *
 * await displayTable([{ year: 2024, staff: 135 }], ["year", "staff"]);
 * // prints:
 * // | year | staff |
 * // | ---: | ---: |
 * // | 2024 | 135 |
 * ```
 */
export async function displayTable<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  options: TableOptions = {},
): Promise<void> {
  await displayMarkdown(markdownTable(rows, columns, options));
}
