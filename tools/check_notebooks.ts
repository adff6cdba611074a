/**
 * `deno task check`, last step: type-check the notebooks.
 *
 * For every `notebooks/*.ipynb` (or the notebooks given as arguments):
 * - `metadata.kernelspec.name` must be `"deno"` and `metadata.language_info` must be present
 *   (without it `deno fmt` leaves the notebook alone);
 * - the code cells, joined in order into one module (relative imports made absolute), must pass
 *   `deno check` with the repository's `deno.json`. Errors are reported as
 *   `notebook notebooks/x.ipynb, cell N, line L, column C` (cells counted from 1, Markdown
 *   included).
 *
 * Usage: `deno run --allow-all scripts/check_notebooks.ts [notebook.ipynb …]`
 * Exit status: 0 when all is well, 1 otherwise.
 *
 * @module
 */
import {
  courseNotebooks,
  joinCodeCells,
  type JoinedModule,
  mapLocations,
  readNotebook,
  REPO_ROOT,
} from "./notebook_file.ts";

/** Declares `Deno.jupyter` for a Deno whose types lack it (recent ones include it). */
const JUPYTER_SHIM = `declare global {
  namespace Deno {
    const jupyter: {
      display(obj: unknown, options?: { raw?: boolean; update?: boolean; display_id?: string }): Promise<void>;
      md(strings: TemplateStringsArray, ...values: unknown[]): unknown;
      html(strings: TemplateStringsArray, ...values: unknown[]): unknown;
      svg(strings: TemplateStringsArray, ...values: unknown[]): unknown;
    };
  }
}
export {};`;

const CONFIG = new URL("deno.json", REPO_ROOT).pathname;

async function denoCheck(files: string[]): Promise<{ ok: boolean; output: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["check", "--quiet", "--config", CONFIG, ...files],
    env: { NO_COLOR: "1", RUST_BACKTRACE: "0" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return { ok: out.success, output: decoder.decode(out.stdout) + decoder.decode(out.stderr) };
}

/** Whether this Deno's types declare `Deno.jupyter` for `deno check`. */
async function jupyterIsTyped(dir: string): Promise<boolean> {
  const probe = `${dir}/jupyter_probe.ts`;
  await Deno.writeTextFile(probe, "export type Display = typeof Deno.jupyter.display;\n");
  return (await denoCheck([probe])).ok;
}

function metadataProblems(path: string, nb: Awaited<ReturnType<typeof readNotebook>>): string[] {
  const problems: string[] = [];
  const kernel = nb.metadata.kernelspec?.name;
  if (kernel !== "deno") {
    problems.push(
      `${path}: metadata.kernelspec.name is ${JSON.stringify(kernel)}, "deno" expected`,
    );
  }
  if (typeof nb.metadata.language_info?.name !== "string") {
    problems.push(
      `${path}: metadata.language_info is missing (run \`deno task notebooks\` to add it; ` +
        "without it `deno fmt` skips the notebook)",
    );
  }
  return problems;
}

async function main(args: string[]): Promise<number> {
  const root = REPO_ROOT.pathname;
  const cwd = new URL(`file://${Deno.cwd()}/`);
  const absolute = args.length > 0
    ? args.map((arg) => new URL(arg, cwd).pathname)
    : await courseNotebooks(root);
  const paths = absolute.map((path) => path.startsWith(root) ? path.slice(root.length) : path);
  if (paths.length === 0) {
    console.log("check_notebooks: no notebooks found in notebooks/");
    return 0;
  }
  const problems: string[] = [];
  const dir = await Deno.makeTempDir({ prefix: "recompte-nbcheck-" });
  try {
    const header = (await jupyterIsTyped(dir)) ? "" : JUPYTER_SHIM;
    const modules: { path: string; file: string; url: string; joined: JoinedModule }[] = [];
    for (const [i, path] of paths.entries()) {
      let nb;
      try {
        nb = await readNotebook(absolute[i]!);
      } catch (error) {
        problems.push((error as Error).message);
        continue;
      }
      problems.push(...metadataProblems(path, nb));
      const joined = joinCodeCells(nb, { baseUrl: new URL(`file://${absolute[i]}`), header });
      const name = path.split("/").at(-1)!.replace(/\.ipynb$/, "").replace(/[^\w-]/g, "_");
      const file = `${dir}/${String(i).padStart(2, "0")}_${name}.ts`;
      await Deno.writeTextFile(file, joined.code);
      modules.push({ path, file, url: new URL(`file://${file}`).href, joined });
    }
    if (modules.length > 0) {
      const { ok, output } = await denoCheck(modules.map((m) => m.file));
      if (!ok) {
        let report = output.trim();
        for (const m of modules) report = mapLocations(report, m.url, m.joined, m.path);
        problems.push(`type errors in notebook code:\n${report}`);
      }
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    return 1;
  }
  console.log(`check_notebooks: ${paths.length} notebook(s) type-check: ${paths.join(", ")}`);
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
