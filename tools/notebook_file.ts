/**
 * Read `.ipynb` files, join their code cells into one module, and drive `tools/nbrun.py`;
 * shared by `scripts/notebooks.ts`, `scripts/check_notebooks.ts` and the notebook tests.
 *
 * Cells are numbered from 1 over all cells (Markdown included), as `tools/nbrun.py` does.
 *
 * @module
 */

/** One cell of an nbformat 4 notebook (only the fields we use). */
export interface NotebookCell {
  /** `"code"`, `"markdown"` or `"raw"`. */
  cell_type: string;
  /** The source, as one string or as nbformat's list of lines. */
  source: string | string[];
  /** The cell id (nbformat ≥ 4.5). */
  id?: string;
  /** Stored outputs of a code cell. */
  outputs?: unknown[];
  /** Cell metadata: `tags` (`parameters`)… */
  metadata?: { tags?: string[]; [key: string]: unknown };
}

/** An nbformat 4 notebook (only the fields we use). */
export interface Notebook {
  /** The cells, in order. */
  cells: NotebookCell[];
  /** Notebook metadata: `kernelspec`, `language_info`… */
  metadata: {
    kernelspec?: { name?: string; display_name?: string; language?: string };
    language_info?: { name?: string; [key: string]: unknown };
    [key: string]: unknown;
  };
  /** Major format version, 4. */
  nbformat: number;
  /** Minor format version. */
  nbformat_minor: number;
}

/**
 * Parse notebook JSON, checking the little we rely on.
 *
 * @param text The `.ipynb` file's content.
 * @param path The file's name, for error messages.
 * @returns The notebook.
 * @throws {SyntaxError} When the text is not JSON or not an nbformat 4 notebook.
 *
 * @example A one-cell notebook
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseNotebook } from "./notebook_file.ts";
 *
 * const nb = parseNotebook(
 *   '{"cells": [{"cell_type": "code", "source": ["1 + 1"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
 *   "a.ipynb",
 * );
 * assert.equal(nb.cells.length, 1);
 * ```
 */
export function parseNotebook(text: string, path: string): Notebook {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(`Cannot parse notebook ${path}: ${(error as Error).message}`);
  }
  const nb = value as Partial<Notebook> | null;
  if (nb === null || typeof nb !== "object" || !Array.isArray(nb.cells)) {
    throw new SyntaxError(`Cannot parse notebook ${path}: no "cells" list`);
  }
  if (nb.nbformat !== 4) {
    throw new SyntaxError(
      `Cannot parse notebook ${path}: nbformat ${nb.nbformat} found, 4 expected`,
    );
  }
  nb.cells.forEach((cell, i) => {
    if (
      typeof cell?.cell_type !== "string" ||
      !(typeof cell.source === "string" || Array.isArray(cell.source))
    ) {
      throw new SyntaxError(
        `Cannot parse notebook ${path}: cell ${i + 1} has no cell_type or source`,
      );
    }
  });
  return { ...nb, metadata: nb.metadata ?? {} } as Notebook;
}

/**
 * Read and parse a notebook file.
 *
 * @param path The `.ipynb` path.
 * @returns The notebook.
 *
 * @example Reading a fixture
 * ```ts
 * import assert from "node:assert/strict";
 * import { readNotebook } from "./notebook_file.ts";
 *
 * const nb = await readNotebook(
 *   new URL("../tests/fixtures/notebooks/hello.ipynb", import.meta.url),
 * );
 * assert.equal(nb.metadata.kernelspec?.name, "deno");
 * ```
 */
export async function readNotebook(path: string | URL): Promise<Notebook> {
  return parseNotebook(await Deno.readTextFile(path), String(path));
}

/**
 * A cell's source as one string.
 *
 * @param cell The cell.
 * @returns The source text.
 *
 * @example nbformat's list of lines is joined
 * ```ts
 * import assert from "node:assert/strict";
 * import { cellSource } from "./notebook_file.ts";
 *
 * assert.equal(cellSource({ cell_type: "code", source: ["a\n", "b"] }), "a\nb");
 * ```
 */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/** Where a line of a joined module comes from. */
export interface CellLine {
  /** The cell's number, from 1, over all cells. */
  cell: number;
  /** The line within the cell, from 1. */
  line: number;
}

/** The code cells of a notebook as one module, with a map back to cells. */
export interface JoinedModule {
  /** The module's source. */
  code: string;
  /** `origins[n - 1]` is where line `n` of `code` comes from (`undefined` for added lines). */
  origins: (CellLine | undefined)[];
}

/** Options of {@linkcode joinCodeCells}. */
export interface JoinOptions {
  /**
   * When set, relative import specifiers (`"../lib/mod.ts"`) are made absolute against this
   * URL (the notebook's own URL), so that the module can be written anywhere.
   */
  baseUrl?: URL;
  /** Lines put before the cells (e.g. type declarations). @default {""} */
  header?: string;
}

const RELATIVE_SPECIFIER =
  /(\bfrom\s*|\bimport\s*|\bimport\s*\(\s*|\bexport\s*\*\s*from\s*)(["'])(\.\.?\/[^"'\n]*)\2/g;

/**
 * Join a notebook's code cells into one module, each preceded by a `// cell N` line, keeping a
 * map from the module's lines back to cells. Line counts are preserved when specifiers are
 * rewritten.
 *
 * @param notebook The notebook.
 * @param options Base URL for relative imports, header.
 * @returns The module's code and the line map.
 *
 * @example Two cells, with a relative import made absolute
 * ```ts
 * import assert from "node:assert/strict";
 * import { joinCodeCells } from "./notebook_file.ts";
 *
 * const joined = joinCodeCells({
 *   cells: [
 *     { cell_type: "markdown", source: "# Titre" },
 *     { cell_type: "code", source: 'import { x } from "../lib/mod.ts";' },
 *     { cell_type: "code", source: "const y = 1;\nconsole.log(x, y);" },
 *   ],
 *   metadata: {},
 *   nbformat: 4,
 *   nbformat_minor: 5,
 * }, { baseUrl: new URL("file:///repo/notebooks/a.ipynb") });
 * assert.equal(
 *   joined.code,
 *   '// cell 2\nimport { x } from "file:///repo/lib/mod.ts";\n// cell 3\nconst y = 1;\nconsole.log(x, y);\n',
 * );
 * assert.deepEqual(joined.origins[4], { cell: 3, line: 2 });
 * ```
 */
export function joinCodeCells(notebook: Notebook, options: JoinOptions = {}): JoinedModule {
  const lines: string[] = [];
  const origins: (CellLine | undefined)[] = [];
  if (options.header) {
    for (const line of options.header.replace(/\n$/, "").split("\n")) {
      lines.push(line);
      origins.push(undefined);
    }
  }
  notebook.cells.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    let source = cellSource(cell).replace(/\n$/, "");
    if (options.baseUrl !== undefined) {
      const base = options.baseUrl;
      source = source.replace(
        RELATIVE_SPECIFIER,
        (_all, before: string, quote: string, specifier: string) =>
          `${before}${quote}${new URL(specifier, base).href}${quote}`,
      );
    }
    lines.push(`// cell ${i + 1}`);
    origins.push(undefined);
    source.split("\n").forEach((line, j) => {
      lines.push(line);
      origins.push({ cell: i + 1, line: j + 1 });
    });
  });
  return { code: lines.join("\n") + "\n", origins };
}

/**
 * Rewrite `moduleUrl:LINE:COL` locations in a tool's output (type errors, stack traces) as
 * `notebook PATH, cell N, line L, column C`, then any remaining mention of `moduleUrl` as the
 * notebook's path.
 *
 * @param text The output of `deno check` or `deno run`.
 * @param moduleUrl The joined module's URL (`file:///…`).
 * @param joined The joined module.
 * @param notebookPath The notebook's path, as shown to the reader.
 * @returns The text with notebook locations.
 *
 * @example A type error location
 * ```ts
 * import assert from "node:assert/strict";
 * import { mapLocations } from "./notebook_file.ts";
 *
 * const joined = {
 *   code: "// cell 2\nconst x: number = 's';\n",
 *   origins: [undefined, { cell: 2, line: 1 }],
 * };
 * assert.equal(
 *   mapLocations("    at file:///tmp/a.ts:2:7", "file:///tmp/a.ts", joined, "notebooks/a.ipynb"),
 *   "    at notebook notebooks/a.ipynb, cell 2, line 1, column 7",
 * );
 * ```
 */
export function mapLocations(
  text: string,
  moduleUrl: string,
  joined: JoinedModule,
  notebookPath: string,
): string {
  const escaped = moduleUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text
    .replace(new RegExp(`${escaped}:(\\d+):(\\d+)`, "g"), (all, line: string, column: string) => {
      const origin = joined.origins[Number(line) - 1];
      return origin === undefined
        ? all
        : `notebook ${notebookPath}, cell ${origin.cell}, line ${origin.line}, column ${column}`;
    })
    .replaceAll(moduleUrl, notebookPath);
}

/**
 * The `.ipynb` files directly in a folder, sorted by name; none when the folder is missing.
 *
 * @param dir The folder.
 * @returns Their paths (`dir/name.ipynb`).
 *
 * @example The runner's fixtures
 * ```ts
 * import assert from "node:assert/strict";
 * import { listNotebooks } from "./notebook_file.ts";
 *
 * const dir = new URL("../tests/fixtures/notebooks", import.meta.url).pathname;
 * const found = await listNotebooks(dir);
 * assert.deepEqual(found.map((path) => path.slice(dir.length + 1)), [
 *   "frontend_broken.ipynb",
 *   "frontend_ok.ipynb",
 *   "hello.ipynb",
 *   "stale.ipynb",
 *   "throws.ipynb",
 * ]);
 * ```
 */
export async function listNotebooks(dir: string): Promise<string[]> {
  const found: string[] = [];
  try {
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isFile && entry.name.endsWith(".ipynb")) found.push(`${dir}/${entry.name}`);
    }
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  return found.sort();
}

/**
 * The course's notebooks: `notebooks/*.ipynb`, then the answer keys `notebooks/corriges/*.ipynb`.
 *
 * @param root The repository's root folder.
 * @returns Their paths.
 */
export async function courseNotebooks(root: string): Promise<string[]> {
  return [
    ...await listNotebooks(`${root}notebooks`),
    ...await listNotebooks(`${root}notebooks/corriges`),
  ];
}

// ---------------------------------------------------------------------------------------------
// Driving tools/nbrun.py
// ---------------------------------------------------------------------------------------------

/** The repository's root folder. */
export const REPO_ROOT: URL = new URL("../", import.meta.url);

/** How to install what the notebook runner needs. */
export const JUPYTER_INSTALL_HINT =
  "apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel && deno jupyter --install";

/** The Python that has Debian's jupyter-client: `$RECOMPTE_PYTHON`, else `/usr/bin/python3`. */
export function pythonPath(): string {
  return Deno.env.get("RECOMPTE_PYTHON") ?? "/usr/bin/python3";
}

/** What a run of `tools/nbrun.py` returned. */
export interface NbrunResult {
  /** Exit status: 0 ok, 1 stale, 2 cell error, 3 Jupyter missing, 4 usage. */
  code: number;
  /** Standard output (diffs for `--check`, JSON for `--json`). */
  stdout: string;
  /** Standard error (progress lines, failures). */
  stderr: string;
}

/**
 * Run `tools/nbrun.py` from the repository root with the given arguments and capture its output.
 *
 * @param args E.g. `["--check", "notebooks/a.ipynb"]` (relative paths are from the repository
 *   root).
 * @returns Exit status and output; exit status 3 (Jupyter missing) when Python itself is absent.
 *
 * @example Probing for Jupyter and the deno kernelspec
 * ```ts ignore
 * import { runNbrun } from "./notebook_file.ts";
 *
 * const { code, stderr } = await runNbrun(["--probe"]);
 * if (code !== 0) console.log(stderr);
 * ```
 */
export async function runNbrun(args: string[]): Promise<NbrunResult> {
  const script = new URL("tools/nbrun.py", REPO_ROOT).pathname;
  try {
    const out = await new Deno.Command(pythonPath(), {
      args: [script, ...args],
      cwd: REPO_ROOT.pathname,
      stdout: "piped",
      stderr: "piped",
    }).output();
    const decoder = new TextDecoder();
    return {
      code: out.code,
      stdout: decoder.decode(out.stdout),
      stderr: decoder.decode(out.stderr),
    };
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    return {
      code: 3,
      stdout: "",
      stderr: `nbrun: ${pythonPath()} not found; ${JUPYTER_INSTALL_HINT}`,
    };
  }
}

/**
 * Why notebooks cannot be run through Jupyter here, or `undefined` when they can (Python,
 * jupyter-client and the `deno` kernelspec are all present).
 *
 * @returns The reason, with how to install what is missing.
 *
 * @example Skipping when Jupyter is missing
 * ```ts ignore
 * import { jupyterMissing } from "./notebook_file.ts";
 *
 * const reason = await jupyterMissing();
 * if (reason !== undefined) console.log(`skipped: ${reason}`);
 * ```
 */
export async function jupyterMissing(): Promise<string | undefined> {
  const { code, stderr } = await runNbrun(["--probe"]);
  return code === 0
    ? undefined
    : stderr.trim().replace(/^nbrun: /, "") || `nbrun --probe exited ${code}`;
}

/** One code cell's fresh outputs, as printed by `tools/nbrun.py --json`. */
export interface FreshCell {
  /** The cell's number, from 1, over all cells. */
  index: number;
  /** The cell id. */
  id: string | null;
  /** The cell's source. */
  source: string;
  /** The execution count. */
  execution_count: number | null;
  /** Normalised outputs (ANSI codes and trailing whitespace removed, streams merged). */
  outputs: Record<string, unknown>[];
  /** Stdout and `text/plain` results, in order, joined by newlines. */
  text: string;
}

/** A notebook's fresh outputs, as printed by `tools/nbrun.py --json`. */
export interface FreshRun {
  /** The notebook's path. */
  notebook: string;
  /** Its code cells. */
  cells: FreshCell[];
}

/**
 * Execute a notebook through the real `deno` kernel and return its fresh outputs.
 *
 * @param path The notebook's path, absolute or from the repository root.
 * @returns The outputs of each code cell.
 * @throws {Error} When a cell fails or Jupyter is missing, with nbrun's message.
 *
 * @example Asserting a figure printed by a notebook
 * ```ts ignore
 * import assert from "node:assert/strict";
 * import { freshOutputs } from "./notebook_file.ts";
 *
 * const run = await freshOutputs("notebooks/costs.ipynb");
 * assert.match(run.cells.map((c) => c.text).join("\n"), /2,5 M\$/);
 * ```
 */
export async function freshOutputs(path: string): Promise<FreshRun> {
  const { code, stdout, stderr } = await runNbrun(["--json", "--quiet", path]);
  if (code !== 0) throw new Error(`nbrun --json ${path} exited ${code}:\n${stderr}`);
  return JSON.parse(stdout) as FreshRun;
}
