/**
 * tools/nbrun.py, the kernel runner the notebook tests rest on: it must see a stale stored output
 * (or the freshness test could never fail) and stop on a cell that throws, naming it.
 */
import { runNbrun } from "../../tools/notebook_file.ts";
import { assertEquals, assertMatch } from "../_assert.ts";
import { kernelMissing } from "./_course.ts";

Deno.test({
  name:
    "nbrun finds a stored output that differs from the fresh one, and only that one; a clean notebook has none",
  ignore: kernelMissing !== undefined,
  async fn() {
    const [stale, hello] = await Promise.all([
      runNbrun(["--json", "--quiet", "tests/fixtures/notebooks/stale.ipynb"]),
      runNbrun(["--json", "--quiet", "tests/fixtures/notebooks/hello.ipynb"]),
    ]);
    assertEquals([stale.code, hello.code], [0, 0], stale.stderr + hello.stderr);
    const reports: string[] = JSON.parse(stale.stdout).stale;
    assertEquals(reports.length, 1, reports.join("\n"));
    assertMatch(
      reports[0]!,
      /cell 3[\s\S]*-\s*Effectifs : 120, 999[\s\S]*\+\s*Effectifs : 120, 135/,
    );
    const fresh = JSON.parse(hello.stdout);
    assertEquals(fresh.stale, []);
    // The burst of 40 lines arrives whole, on its own cell, though the kernel sends part of it late.
    assertEquals(
      fresh.cells.at(-1).text.split("\n").filter((l: string) => l.startsWith("line ")).length,
      40,
    );
  },
});

Deno.test({
  name: "nbrun stops at a cell that throws, exit 2, naming the cell and the error",
  ignore: kernelMissing !== undefined,
  async fn() {
    const run = await runNbrun(["--json", "--quiet", "tests/fixtures/notebooks/throws.ipynb"]);
    assertEquals(run.code, 2);
    assertMatch(run.stderr, /cell 3 .*raised RangeError: Cannot compute total: value is empty/);
  },
});
