/**
 * The notebooks in `notebooks/` still run, and their stored outputs are current.
 *
 * For every `notebooks/*.ipynb`, one step each:
 * - its stored outputs match a fresh run through the real `deno` Jupyter kernel
 *   (`tools/nbrun.py --check`); ignored, with the reason, when Jupyter or the kernelspec is
 *   missing, unless `RECOMPTE_REQUIRE_JUPYTER=1`, which turns a missing Jupyter into a failure;
 * - its code cells, joined into one module, run under plain `deno run` (no Jupyter needed:
 *   the display helpers print text).
 *
 * Helpers exported for per-notebook tests (importing this file does not register its tests):
 *
 * ```ts ignore
 * import assert from "node:assert/strict";
 * import { cellText, jupyterStatus, notebookOutputs } from "./notebooks_test.ts";
 *
 * const jupyter = await jupyterStatus();
 * Deno.test({
 *   name: "costs.ipynb shows the payroll cost computed by payrollCost()",
 *   ignore: jupyter.ignore,
 *   fn: async () => {
 *     const run = await notebookOutputs("costs.ipynb");
 *     assert.match(cellText(run, "payrollCost("), /2,5 M\$/);
 *   },
 * });
 * ```
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  freshOutputs,
  type FreshRun,
  joinCodeCells,
  JUPYTER_INSTALL_HINT,
  jupyterMissing,
  listNotebooks,
  mapLocations,
  readNotebook,
  REPO_ROOT,
  runNbrun,
} from "../lib/notebook/notebook_file.ts";

export type { FreshCell, FreshRun } from "../lib/notebook/notebook_file.ts";

/** Whether kernel-backed checks can run here, and if not whether to ignore or fail them. */
export interface JupyterStatus {
  /** Why Jupyter cannot be used, with how to install it; `undefined` when it can. */
  missing: string | undefined;
  /** True when the checks should be `ignore`d (Jupyter missing, `RECOMPTE_REQUIRE_JUPYTER` unset). */
  ignore: boolean;
}

let status: Promise<JupyterStatus> | undefined;

/**
 * Probe once for Python, jupyter-client and the `deno` kernelspec.
 *
 * @returns Whether to ignore kernel-backed tests, and why.
 */
export function jupyterStatus(): Promise<JupyterStatus> {
  status ??= jupyterMissing().then((missing) => ({
    missing,
    ignore: missing !== undefined && Deno.env.get("RECOMPTE_REQUIRE_JUPYTER") !== "1",
  }));
  return status;
}

/** Fail when Jupyter is missing (the caller's step was not ignored, so it is required). */
export async function requireJupyter(): Promise<void> {
  const { missing } = await jupyterStatus();
  if (missing !== undefined) {
    assert.fail(`Jupyter is required (RECOMPTE_REQUIRE_JUPYTER=1) but unusable: ${missing}`);
  }
}

const outputs = new Map<string, Promise<FreshRun>>();

/**
 * Fresh outputs of a notebook, executed once per test process through the real kernel
 * (`tools/nbrun.py --json`).
 *
 * @param notebook A file name in `notebooks/` (`"costs.ipynb"`) or a path from the repository
 *   root.
 * @returns Each code cell's source and normalised outputs.
 */
export async function notebookOutputs(notebook: string): Promise<FreshRun> {
  await requireJupyter();
  const path = notebook.includes("/") ? notebook : `notebooks/${notebook}`;
  const absolute = new URL(path, REPO_ROOT).pathname;
  if (!outputs.has(absolute)) outputs.set(absolute, freshOutputs(absolute));
  return await outputs.get(absolute)!;
}

/**
 * The text (stdout and `text/plain` results) of the first code cell whose source contains
 * `needle`.
 *
 * @param run A notebook's fresh outputs.
 * @param needle Part of the cell's source.
 * @returns The cell's text.
 * @throws {RangeError} When no code cell contains `needle`.
 */
export function cellText(run: FreshRun, needle: string): string {
  const cell = run.cells.find((c) => c.source.includes(needle));
  if (cell === undefined) {
    throw new RangeError(
      `Cannot find a code cell containing ${JSON.stringify(needle)} in ${run.notebook}`,
    );
  }
  return cell.text;
}

/**
 * Run a notebook's code cells, joined into one module, with plain `deno run --allow-all`, from
 * the notebook's folder (as the kernel would). Locations in the output name notebook cells.
 *
 * @param notebook Path from the repository root, or absolute.
 * @returns Whether it succeeded, and its output (stdout then stderr).
 */
export async function runJoinedCells(notebook: string): Promise<{ ok: boolean; output: string }> {
  const url = new URL(notebook, REPO_ROOT);
  const joined = joinCodeCells(await readNotebook(url), { baseUrl: url });
  const dir = await Deno.makeTempDir({ prefix: "recompte-notebook-" });
  try {
    const file = `${dir}/joined.ts`;
    await Deno.writeTextFile(file, joined.code);
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-all", "--config", new URL("deno.json", REPO_ROOT).pathname, file],
      cwd: new URL(".", url).pathname,
      env: { NO_COLOR: "1", RUST_BACKTRACE: "0" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const decoder = new TextDecoder();
    const text = decoder.decode(out.stdout) + decoder.decode(out.stderr);
    return { ok: out.success, output: mapLocations(text, `file://${file}`, joined, notebook) };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

if (Deno.mainModule === import.meta.url) {
  const notebooksDir = new URL("notebooks", REPO_ROOT).pathname;
  const notebooks = (await listNotebooks(notebooksDir)).map((path) =>
    path.slice(REPO_ROOT.pathname.length)
  );
  const jupyter = await jupyterStatus();
  if (jupyter.ignore && notebooks.length > 0) {
    console.warn(
      `notebooks_test: kernel checks ignored: ${jupyter.missing}\n` +
        `(to run them: ${JUPYTER_INSTALL_HINT}; RECOMPTE_REQUIRE_JUPYTER=1 makes this a failure)`,
    );
  }

  Deno.test("notebooks/ exists, and each notebook in it gets one step in the tests below", async () => {
    const info = await Deno.stat(notebooksDir);
    assert.ok(info.isDirectory, `${notebooksDir} is not a folder`);
    if (notebooks.length === 0) console.log("no notebooks found in notebooks/: nothing to execute");
    else console.log(`notebooks found: ${notebooks.join(", ")}`);
  });

  Deno.test("each notebook's stored outputs match a fresh run through the deno kernel", async (t) => {
    for (const path of notebooks) {
      await t.step({
        name: jupyter.ignore
          ? `${path} (ignored: Jupyter or the deno kernelspec is missing)`
          : path,
        ignore: jupyter.ignore,
        fn: async () => {
          await requireJupyter();
          const { code, stdout, stderr } = await runNbrun(["--check", path]);
          assert.equal(
            code,
            0,
            `tools/nbrun.py --check ${path} exited ${code}` +
              (code === 1 ? " (stale outputs; refresh them with `deno task notebooks`)" : "") +
              `:\n${stdout}\n${stderr}`,
          );
        },
      });
    }
  });

  Deno.test("each notebook's code cells, joined into one module, run under plain deno run", async (t) => {
    for (const path of notebooks) {
      await t.step(path, async () => {
        const { ok, output } = await runJoinedCells(path);
        assert.ok(ok, `notebook ${path} fails under plain \`deno run\`:\n${output}`);
      });
    }
  });
}
