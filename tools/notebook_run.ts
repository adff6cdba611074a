/**
 * `deno task notebook NN [--set id=value]… --out FILE`: runs notebook NN of `notebooks/` with
 * assumptions set from the command line, into a new notebook — what papermill does for Python.
 * The notebook's cell tagged `parameters` declares `overrides`; a cell tagged
 * `injected-parameters` is added after it (`Object.assign(overrides, {…})`), then the whole
 * notebook runs through the real Deno kernel, from `notebooks/` so that its relative paths hold.
 *
 * ```sh
 * deno task notebook 02 --set fiscal.average_salary=48000 --out out/02-48k.ipynb
 * ```
 *
 * Each id must be an assumption of `data/assumptions.csv` and each value a number it accepts
 * (units, bounds, the scale slips `runModel` refuses): otherwise nothing runs and the command exits
 * `2` with one message (close ids for a typo). Exit `1` when a cell fails; `3` when Jupyter is
 * missing.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { dirname, relative, resolve } from "node:path";
import { loadProject } from "../lib/project/load_project.ts";
import { checkRunOptions, OverrideError } from "../lib/models/run_model.ts";
import { ProjectError, UnknownIdError } from "../lib/errors.ts";
import { closeMatches } from "../lib/text/close_matches.ts";
import { listNotebooks, type Notebook, pythonPath, REPO_ROOT } from "./notebook_file.ts";

/** A command-line mistake, shown as is (exit 2). */
export class NotebookUsageError extends Error {}

/** What the command line asks for. */
export interface NotebookRunArgs {
  /** The notebook's number or name prefix (`02`). */
  readonly which: string;
  /** The overrides, by assumption id. */
  readonly overrides: Readonly<Record<string, number>>;
  /** The notebook to write. */
  readonly out: string;
}

/**
 * Reads the command line.
 *
 * @param argv The arguments.
 * @returns What they ask for.
 * @throws {NotebookUsageError} On a missing or malformed argument.
 */
export function parseNotebookArgs(argv: readonly string[]): NotebookRunArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { set: { type: "string", multiple: true }, out: { type: "string" } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new NotebookUsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const which = parsed.positionals[0];
  if (which === undefined || parsed.positionals.length > 1) throw new NotebookUsageError(USAGE);
  if (parsed.values.out === undefined) {
    throw new NotebookUsageError(`missing --out <file.ipynb>\n${USAGE}`);
  }
  if (!parsed.values.out.endsWith(".ipynb")) {
    throw new NotebookUsageError(
      `--out ${parsed.values.out}: the new notebook's name must end in .ipynb`,
    );
  }
  const overrides: Record<string, number> = {};
  for (const item of parsed.values.set ?? []) {
    const m = /^([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)=(.+)$/.exec(item);
    if (!m) {
      throw new NotebookUsageError(
        `--set ${item}: expected <assumption id>=<number>, e.g. fiscal.average_salary=48000`,
      );
    }
    const value = Number(m[2]!.trim());
    if (
      m[2]!.trim() === "" || !Number.isFinite(value) ||
      !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(m[2]!.trim())
    ) {
      throw new NotebookUsageError(
        `--set ${item}: "${m[2]}" is not a plain number (write 48000, not 48 000 or 48k)`,
      );
    }
    if (m[1]! in overrides) throw new NotebookUsageError(`--set ${m[1]} is given twice`);
    overrides[m[1]!] = value;
  }
  return { which, overrides, out: parsed.values.out };
}

const USAGE = "usage: deno task notebook <NN> [--set <assumption id>=<number>]… --out <file.ipynb>";

/**
 * The notebook with the injected cell after the `parameters` cell.
 *
 * @param notebook The notebook.
 * @param overrides The overrides.
 * @param name The notebook's name, for messages.
 * @returns The new notebook.
 * @throws {NotebookUsageError} When no cell is tagged `parameters`.
 */
export function injectParameters(
  notebook: Notebook,
  overrides: Readonly<Record<string, number>>,
  name: string,
): Notebook {
  const cells = notebook.cells;
  const at = cells.findIndex((c) => (c.metadata?.tags ?? []).includes("parameters"));
  if (at < 0) {
    throw new NotebookUsageError(
      `${name} has no cell tagged "parameters" to set assumptions after`,
    );
  }
  const lines = Object.entries(overrides).map(([id, v]) => `  ${JSON.stringify(id)}: ${v},`);
  const source = `// Injecté par deno task notebook\nObject.assign(overrides, {\n${
    lines.join("\n")
  }\n});`;
  const injected = {
    cell_type: "code",
    execution_count: null,
    id: "injected-parameters",
    metadata: { tags: ["injected-parameters"] },
    outputs: [],
    source: source.split(/(?<=\n)/),
  };
  return {
    ...notebook,
    cells: [...cells.slice(0, at + 1), injected as typeof cells[number], ...cells.slice(at + 1)],
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const root = REPO_ROOT.pathname;
  const args = parseNotebookArgs(argv);
  const all = await listNotebooks(`${root}notebooks`);
  const matches = all.filter((p) => p.split("/").at(-1)!.startsWith(args.which));
  if (matches.length !== 1) {
    const names = all.map((p) => p.split("/").at(-1)!.replace(/\.ipynb$/, "")).join(", ");
    throw new NotebookUsageError(
      `${
        matches.length === 0 ? "no" : "more than one"
      } notebook of notebooks/ starts with "${args.which}" (${names})`,
    );
  }
  const path = matches[0]!;
  const project = loadProject(`${root}data`);
  for (const id of Object.keys(args.overrides)) {
    if (!project.assumptions.has(id)) {
      throw new UnknownIdError("assumption", id, closeMatches(id, [...project.assumptions.keys()]));
    }
  }
  checkRunOptions(project, { overrides: args.overrides });
  const notebook = JSON.parse(await Deno.readTextFile(path)) as Notebook;
  const out = resolve(Deno.cwd(), args.out);
  const injected = injectParameters(notebook, args.overrides, relative(root, path));
  try {
    await Deno.mkdir(dirname(out), { recursive: true });
    await Deno.writeTextFile(out, JSON.stringify(injected, null, 1) + "\n");
  } catch (error) {
    throw new NotebookUsageError(
      `cannot write ${args.out}: ${(error as Error).message} (this task may write under out/ only)`,
    );
  }
  const child = new Deno.Command(pythonPath(), {
    args: [`${root}tools/nbrun.py`, "--write", "--cwd", `${root}notebooks`, out],
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
  const { code } = await child.status;
  if (code === 0) {
    console.log(
      `Wrote ${args.out}: ${relative(root, path)} with ${
        Object.keys(args.overrides).length
      } assumption(s) set.`,
    );
  }
  return code === 2 ? 1 : code;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (error) {
    if (
      error instanceof NotebookUsageError || error instanceof UnknownIdError ||
      error instanceof OverrideError ||
      error instanceof ProjectError
    ) {
      console.error(error.message);
      Deno.exit(2);
    }
    throw error;
  }
}
