/**
 * Open each notebook in the real classic frontend (Debian's Jupyter Notebook 6, in headless
 * Chromium) and report, as data, what a reader sees: amounts typeset as math by MathJax,
 * Markdown tables that did not render, charts that do not show, and errors after "Run All".
 *
 * Each run works on a temporary copy of the folder (its siblings — `lib/`, `data/`,
 * `node_modules/`… — are symlinked and `deno.json`/`deno.lock` copied, so that notebooks that
 * import `../lib/` still run), served by a fresh server whose notary knows no signature: every
 * notebook opens **untrusted**, as for a reader who just downloaded it. Nothing in the repository
 * is written to, except the screenshots.
 *
 * Three phases per notebook:
 * - `open`: the stored outputs, untrusted. NB6 shows `image/png`, `image/jpeg`, `text/plain`,
 *   `text/latex` and sanitized `text/html`; it hides `application/javascript`, `image/svg+xml`
 *   and `text/markdown` outputs and shows their `text/plain` instead.
 * - `trusted`: the same stored outputs after File › Trust Notebook (the page saves the copy if
 *   the kernel changed its metadata, the server signs it, the page reloads), all shown in full.
 * - `run`: after restarting the kernel and running every cell (one by one by default, or with
 *   Kernel › Restart & Run All: see {@linkcode FrontendCheckOptions.runMode}); the new outputs
 *   are trusted and shown in full.
 *
 * What NB6 (6.4.12, Debian's marked 4 and MathJax 2.7.9) does with a dollar sign — measured
 * with this tool on 2026-11-28, the same in Markdown cells and `text/markdown` outputs:
 * - Two `$` in one paragraph or one table row are typeset as inline math: NB6's `remove_math`
 *   takes `$…$` out before Markdown runs, across one line break, so in a table the math spans
 *   rows and eats their `|` (the table loses rows) and MathJax then typesets it.
 * - `\$` does **not** help: `remove_math` leaves it, but marked 4 turns it into a bare `$`, and
 *   MathJax pairs two of them in one paragraph or one table cell. (Across two table cells it
 *   happens to survive, since MathJax does not pair across elements.)
 * - `&#36;` and `&dollar;` do not help either: the entity becomes `$` in the DOM and MathJax
 *   pairs it. `<span>$</span>` is worse in Markdown: `remove_math` sees the raw `$` and the
 *   math swallows the tags.
 * - `\\$` (two backslash characters in the cell's text) works everywhere outside code spans — paragraphs, emphasis, lists,
 *   quotes, table cells (same cell or not): marked makes it `\$`, and MathJax's
 *   `processEscapes` shows a literal `$`. Inside a code span it shows `\\$` verbatim (no
 *   escaping is needed there: `remove_math` and MathJax leave code alone).
 * - `<span class="tex2jax_ignore">…</span>` around the text also works in a paragraph (not
 *   measured in tables, where `remove_math`, which runs first, would still pair `$` across rows).
 * - A lone `$` in a cell (no second `$` in the same paragraph or in the next line) is left
 *   alone.
 * In `text/html` outputs (shown even when untrusted, sanitized, and typeset by MathJax): `$`,
 * `&#36;` are typeset; `\$`, `<span>$</span>` and a `class="tex2jax_ignore"` wrapper all show a
 * literal `$`.
 *
 * @example Check the notebooks from a test (needs Chromium and jupyter-notebook)
 * ```ts ignore
 * import { checkNotebooks, formatSummary } from "./frontend_check.ts";
 *
 * const reports = await checkNotebooks("notebooks", { only: ["02"] });
 * console.log(formatSummary(reports));
 * ```
 *
 * CLI: `deno run -A tools/frontend_check.ts [folder] [--only 02] [--jobs 2] [--no-run]
 * [--phases open,trusted,run] [--run-all] [--timeout SECONDS] [--allow-math]
 * [--screenshots DIR] [--json FILE]`; exit code 1 when a notebook has a finding.
 *
 * @module
 */
import { basename, dirname, join, resolve } from "node:path";
import { type Browser, type ConsoleError, launchBrowser } from "./cdp.ts";
import { type NotebookServer, startNotebookServer } from "./jupyter_server.ts";

/**
 * `"open"`: the stored outputs, untrusted; `"trusted"`: the same after File › Trust Notebook;
 * `"run"`: after Kernel › Restart & Run All.
 */
export type Phase = "open" | "trusted" | "run";

/** Where a finding is: a cell counted from 1 over all cells, and an output counted from 1. */
export interface Place {
  /** The phase in which it was seen. */
  phase: Phase;
  /** The cell, counted from 1 over all cells (Markdown included), as `tools/nbrun.py`. */
  cell: number;
  /** The output of that cell, counted from 1; absent for a Markdown cell. */
  output?: number;
}

/** Text MathJax typeset as math (its TeX source, as MathJax read it). */
export interface TypesetAmount extends Place {
  /** The TeX that MathJax typeset, e.g. `" au lieu de 11 250 "`. */
  tex: string;
}

/** A Markdown table whose rendered HTML has no `<table>` with as many rows. */
export interface BrokenTable extends Place {
  /** Which table of that Markdown, counted from 1. */
  table: number;
  /** Its rows in the source, header included, separator excluded. */
  expectedRows: number;
  /** Rows of the rendered `<table>` at the same position, `null` when there is none. */
  renderedRows: number | null;
  /** The table's first line, to find it. */
  firstLine: string;
}

/** An output that holds a chart (PNG, JPEG, SVG or Vega-Lite) and whether the reader sees it. */
export interface ChartOutput extends Place {
  /** The output's MIME types. */
  mimeTypes: string[];
  /** What NB6 chose to show (`image/png`, `text/plain`…), `null` when nothing. */
  shownAs: string | null;
  /** An image is visible: for a PNG output, an `<img>` with a `data:image/png` source and a natural width; otherwise any drawn `<img>` or `<svg>`. */
  visible: boolean;
}

/** An error output. */
export interface ErrorOutput extends Place {
  /** The error's name (`ename`), e.g. `TypeError`. */
  ename: string;
  /** Its message (`evalue`). */
  evalue: string;
  /** What the reader sees (the traceback as shown), at most 2 000 characters. */
  text: string;
}

/** An output shown as a poorer MIME type than it holds (untrusted Markdown, SVG…). */
export interface HiddenOutput extends Place {
  /** The richest type NB6 would show when trusted. */
  preferred: string;
  /** What it showed. */
  shownAs: string | null;
}

/** What a reader sees in one notebook. */
export interface NotebookReport {
  /** The notebook's file name. */
  notebook: string;
  /** Text typeset as math (a failure unless `allowMath`). */
  typesetAmounts: TypesetAmount[];
  /** Markdown tables that did not render whole. */
  brokenTables: BrokenTable[];
  /** Every chart output, visible or not (a failure when not visible). */
  charts: ChartOutput[];
  /** Error outputs (a failure). */
  errors: ErrorOutput[];
  /** Outputs shown as a poorer type than they hold (information, not a failure). */
  hiddenOutputs: HiddenOutput[];
  /** What the page reported (information). */
  consoleErrors: ConsoleError[];
  /** What the check itself could not do (a failure): no MathJax, a run that did not finish… */
  problems: string[];
  /** Screenshots written, by phase. */
  screenshots: Partial<Record<Phase, string>>;
  /** Milliseconds spent: starting and opening, trusting and reloading, running, in all. */
  timings: { openMs: number; trustedMs: number; runMs: number; totalMs: number };
  /** No finding that fails. */
  ok: boolean;
}

/** Options for {@linkcode checkNotebooks}. */
export interface FrontendCheckOptions {
  /** Check only the notebooks whose file name contains one of these strings. */
  only?: string[];
  /**
   * The phases to look at, always in the order open, trusted, run.
   *
   * @default {["open", "trusted", "run"]}
   */
  phases?: Phase[];
  /**
   * How the `run` phase runs the cells, after restarting the kernel: `"cells"` one after the
   * other, each once the previous one is done and quiet (deterministic); `"all"` with NB6's
   * Restart & Run All, which queues them all at once (what a reader does, but the Deno kernel
   * then sometimes shows a late output under a later cell).
   *
   * @default {"cells"}
   */
  runMode?: "cells" | "all";
  /**
   * How long one notebook's Run All may take.
   *
   * @default {120000}
   */
  runTimeoutMs?: number;
  /**
   * How many notebooks to check at once (each has its server, kernel and browser).
   *
   * @default {1}
   */
  jobs?: number;
  /**
   * Where to write `<notebook>-open.png` and `<notebook>-run.png`; `null` for none.
   *
   * @default {"out/screenshots"}
   */
  screenshotsDir?: string | null;
  /**
   * Do not count typeset text as a failure (for notebooks that really contain math).
   *
   * @default {false}
   */
  allowMath?: boolean;
  /** Called with each report as soon as it is ready. */
  onReport?: (report: NotebookReport) => void;
}

/** One Markdown table found in a source. */
export interface MarkdownTable {
  /** Line of its header, counted from 1. */
  line: number;
  /** Rows, header included, separator excluded. */
  rows: number;
  /** The header line. */
  firstLine: string;
}

/**
 * Find the pipe tables of a Markdown text: a line starting with `|`, then a separator line
 * (`| --- | ---: |`), then the lines starting with `|` that follow. Fenced code is skipped.
 *
 * @param markdown The Markdown source.
 * @returns Its tables, in order.
 *
 * @example A two-row table and a fenced one
 * ```ts
 * import assert from "node:assert/strict";
 * import { findMarkdownTables } from "./frontend_check.ts";
 *
 * const text = "Texte\n\n| a | b |\n| --- | ---: |\n| x | 1 060 $ |\n\n~~~\n| c |\n| --- |\n~~~";
 * assert.deepEqual(findMarkdownTables(text), [{ line: 3, rows: 2, firstLine: "| a | b |" }]);
 * ```
 */
export function findMarkdownTables(markdown: string): MarkdownTable[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const tables: MarkdownTable[] = [];
  const separator = /^\s{0,3}\|(\s*:?-{1,}:?\s*\|)+\s*(:?-{1,}:?\s*)?$/;
  const isRow = (line: string | undefined) => line !== undefined && /^\s{0,3}\|/.test(line);
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (opening && opening[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening[1]!;
      continue;
    }
    if (isRow(line) && separator.test(lines[i + 1] ?? "")) {
      let rows = 1;
      let j = i + 2;
      while (isRow(lines[j])) {
        rows++;
        j++;
      }
      tables.push({ line: i + 1, rows, firstLine: line.trim() });
      i = j - 1;
    }
  }
  return tables;
}

/** What the page script reads for one output. */
export interface PageOutput {
  /** `display_data`, `execute_result`, `stream` or `error`. */
  type: string;
  /** Its MIME types (none for a stream or an error). */
  mimeTypes: string[];
  /** The MIME type NB6 rendered, from the output's CSS class; `null` when none. */
  shownAs: string | null;
  /** Its `text/markdown`, when it has one. */
  markdown: string | null;
  /** TeX sources of the math MathJax typeset in it. */
  math: string[];
  /** Rows of each top-level `<table>` rendered in it. */
  tables: number[];
  /** A `data:image/png` `<img>` is drawn and visible. */
  pngVisible: boolean;
  /** Any `<img>` or `<svg>` is drawn and visible. */
  imageVisible: boolean;
  /** For an error: `ename`, `evalue` and the text shown. */
  ename: string | null;
  /** See `ename`. */
  evalue: string | null;
  /** See `ename`. */
  text: string | null;
}

/** What the page script reads for one cell. */
export interface PageCell {
  /** Counted from 1. */
  index: number;
  /** `markdown`, `code` or `raw`. */
  type: string;
  /** A Markdown cell's source. */
  markdown?: string;
  /** TeX sources typeset in a Markdown cell. */
  math?: string[];
  /** Rows of each top-level `<table>` rendered in a Markdown cell. */
  tables?: number[];
  /** A code cell's prompt number (`"*"` while it runs). */
  prompt?: number | string | null;
  /** A code cell's outputs. */
  outputs?: PageOutput[];
}

/** NB6's `OutputArea.display_order`, richest first. */
const DISPLAY_ORDER = [
  "application/javascript",
  "text/html",
  "text/markdown",
  "text/latex",
  "image/svg+xml",
  "image/png",
  "image/jpeg",
  "image/gif",
  "application/pdf",
  "text/plain",
];
const CHART_TYPES = /^(image\/(png|jpeg|gif|svg\+xml)|application\/vnd\.vegalite\.v\d+\+json)$/;

/** Findings of one phase, from what the page showed. */
export interface PhaseFindings {
  /** See {@linkcode NotebookReport}. */
  typesetAmounts: TypesetAmount[];
  /** See {@linkcode NotebookReport}. */
  brokenTables: BrokenTable[];
  /** See {@linkcode NotebookReport}. */
  charts: ChartOutput[];
  /** See {@linkcode NotebookReport}. */
  errors: ErrorOutput[];
  /** See {@linkcode NotebookReport}. */
  hiddenOutputs: HiddenOutput[];
}

/**
 * Turn what the page showed into findings: typeset math, tables with fewer rendered rows than
 * their Markdown, charts and whether they show, error outputs, and outputs shown poorer than
 * they are. Pure: the page script gathers {@linkcode PageCell}s, this judges them.
 *
 * @param cells What the page showed, cell by cell.
 * @param phase The phase.
 * @returns The findings.
 *
 * @example A Markdown cell whose table lost a row to MathJax
 * ```ts
 * import assert from "node:assert/strict";
 * import { analyzePage } from "./frontend_check.ts";
 *
 * const findings = analyzePage([{
 *   index: 1,
 *   type: "markdown",
 *   markdown: "| a |\n| --- |\n| 1 060 $ |\n| 520 $ |",
 *   math: [" |\n| 520 "],
 *   tables: [2],
 * }], "open");
 * assert.deepEqual(findings.typesetAmounts, [{ phase: "open", cell: 1, tex: " |\n| 520 " }]);
 * assert.equal(findings.brokenTables[0]?.expectedRows, 3);
 * assert.equal(findings.brokenTables[0]?.renderedRows, 2);
 * ```
 */
export function analyzePage(cells: PageCell[], phase: Phase): PhaseFindings {
  const findings: PhaseFindings = {
    typesetAmounts: [],
    brokenTables: [],
    charts: [],
    errors: [],
    hiddenOutputs: [],
  };
  const judge = (
    place: Place,
    markdown: string | null | undefined,
    math: string[],
    rendered: number[] | null,
  ) => {
    for (const tex of math) findings.typesetAmounts.push({ ...place, tex });
    if (markdown == null || rendered === null) return;
    findMarkdownTables(markdown).forEach((table, k) => {
      const renderedRows = rendered[k] ?? null;
      if (renderedRows !== table.rows) {
        findings.brokenTables.push({
          ...place,
          table: k + 1,
          expectedRows: table.rows,
          renderedRows,
          firstLine: table.firstLine,
        });
      }
    });
  };
  for (const cell of cells) {
    if (cell.type === "markdown") {
      judge({ phase, cell: cell.index }, cell.markdown, cell.math ?? [], cell.tables ?? []);
      continue;
    }
    (cell.outputs ?? []).forEach((output, k) => {
      const place: Place = { phase, cell: cell.index, output: k + 1 };
      const shownMarkdown = output.shownAs === "text/markdown";
      judge(place, output.markdown, output.math, shownMarkdown ? output.tables : null);
      if (output.type === "error") {
        findings.errors.push({
          ...place,
          ename: output.ename ?? "",
          evalue: output.evalue ?? "",
          text: output.text ?? "",
        });
      }
      const preferred = DISPLAY_ORDER.find((type) => output.mimeTypes.includes(type));
      if (preferred !== undefined && preferred !== output.shownAs) {
        findings.hiddenOutputs.push({ ...place, preferred, shownAs: output.shownAs });
      }
      if (output.mimeTypes.some((type) => CHART_TYPES.test(type))) {
        findings.charts.push({
          ...place,
          mimeTypes: output.mimeTypes,
          shownAs: output.shownAs,
          visible: output.mimeTypes.includes("image/png") ? output.pngVisible : output.imageVisible,
        });
      }
    });
  }
  return findings;
}

/**
 * Whether a report fails: typeset text (unless allowed), a broken table, a chart not visible,
 * an error output, or a problem of the check itself.
 *
 * @param report The report, without its `ok`.
 * @param allowMath Typeset text does not fail.
 * @returns `true` when nothing fails.
 *
 * @example An invisible chart fails
 * ```ts
 * import assert from "node:assert/strict";
 * import { passes } from "./frontend_check.ts";
 *
 * const chart = { phase: "open" as const, cell: 2, output: 1, mimeTypes: ["image/svg+xml"], shownAs: "text/plain", visible: false };
 * assert.equal(passes({ typesetAmounts: [], brokenTables: [], charts: [chart], errors: [], problems: [] }), false);
 * ```
 */
export function passes(
  report: Pick<
    NotebookReport,
    "typesetAmounts" | "brokenTables" | "charts" | "errors" | "problems"
  >,
  allowMath = false,
): boolean {
  return (allowMath || report.typesetAmounts.length === 0) &&
    report.brokenTables.length === 0 &&
    report.charts.every((chart) => chart.visible) &&
    report.errors.length === 0 &&
    report.problems.length === 0;
}

/**
 * Check every notebook of a folder in NB6 and headless Chromium (see the module doc).
 *
 * @param folder The folder of `.ipynb` files.
 * @param options Filter, phases, timeouts, parallelism, screenshots.
 * @returns One report per notebook, in file-name order.
 * @throws {Error} When Chromium or jupyter-notebook cannot be started.
 *
 * @example One notebook (needs Chromium and jupyter-notebook)
 * ```ts ignore
 * import { checkNotebooks } from "./frontend_check.ts";
 *
 * const [report] = await checkNotebooks("notebooks", { only: ["02_"], phases: ["open"] });
 * console.log(report?.typesetAmounts.length);
 * ```
 */
export async function checkNotebooks(
  folder: string,
  options: FrontendCheckOptions = {},
): Promise<NotebookReport[]> {
  const names: string[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (!entry.isFile || !entry.name.endsWith(".ipynb")) continue;
    if (options.only?.length && !options.only.some((part) => entry.name.includes(part))) continue;
    names.push(entry.name);
  }
  names.sort();
  const screenshotsDir = options.screenshotsDir === undefined
    ? "out/screenshots"
    : options.screenshotsDir;
  if (screenshotsDir !== null) await Deno.mkdir(screenshotsDir, { recursive: true });
  const staged = await stage(folder);
  try {
    const reports: NotebookReport[] = new Array(names.length);
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const i = next++;
        const report = await checkOne(staged.dir, names[i]!, { ...options, screenshotsDir });
        reports[i] = report;
        options.onReport?.(report);
      }
    };
    const jobs = Math.max(1, Math.min(options.jobs ?? 1, names.length));
    await Promise.all(Array.from({ length: jobs }, worker));
    return reports;
  } finally {
    await Deno.remove(staged.root, { recursive: true }).catch(() => {});
  }
}

/** Files copied (not linked) beside the staged folder: a kernel may rewrite them. */
const COPIED = new Set(["deno.json", "deno.jsonc", "deno.lock", "package.json"]);
/** Siblings not staged: history, and what notebooks could write into. */
const SKIPPED = new Set([".git", "out", ".ipynb_checkpoints"]);

/**
 * Copy `folder` into a temporary root; link its siblings (copy `deno.json`, `deno.lock`) so that
 * relative imports such as `../lib/` resolve.
 */
async function stage(folder: string): Promise<{ root: string; dir: string }> {
  const source = await Deno.realPath(folder);
  const root = await Deno.makeTempDir({ prefix: "recompte-frontend-" });
  const dir = join(root, basename(source));
  try {
    await copyTree(source, dir);
    const parent = dirname(source);
    for await (const entry of Deno.readDir(parent)) {
      if (entry.name === basename(source) || SKIPPED.has(entry.name)) continue;
      if (COPIED.has(entry.name) && entry.isFile) {
        await Deno.copyFile(join(parent, entry.name), join(root, entry.name));
      } else await Deno.symlink(join(parent, entry.name), join(root, entry.name));
    }
  } catch (error) {
    await Deno.remove(root, { recursive: true }).catch(() => {});
    throw error;
  }
  return { root, dir };
}

async function copyTree(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (SKIPPED.has(entry.name)) continue;
    if (entry.isDirectory) await copyTree(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile) await Deno.copyFile(join(from, entry.name), join(to, entry.name));
  }
}

async function checkOne(
  dir: string,
  name: string,
  options: FrontendCheckOptions & { screenshotsDir: string | null },
): Promise<NotebookReport> {
  const started = Date.now();
  const report: NotebookReport = {
    notebook: name,
    typesetAmounts: [],
    brokenTables: [],
    charts: [],
    errors: [],
    hiddenOutputs: [],
    consoleErrors: [],
    problems: [],
    screenshots: {},
    timings: { openMs: 0, trustedMs: 0, runMs: 0, totalMs: 0 },
    ok: false,
  };
  const add = (findings: PhaseFindings) => {
    report.typesetAmounts.push(...findings.typesetAmounts);
    report.brokenTables.push(...findings.brokenTables);
    report.charts.push(...findings.charts);
    report.errors.push(...findings.errors);
    report.hiddenOutputs.push(...findings.hiddenOutputs);
  };
  const stem = name.replace(/\.ipynb$/, "");
  const phases = options.phases ?? ["open", "trusted", "run"];
  let server: NotebookServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startNotebookServer({ dir });
    browser = await launchBrowser();
    const read = async (phase: Phase) => {
      await settle(browser!, 30_000);
      add(analyzePage(await browser!.evaluate<PageCell[]>(READ_PAGE), phase));
      if (options.screenshotsDir !== null) {
        const path = join(options.screenshotsDir, `${stem}-${phase}.png`);
        await fullScreenshot(browser!, path);
        report.screenshots[phase] = path;
      }
    };
    const open = async () => {
      await browser!.navigate(server!.notebookUrl(name));
      await browser!.waitFor(
        "!!(window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded)",
        { timeoutMs: 60_000 },
      );
    };
    await open();
    if (!await browser.evaluate<boolean>("!!(window.MathJax && MathJax.Hub)")) {
      report.problems.push("MathJax is not loaded: what it would typeset cannot be seen");
    }
    if (phases.includes("open")) await read("open");
    report.timings.openMs = Date.now() - started;
    if (phases.includes("trusted")) {
      const trustStarted = Date.now();
      await browser.evaluate(TRUST);
      await open();
      if (!await browser.evaluate<boolean>("Jupyter.notebook.trusted === true")) {
        report.problems.push("The notebook is still untrusted after File › Trust Notebook");
      }
      await read("trusted");
      report.timings.trustedMs = Date.now() - trustStarted;
    }
    if (phases.includes("run")) {
      const runStarted = Date.now();
      const problem = await runAll(
        browser,
        options.runTimeoutMs ?? 120_000,
        options.runMode ?? "cells",
      );
      if (problem) report.problems.push(problem);
      await read("run");
      report.timings.runMs = Date.now() - runStarted;
    }
  } catch (error) {
    report.problems.push(`The check stopped: ${error instanceof Error ? error.message : error}`);
  } finally {
    if (browser) report.consoleErrors = browser.consoleErrors();
    await browser?.close();
    await server?.stop();
  }
  report.timings.totalMs = Date.now() - started;
  report.ok = passes(report, options.allowMath);
  return report;
}

/**
 * Wait until MathJax's queue is idle (unless `mathJax` is false) and the notebook's DOM stops
 * changing (three equal readings `intervalMs` apart): Markdown rendering, MathJax typesetting
 * and late kernel outputs all change it.
 */
async function settle(
  browser: Browser,
  timeoutMs: number,
  mathJax = true,
  intervalMs = 300,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  let same = 0;
  while (same < 2 && Date.now() < deadline) {
    const signature = await browser.evaluate<string>(`(${SIGNATURE})(${mathJax})`);
    if (signature === last) same++;
    else {
      same = 0;
      last = signature;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Evaluated in the page: the code cell is done (`In [n]` or `In [ ]`) and the kernel idle. */
const CELL_DONE = (index: number) =>
  `(() => {
    const icon = document.getElementById("kernel_indicator_icon");
    if (icon && icon.classList.contains("kernel_dead_icon")) return "dead";
    const cell = Jupyter.notebook.get_cell(${index});
    return cell.input_prompt_number !== "*" && !!icon && icon.classList.contains("kernel_idle_icon");
  })()`;

/** Evaluated in the page: no code cell shows `In [*]` and the kernel is idle. */
const ALL_DONE = `(() => {
  const icon = document.getElementById("kernel_indicator_icon");
  if (icon && icon.classList.contains("kernel_dead_icon")) return "dead";
  const running = Jupyter.notebook.get_cells()
    .some((c) => c.cell_type === "code" && c.input_prompt_number === "*");
  return !running && !!icon && icon.classList.contains("kernel_idle_icon");
})()`;

/**
 * Restart the kernel and run every code cell; wait until no cell shows `In [*]` and the kernel
 * is idle. Returns a problem, or `undefined`.
 *
 * `"cells"` runs the cells one after the other, each once the previous one is done and its
 * outputs have stopped changing. `"all"` is Kernel › Restart & Run All, which queues every cell
 * at once: the Deno kernel (2.9.6) then sometimes stamps a cell's late `display_data` with the
 * header of a later request, so NB6 shows the output under the wrong cell, at random.
 */
async function runAll(
  browser: Browser,
  timeoutMs: number,
  mode: "cells" | "all",
): Promise<string | undefined> {
  try {
    await browser.waitFor(
      "!!(Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected())",
      { timeoutMs: 60_000 },
    );
  } catch {
    return "The kernel did not start within 60 s";
  }
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  const late = async () => {
    const running = await browser.evaluate<number[]>(
      `Jupyter.notebook.get_cells().map((c, i) => c.cell_type === "code" && c.input_prompt_number === "*" ? i + 1 : 0).filter((i) => i > 0)`,
    ).catch(() => []);
    return `Run All did not finish within ${timeoutMs / 1000} s (cells still running: ${
      running.join(", ") || "none"
    })`;
  };
  try {
    if (mode === "all") {
      await browser.evaluate(
        "Jupyter.notebook.restart_run_all({ confirm: false }).then(() => true)",
      );
      if (await browser.waitFor(ALL_DONE, { timeoutMs: left(), intervalMs: 250 }) === "dead") {
        return "The kernel died during Run All";
      }
      return undefined;
    }
    await browser.evaluate(
      "Jupyter.notebook.restart_kernel({ confirm: false }).then(() => (Jupyter.notebook.clear_all_output(), true))",
    );
    const cells = await browser.evaluate<number[]>(
      `Jupyter.notebook.get_cells().map((c, i) => c.cell_type === "code" ? i : -1).filter((i) => i >= 0)`,
    );
    for (const index of cells) {
      await browser.evaluate(`(Jupyter.notebook.get_cell(${index}).execute(), true)`);
      if (
        await browser.waitFor(CELL_DONE(index), { timeoutMs: left(), intervalMs: 100 }) === "dead"
      ) {
        return `The kernel died while running cell ${index + 1}`;
      }
      await settle(browser, Math.min(left(), 5_000), false, 200); // late outputs: 0.4 s quiet
    }
  } catch (error) {
    if (Date.now() >= deadline) return await late();
    throw error;
  }
  return undefined;
}

/** Grow the viewport to the notebook's height (NB6 scrolls inside `#site`), shoot, restore. */
async function fullScreenshot(browser: Browser, path: string): Promise<void> {
  const height = await browser.evaluate<number>(
    `(() => {
      const header = document.getElementById("header");
      const notebook = document.getElementById("notebook");
      return (header ? header.offsetHeight : 0) + (notebook ? notebook.scrollHeight : 0) + 40;
    })()`,
  );
  await browser.setViewport(1280, Math.min(Math.max(height, 900), 32_000));
  await settle(browser, 5_000);
  await browser.screenshot(path);
  await browser.setViewport(1280, 900);
}

/**
 * Evaluated in the page: what File › Trust Notebook does (mark the outputs trusted, save if
 * dirty, ask the server to sign), without its dialog and its reload; autosave is then turned off
 * so that leaving the page does not save (and unsign) it again.
 */
const TRUST = `(async () => {
  const nb = Jupyter.notebook;
  for (const cell of nb.get_cells()) {
    if (cell.cell_type === "code") cell.output_area.trusted = true;
  }
  if (nb.writable && nb.dirty) await nb.save_notebook();
  await nb.contents.trust(nb.notebook_path);
  nb.set_autosave_interval(0);
  nb.set_dirty(false);
  return true;
})()`;

/** Evaluated in the page: MathJax's queue drained (at most 10 s), then a DOM signature. */
const SIGNATURE = `(async (mathJax) => {
  if (mathJax && window.MathJax && MathJax.Hub && MathJax.Hub.Queue) {
    await Promise.race([
      new Promise((resolve) => MathJax.Hub.Queue(() => resolve())),
      new Promise((resolve) => setTimeout(resolve, 10000)),
    ]);
  }
  const root = document.getElementById("notebook-container") || document.body;
  const cells = window.Jupyter && Jupyter.notebook ? Jupyter.notebook.get_cells() : [];
  const outputs = cells.map((c) => c.output_area ? c.output_area.outputs.length : 0).join(".");
  return [root.getElementsByTagName("*").length, root.textContent.length, outputs,
    document.querySelectorAll('script[type^="math/tex"], .MathJax_Processing').length].join(",");
})`;

/** Evaluated in the page: every cell as a {@linkcode PageCell}. */
const READ_PAGE = `(() => {
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return el.getClientRects().length > 0 && box.width > 0 && box.height > 0 &&
      getComputedStyle(el).visibility !== "hidden";
  };
  const mathOf = (el) => {
    const scripts = [...el.querySelectorAll('script[type^="math/tex"]')].map((s) => s.textContent);
    const v3 = [...el.querySelectorAll("mjx-container")].map((m) => m.textContent);
    const rest = scripts.length || v3.length ? [] :
      [...el.querySelectorAll(".MathJax, .MathJax_Display")].map((m) => m.textContent);
    return [...scripts, ...v3, ...rest];
  };
  const tablesOf = (el) => [...el.querySelectorAll("table")]
    .filter((t) => !t.parentElement.closest("table"))
    .map((t) => t.rows.length);
  const SHOWN = [
    ["output_error", "error"], ["output_stream", "stream"], ["output_markdown", "text/markdown"],
    ["output_html", "text/html"], ["output_svg", "image/svg+xml"], ["output_png", "image/png"],
    ["output_jpeg", "image/jpeg"], ["output_gif", "image/gif"], ["output_pdf", "application/pdf"],
    ["output_latex", "text/latex"], ["output_javascript", "application/javascript"],
    ["output_text", "text/plain"],
  ];
  const join = (v) => Array.isArray(v) ? v.join("") : (v == null ? null : String(v));
  return Jupyter.notebook.get_cells().map((cell, i) => {
    const index = i + 1;
    if (cell.cell_type === "markdown") {
      const el = cell.element.find(".text_cell_render")[0];
      return { index, type: "markdown", markdown: cell.get_text(),
        math: el ? mathOf(el) : [], tables: el ? tablesOf(el) : [] };
    }
    if (cell.cell_type !== "code") return { index, type: cell.cell_type };
    const areas = cell.output_area.element.children(".output_area").toArray();
    const outputs = cell.output_area.outputs.map((json, k) => {
      const el = areas[k] || null;
      const sub = el ? el.querySelector(".output_subarea") : null;
      const shown = sub ? SHOWN.find(([cls]) => sub.classList.contains(cls)) : undefined;
      const imgs = el ? [...el.querySelectorAll("img")] : [];
      const svgs = el ? [...el.querySelectorAll("svg")].filter((s) => !s.closest(".MathJax, mjx-container")) : [];
      const data = json.data || {};
      return {
        type: json.output_type,
        mimeTypes: Object.keys(data),
        shownAs: shown ? shown[1] : null,
        markdown: join(data["text/markdown"]),
        math: el ? mathOf(el) : [],
        tables: el ? tablesOf(el) : [],
        pngVisible: imgs.some((im) => im.src.startsWith("data:image/png") && im.naturalWidth > 0 && visible(im)),
        imageVisible: imgs.some((im) => im.naturalWidth > 0 && visible(im)) || svgs.some(visible),
        ename: json.ename == null ? null : String(json.ename),
        evalue: json.evalue == null ? null : String(json.evalue),
        text: json.output_type === "error" && el ? el.innerText.slice(0, 2000) : null,
      };
    });
    return { index, type: "code", prompt: cell.input_prompt_number == null ? null : cell.input_prompt_number, outputs };
  });
})()`;

/**
 * A readable summary of reports: one line per notebook, then its findings.
 *
 * @param reports The reports.
 * @param options `details`: how many findings of each kind to list per notebook (default 5).
 * @returns The text.
 *
 * @example A clean notebook
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatSummary } from "./frontend_check.ts";
 *
 * const text = formatSummary([{
 *   notebook: "a.ipynb", typesetAmounts: [], brokenTables: [], charts: [], errors: [],
 *   hiddenOutputs: [], consoleErrors: [], problems: [], screenshots: {},
 *   timings: { openMs: 1000, trustedMs: 1000, runMs: 2000, totalMs: 4000 }, ok: true,
 * }]);
 * assert.match(text, /^ok {3}a\.ipynb/);
 * ```
 */
export function formatSummary(
  reports: NotebookReport[],
  options: { details?: number } = {},
): string {
  const details = options.details ?? 5;
  const lines: string[] = [];
  const where = (p: Place) => `${p.phase}, cell ${p.cell}${p.output ? ` output ${p.output}` : ""}`;
  const count = (items: Place[], phase: Phase) => items.filter((i) => i.phase === phase).length;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  for (const r of reports) {
    const phases = (["open", "trusted", "run"] as Phase[]).filter((phase) =>
      r.screenshots[phase] !== undefined || [
        ...r.typesetAmounts,
        ...r.brokenTables,
        ...r.charts,
        ...r.errors,
        ...r.hiddenOutputs,
      ].some((item) => item.phase === phase)
    );
    const per = (label: string, value: (phase: Phase) => string) =>
      `${label} ${phases.map(value).join(" / ")}`;
    const notVisible = (phase: Phase) => {
      const charts = r.charts.filter((c) => c.phase === phase);
      return `${charts.filter((c) => !c.visible).length}/${charts.length}`;
    };
    lines.push(
      `${r.ok ? "ok  " : "FAIL"} ${r.notebook}  (${seconds(r.timings.totalMs)}: open ${
        seconds(r.timings.openMs)
      }, trusted ${seconds(r.timings.trustedMs)}, run ${seconds(r.timings.runMs)})`,
      `     by phase (${phases.join(" / ")}): ` + [
        per("typeset amounts", (p) => String(count(r.typesetAmounts, p))),
        per("broken tables", (p) => String(count(r.brokenTables, p))),
        per("charts not visible", notVisible),
        per("errors", (p) => String(count(r.errors, p))),
        per("outputs shown poorer", (p) => String(count(r.hiddenOutputs, p))),
      ].join(" · "),
    );
    const list = <T extends Place>(title: string, items: T[], text: (item: T) => string) => {
      if (items.length === 0) return;
      lines.push(`     ${title}:`);
      for (const item of items.slice(0, details)) {
        lines.push(`       - ${where(item)}: ${text(item)}`);
      }
      if (items.length > details) lines.push(`       … and ${items.length - details} more`);
    };
    list("typeset as math", r.typesetAmounts, (t) => JSON.stringify(oneLine(t.tex, 80)));
    list(
      "broken tables",
      r.brokenTables,
      (t) =>
        `table ${t.table} "${oneLine(t.firstLine, 50)}": ${t.expectedRows} rows in the source, ${
          t.renderedRows ?? "no"
        } rendered`,
    );
    list(
      "charts not visible",
      r.charts.filter((c) => !c.visible),
      (c) => `${c.mimeTypes.join(", ")} shown as ${c.shownAs ?? "nothing"}`,
    );
    list("errors", r.errors, (e) => `${e.ename}: ${oneLine(e.evalue, 120)}`);
    for (const problem of r.problems) lines.push(`     problem: ${problem}`);
  }
  const failed = reports.filter((r) => !r.ok).length;
  lines.push(`${reports.length - failed} passed, ${failed} failed`);
  return lines.join("\n");
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/**
 * The command line: check a folder, print the summary, exit 1 when a notebook fails.
 *
 * @param args `[folder] [--only PART]… [--jobs N] [--no-run] [--phases open,trusted,run]
 *   [--run-all] [--timeout SECONDS] [--allow-math] [--screenshots DIR] [--json FILE]`.
 * @returns The exit code: 0 all pass, 1 a notebook fails, 2 no notebook to check.
 */
export async function main(args: string[]): Promise<number> {
  let folder = "notebooks";
  const options: FrontendCheckOptions = { only: [] };
  let jsonPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new TypeError(`Cannot parse ${arg}: a value is missing`);
      return v;
    };
    if (arg === "--only") options.only!.push(value());
    else if (arg === "--jobs") options.jobs = Number(value());
    else if (arg === "--no-run") options.phases = ["open", "trusted"];
    else if (arg === "--phases") options.phases = value().split(",") as Phase[];
    else if (arg === "--allow-math") options.allowMath = true;
    else if (arg === "--screenshots") options.screenshotsDir = value();
    else if (arg === "--json") jsonPath = value();
    else if (arg === "--timeout") options.runTimeoutMs = Number(value()) * 1000;
    else if (arg === "--run-all") options.runMode = "all";
    else if (arg.startsWith("--")) throw new TypeError(`Cannot parse ${arg}: unknown option`);
    else folder = arg;
  }
  options.onReport = (report) =>
    console.log(formatSummary([report]).split("\n").slice(0, -1).join("\n"));
  const reports = await checkNotebooks(resolve(folder), options);
  if (reports.length === 0) {
    console.error(`No notebook to check in ${folder}${options.only!.length ? " (--only)" : ""}`);
    return 2;
  }
  const failed = reports.filter((r) => !r.ok).length;
  console.log(`${reports.length - failed} passed, ${failed} failed`);
  if (jsonPath) await Deno.writeTextFile(jsonPath, JSON.stringify(reports, null, 2) + "\n");
  return failed > 0 ? 1 : 0;
}

if (import.meta.main) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    Deno.addSignalListener(signal, () => Deno.exit(130)); // "unload" then kills browsers, servers
  }
  Deno.exit(await main(Deno.args));
}
