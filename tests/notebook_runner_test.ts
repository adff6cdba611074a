/**
 * `tools/nbrun.py` executes notebooks through the real `deno` kernel, catches stale outputs and
 * failing cells, and gives the same outputs run after run (late outputs included).
 *
 * Fixtures in `tests/fixtures/notebooks/`:
 * - `hello.ipynb` prints, displays a chart, a table and Markdown, and prints 40 lines at once
 *   (the Deno kernel then often reports the cell idle before its output); stored outputs current;
 * - `stale.ipynb` is `hello.ipynb` with a wrong stored output in cell 3 (`total: 254`);
 * - `throws.ipynb` raises a `RangeError` in cell 3.
 *
 * Kernel-backed tests are ignored when Jupyter or the kernelspec is missing, unless
 * `RECOMPTE_REQUIRE_JUPYTER=1`.
 *
 * @module
 */
import assert from "node:assert/strict";
import { freshOutputs, REPO_ROOT, runNbrun } from "../lib/notebook/notebook_file.ts";
import { jupyterStatus, requireJupyter, runJoinedCells } from "./notebooks_test.ts";

const FIXTURES = "tests/fixtures/notebooks";
const jupyter = await jupyterStatus();
const ignore = jupyter.ignore;
if (ignore) console.warn(`notebook_runner_test: kernel tests ignored: ${jupyter.missing}`);

Deno.test({
  name: "nbrun --check accepts hello.ipynb, whose stored outputs are current, with a line per cell",
  ignore,
  fn: async () => {
    await requireJupyter();
    const { code, stdout, stderr } = await runNbrun(["--check", `${FIXTURES}/hello.ipynb`]);
    assert.equal(code, 0, `${stdout}\n${stderr}`);
    assert.equal(stdout, "");
    for (const [position, cell] of [[1, 2], [2, 3], [3, 4], [4, 5], [5, 7]]) {
      assert.match(stderr, new RegExp(`\\[${position}/5\\] cell ${cell} ok \\(\\d+\\.\\d s\\)`));
    }
    assert.match(stderr, /outputs up to date/);
  },
});

Deno.test({
  name: "nbrun --check rejects stale.ipynb with exit 1 and a diff naming cell 3, and only it",
  ignore,
  fn: async () => {
    await requireJupyter();
    const { code, stdout, stderr } = await runNbrun(["--check", `${FIXTURES}/stale.ipynb`]);
    assert.equal(code, 1, `${stdout}\n${stderr}`);
    const header =
      "stale: tests/fixtures/notebooks/stale.ipynb cell 3 (`const staff = [{ year: 2023, staff: 120 }, { year: 2024, staff: 135 }];`)";
    assert.ok(stdout.includes(header), stdout);
    assert.equal(stdout.match(/^stale: /gm)?.length, 1, stdout);
    assert.match(stdout, /^- {4}total: 254$/m);
    assert.match(stdout, /^\+ {4}total: 255$/m);
    assert.match(
      stderr,
      /1 stale cell\(s\); refresh the stored outputs with `deno task notebooks`/,
    );
  },
});

for (const mode of ["--check", "--json", "--write"]) {
  Deno.test({
    name:
      `nbrun ${mode} exits 2 naming cell 3 of throws.ipynb and its RangeError, leaving the file alone`,
    ignore,
    fn: async () => {
      await requireJupyter();
      const path = `${FIXTURES}/throws.ipynb`;
      const before = await Deno.readTextFile(new URL(path, REPO_ROOT));
      const { code, stdout, stderr } = await runNbrun([mode, path]);
      assert.equal(code, 2, `${stdout}\n${stderr}`);
      assert.equal(stdout, "");
      assert.ok(
        stderr.includes(
          'throws.ipynb: cell 3 (`throw new RangeError("Cannot compute total: value is empty");`) ' +
            "raised RangeError: Cannot compute total: value is empty",
        ),
        stderr,
      );
      assert.match(stderr, /\[2\/3\] cell 3 error/);
      assert.doesNotMatch(stderr, /cell 4/, "cells after the failing one are not run");
      assert.equal(await Deno.readTextFile(new URL(path, REPO_ROOT)), before);
    },
  });
}

Deno.test({
  name: "nbrun --json gives identical outputs twice, every late output on its own cell",
  ignore,
  fn: async () => {
    await requireJupyter();
    const first = await freshOutputs(`${FIXTURES}/hello.ipynb`);
    const second = await freshOutputs(`${FIXTURES}/hello.ipynb`);
    assert.deepEqual(second, first);

    assert.deepEqual(first.cells.map((c) => c.index), [2, 3, 4, 5, 7]);
    assert.equal(first.cells[1]!.text, "total: 255");
    const chart = first.cells[2]!.outputs[0] as {
      output_type: string;
      data: Record<string, unknown>;
    };
    assert.equal(chart.output_type, "display_data");
    assert.deepEqual(Object.keys(chart.data), [
      "application/javascript",
      "application/vnd.vegalite.v5+json",
      "image/svg+xml",
      "text/plain",
    ]);
    assert.match(String(chart.data["image/svg+xml"]), /^<svg/);
    assert.equal(
      first.cells[3]!.text,
      "| year | staff |\n| ---: | ---: |\n| 2023 | 120 |\n| 2024 | 135 |",
    );

    // The cell that prints 40 lines at once: all of it, in order, nothing lost to the race.
    const lines = Array.from({ length: 40 }, (_, i) => `line ${i}`).join("\n");
    assert.deepEqual(first.cells[4]!.outputs, [
      { output_type: "stream", name: "stdout", text: lines },
      { output_type: "stream", name: "stderr", text: "to stderr" },
      {
        output_type: "display_data",
        data: { "text/markdown": "**fin**", "text/plain": "**fin**" },
      },
      { output_type: "execute_result", data: { "text/plain": "2" } },
    ]);
  },
});

Deno.test({
  name: "nbrun --write rewrites hello.ipynb byte for byte (stable ids, nbformat layout, same SVG)",
  ignore,
  fn: async () => {
    await requireJupyter();
    const fixtures = new URL(`${FIXTURES}/`, REPO_ROOT);
    const original = await Deno.readTextFile(new URL("hello.ipynb", fixtures));
    // Beside the fixture, so that its relative import resolves.
    const copy = await Deno.makeTempFile({
      dir: fixtures.pathname,
      prefix: ".write_",
      suffix: ".ipynb",
    });
    try {
      const blanked = JSON.parse(original);
      for (const cell of blanked.cells) {
        if (cell.cell_type === "code") Object.assign(cell, { outputs: [], execution_count: null });
      }
      await Deno.writeTextFile(copy, JSON.stringify(blanked));
      const { code, stdout, stderr } = await runNbrun(["--write", copy]);
      assert.equal(code, 0, `${stdout}\n${stderr}`);
      assert.equal(await Deno.readTextFile(copy), original);
    } finally {
      await Deno.remove(copy);
    }
  },
});

Deno.test("nbrun exits 3 with how to install when the kernelspec is missing", async () => {
  const { code, stderr } = await runNbrun(["--probe", "--kernel", "recompte-no-such-kernel"]);
  assert.equal(code, 3, stderr);
  assert.match(stderr, /jupyter-client python3-ipykernel && deno jupyter --install/);
});

Deno.test("nbrun exits 4 on bad usage, not 2, which means a cell failed", async () => {
  const { code, stderr } = await runNbrun([
    "--json",
    `${FIXTURES}/hello.ipynb`,
    `${FIXTURES}/stale.ipynb`,
  ]);
  if (code === 3 && jupyter.missing !== undefined) return; // no Python to parse the arguments
  assert.equal(code, 4, stderr);
  assert.match(stderr, /--json takes exactly one notebook/);
});

Deno.test("hello.ipynb's cells, joined, run under plain deno run and print text fallbacks", async () => {
  const { ok, output } = await runJoinedCells(`${FIXTURES}/hello.ipynb`);
  assert.ok(ok, output);
  assert.ok(output.startsWith("total: 255\n[chart: Effectifs]\n| year | staff |\n"), output);
  assert.match(output, /line 39\n/);
  assert.match(output, /\*\*fin\*\*/);
});

Deno.test("throws.ipynb's cells, joined, fail under plain deno run naming the notebook and cell 3", async () => {
  const { ok, output } = await runJoinedCells(`${FIXTURES}/throws.ipynb`);
  assert.equal(ok, false, output);
  assert.match(output, /RangeError: Cannot compute total: value is empty/);
  assert.match(
    output,
    /notebook tests\/fixtures\/notebooks\/throws\.ipynb, cell 3, line 1, column \d+/,
  );
});
