/**
 * `deno task notebooks`: re-execute every `notebooks/*.ipynb` and `notebooks/corriges/*.ipynb` (or the notebooks given as
 * arguments) through the real `deno` Jupyter kernel with `tools/nbrun.py --write`, storing fresh
 * outputs and execution counts, in nbformat's layout (`deno.json` keeps notebooks out of `deno fmt`).
 *
 * Needs Debian's Jupyter and the Deno kernelspec:
 * `apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel && deno jupyter --install`
 * (`$RECOMPTE_PYTHON` picks another Python than `/usr/bin/python3`).
 *
 * Exit status: 0 when every notebook ran, 1 when one failed, 3 when Jupyter is missing.
 *
 * @module
 */
import { courseNotebooks, jupyterMissing, pythonPath, REPO_ROOT } from "./notebook_file.ts";

async function run(command: string, args: string[]): Promise<number> {
  const child = new Deno.Command(command, {
    args,
    cwd: REPO_ROOT.pathname,
    stdout: "inherit",
    stderr: "inherit",
  }).spawn();
  return (await child.status).code;
}

async function main(args: string[]): Promise<number> {
  const root = REPO_ROOT.pathname;
  const cwd = new URL(`file://${Deno.cwd()}/`);
  const paths = args.length > 0
    ? args.map((arg) => new URL(arg, cwd).pathname)
    : await courseNotebooks(root);
  const shown = (path: string) => path.startsWith(root) ? path.slice(root.length) : path;
  if (paths.length === 0) {
    console.log("notebooks: no notebooks found in notebooks/");
    return 0;
  }
  const missing = await jupyterMissing();
  if (missing !== undefined) {
    console.error(`notebooks: cannot execute notebooks: ${missing}`);
    return 3;
  }
  const nbrun = `${root}tools/nbrun.py`;
  const failed: string[] = [];
  // Two at a time: a kernel is mostly one core.
  const queue = [...paths.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [i, path] = next;
      console.error(`notebooks: [${i + 1}/${paths.length}] ${shown(path)}`);
      const code = await run(pythonPath(), [nbrun, "--write", "--quiet", shown(path)]);
      if (code !== 0) failed.push(`${shown(path)} (nbrun exited ${code})`);
    }
  };
  await Promise.all([worker(), worker()]);
  if (failed.length > 0) {
    console.error(`notebooks: failed: ${failed.join(", ")}`);
    return 1;
  }
  console.error(`notebooks: ${paths.length} notebook(s) executed, outputs stored`);
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
