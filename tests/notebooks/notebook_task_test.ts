/**
 * `deno task notebook NN --set id=value --out FILE`, run as the task runs it: a new notebook with
 * the assumption set after the parameters cell, run through the kernel, showing what the library
 * computes with it; a wrong id or value is refused with exit 2 before anything runs.
 */
import { runModel } from "../../lib/models/run_model.ts";
import { valueText } from "../../lib/report/quantity_text.ts";
import { assertEquals, assertMatch } from "../_assert.ts";
import { project } from "../_project.ts";
import { kernelMissing } from "./_course.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

async function task(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["task", "-q", "notebook", ...args],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const d = new TextDecoder();
  return { code: out.code, stdout: d.decode(out.stdout), stderr: d.decode(out.stderr) };
}

Deno.test({
  name: "deno task notebook 01 --set payroll.salary=48000 writes the notebook run with that salary",
  ignore: kernelMissing !== undefined,
  async fn() {
    const out = `out/test-notebook-${crypto.randomUUID().slice(0, 8)}.ipynb`;
    try {
      const run = await task(["01", "--set", "payroll.salary=48000", "--out", out]);
      assertEquals(run.code, 0, run.stderr);
      const nb = JSON.parse(await Deno.readTextFile(`${ROOT}${out}`));
      const at = nb.cells.findIndex((c: { metadata?: { tags?: string[] } }) =>
        c.metadata?.tags?.includes("injected-parameters")
      );
      assertEquals(nb.cells[at - 1].metadata.tags, ["parameters"]);
      const text = nb.cells.flatMap((
        c: { outputs?: { data?: { "text/plain"?: string | string[] } }[] },
      ) => (c.outputs ?? []).map((o) => [o.data?.["text/plain"] ?? ""].flat().join(""))).join("\n");
      const p = project();
      const model = runModel(p, "payrollCost", { overrides: { "payroll.salary": 48000 } });
      for (const id of ["payroll", "planCost"]) {
        const shown = valueText(p, model.values[id]!, model.model.units.get(id)!, "fr");
        assertEquals(text.includes(shown), true, `expected ${id} = ${shown}`);
      }
      assertEquals(text.includes("modifiée (cellule ⚙️)"), true);
    } finally {
      await Deno.remove(`${ROOT}${out}`).catch(() => {});
    }
  },
});

Deno.test("deno task notebook refuses, with exit 2 and one message, what it cannot run", async (t) => {
  const cases: [string, string[], RegExp][] = [
    ["a typo in an id, naming the close one", [
      "02",
      "--set",
      "fiscal.average_salry=48000",
      "--out",
      "out/x.ipynb",
    ], /Did you mean: fiscal\.average_salary/],
    ["a number written the French way", [
      "02",
      "--set",
      "fiscal.average_salary=48 000",
      "--out",
      "out/x.ipynb",
    ], /not a plain number/],
    ["a scale slip", ["02", "--set", "fiscal.average_salary=48", "--out", "out/x.ipynb"], /48000/],
    [
      "no such notebook",
      ["09", "--out", "out/x.ipynb"],
      /no notebook of notebooks\/ starts with "09"/,
    ],
    ["no --out", ["02"], /missing --out/],
    [
      "an --out outside out/",
      ["02", "--out", "elsewhere.ipynb"],
      /cannot write elsewhere\.ipynb.*under out\//,
    ],
  ];
  for (const [name, args, message] of cases) {
    await t.step(name, async () => {
      const run = await task(args);
      assertEquals(run.code, 2, run.stderr);
      assertMatch(run.stderr, message);
      assertEquals(/\n\s+at /.test(run.stderr), false, "no stack trace");
    });
  }
  await Deno.stat(`${ROOT}out/x.ipynb`).then(() => {
    throw new Error("out/x.ipynb was written");
  }, () => {});
});
