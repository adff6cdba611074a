/**
 * The course's notebooks as the tests read them: their JSON, their cells, the parameters cell's
 * `overrides`, and (once per test file) a fresh run of each through the real kernel.
 *
 * @module
 */
import { courseNotebooks, jupyterMissing, REPO_ROOT, runNbrun } from "../../tools/notebook_file.ts";

/** A stored notebook, as JSON. */
export interface StoredNotebook {
  /** Its path from the repository root. */
  readonly path: string;
  /** Its cells. */
  readonly cells: readonly StoredCell[];
  /** Its metadata. */
  readonly metadata: { kernelspec?: { name?: string }; language_info?: { name?: string } };
}

/** A stored cell. */
export interface StoredCell {
  /** `markdown` or `code`. */
  readonly cell_type: string;
  /** Its text, joined. */
  readonly text: string;
  /** Its tags. */
  readonly tags: readonly string[];
  /** Its outputs. */
  readonly outputs: readonly {
    output_type: string;
    data?: Record<string, unknown>;
    text?: string | string[];
  }[];
}

const ROOT = REPO_ROOT.pathname;

/** Every notebook of the course: `notebooks/*.ipynb` then `notebooks/corriges/*.ipynb`. */
export const COURSE: readonly StoredNotebook[] = (await courseNotebooks(ROOT)).map((abs) => {
  const json = JSON.parse(Deno.readTextFileSync(abs));
  return {
    path: abs.slice(ROOT.length),
    metadata: json.metadata,
    cells: json.cells.map((
      c: {
        cell_type: string;
        source: string | string[];
        metadata?: { tags?: string[] };
        outputs?: [];
      },
    ) => ({
      cell_type: c.cell_type,
      text: [c.source].flat().join(""),
      tags: c.metadata?.tags ?? [],
      outputs: c.outputs ?? [],
    })),
  };
});

/** The lessons (not the answer keys). */
export const LESSONS: readonly StoredNotebook[] = COURSE.filter((n) =>
  !n.path.includes("/corriges/")
);

/** An output's text: its `text/plain`, or a stream's text. */
export function outputText(o: StoredCell["outputs"][number]): string {
  return [o.data?.["text/plain"] ?? o.text ?? ""].flat().join("");
}

/**
 * The `overrides` a notebook's parameters cell declares, evaluated (the cell is a plain object
 * literal of numbers).
 *
 * @param nb The notebook.
 * @returns The overrides.
 */
export function parameterOverrides(nb: StoredNotebook): Record<string, number> {
  const cell = nb.cells.find((c) => c.tags.includes("parameters"));
  const m = cell && /const overrides: Record<string, number> = (\{[\s\S]*?\n\});/.exec(cell.text);
  if (!m) {
    throw new Error(
      `${nb.path}: no "const overrides: Record<string, number> = {…};" in its parameters cell`,
    );
  }
  const body = m[1]!.replace(/\/\/.*$/gm, "");
  return new Function(`return (${body});`)() as Record<string, number>;
}

/** A fresh run of one notebook by `tools/nbrun.py --json`. */
export interface FreshNotebookRun {
  /** nbrun's exit code (0: every cell ran). */
  readonly code: number;
  /** What it printed on standard error (the failing cell, when one failed). */
  readonly stderr: string;
  /** Its code cells' fresh outputs, and the diffs of stale cells. */
  readonly result: {
    readonly cells: readonly {
      index: number;
      outputs: { data?: Record<string, unknown>; text?: string }[];
      text: string;
    }[];
    readonly stale: readonly string[];
  } | null;
}

/** Why the kernel tests cannot run here, or `undefined`. */
export const kernelMissing: string | undefined = Deno.env.get("RECOMPTE_REQUIRE_JUPYTER") === "1"
  ? undefined
  : await jupyterMissing();

/**
 * Runs notebooks through the kernel, two at a time (a kernel is mostly one core).
 *
 * @param notebooks The notebooks.
 * @returns Each run, by path.
 */
export async function runAll(
  notebooks: readonly StoredNotebook[],
): Promise<Map<string, FreshNotebookRun>> {
  const runs = new Map<string, FreshNotebookRun>();
  const queue = [...notebooks];
  const worker = async () => {
    for (let nb = queue.shift(); nb !== undefined; nb = queue.shift()) {
      const started = performance.now();
      const { code, stdout, stderr } = await runNbrun(["--json", "--quiet", nb.path]);
      runs.set(nb.path, { code, stderr, result: code === 0 ? JSON.parse(stdout) : null });
      console.log(`  ${nb.path}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
  return runs;
}
