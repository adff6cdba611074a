/**
 * Finding 6 of issue 15, for `deno task reproduce`: a missing table, an empty data folder, 5 000
 * nested parentheses in a claim and folders the task's permissions do not reach once ended in a
 * stack trace and exit code 1. Run as the task runs it (its permissions, read from deno.json),
 * each now exits 2 with one message naming the file, line and column, or the argument — and
 * writes nothing. The runs go in parallel: each is a separate process.
 */
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { copyOfData } from "../_project.ts";
import { setCells } from "./_edit.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The permissions of `deno task reproduce`, as deno.json gives them. */
function taskPermissions(): string[] {
  const config = JSON.parse(Deno.readTextFileSync(`${ROOT}deno.json`));
  return (config.tasks.reproduce as string).split(/\s+/).filter((a) => a.startsWith("--allow-"));
}

async function reproduceIn(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...taskPermissions(), `${ROOT}scripts/reproduce.ts`, ...args],
    cwd,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
}

Deno.test("deno task reproduce exits 2 with a message, never a stack trace, and writes nothing, on data or folders it cannot use", async (t) => {
  const root = await Deno.makeTempDir({ prefix: "recompte-cli-" });
  const outside = await Deno.makeTempDir({ prefix: "recompte-outside-" });
  try {
    await Deno.rename(await copyOfData(), `${root}/data`);
    await Deno.rename(await copyOfData(), `${root}/no_table`);
    await Deno.remove(`${root}/no_table/memos/ctroc/figures.csv`);
    await Deno.rename(await copyOfData(), `${root}/deep`);
    const deep = "(".repeat(5000) + "ctroc.network.regional_tables" + ")".repeat(5000);
    await setCells(
      `${root}/deep/memos/ctroc/claims.csv`,
      "claim_id",
      "ctroc.network.tables_restated",
      { stated: deep },
    );
    await Deno.mkdir(`${root}/empty`);
    const cases: [string, string[], string[]][] = [
      ["a missing table", ["--data", "no_table"], [
        "reproduce: the audit could not run: the data has 1 error(s).",
        `${root}/no_table/memos/ctroc/figures.csv: error: expected this file (it is missing)`,
      ]],
      ["an empty data folder", ["--data", "empty"], [
        `${root}/empty/vocab/units.csv: error: expected this file (it is missing)`,
        `${root}/empty/memos: error: expected a folder per memo`,
      ]],
      ["5 000 nested parentheses in a claim", ["--data", "deep"], [
        "deep/memos/ctroc/claims.csv:2:",
        'ctroc.network.tables_restated: found "((((',
        '…", expected at most 2000 tokens in column "stated" (at character 2001)',
      ]],
      ["--data outside the folder the task may read", ["--data", outside], [
        `reproduce: cannot read ${outside}: --data must lie inside the folder you run from`,
      ]],
      ["--out outside the folder the task may write", ["--out", `${outside}/out`], [
        `reproduce: cannot read ${outside}/out: --out must lie inside the folder you run from`,
      ]],
      ["--out inside the folder but not where the task may write", ["--out", "elsewhere"], [
        `reproduce: --out elsewhere: this command may not write ${root}/elsewhere`,
      ]],
    ];
    const runs = await Promise.all(cases.map(([, args]) => reproduceIn(root, args)));
    for (const [i, [name, , fragments]] of cases.entries()) {
      await t.step(name, () => {
        const { code, stdout, stderr } = runs[i]!;
        assertStrictEquals(code, 2, stderr);
        for (const f of fragments) {
          assertStrictEquals(stderr.includes(f), true, `${f}\n${stderr.slice(0, 2000)}`);
        }
        assertStrictEquals(/^\s+at /m.test(stderr), false, stderr);
        assertStrictEquals(
          stderr.length < 4000,
          true,
          `one short message, not ${stderr.length} characters`,
        );
        assertStrictEquals(stdout, "");
      });
    }
    assertEquals([...Deno.readDirSync(root)].map((e) => e.name).sort(), [
      "data",
      "deep",
      "empty",
      "no_table",
    ]);
    assertEquals([...Deno.readDirSync(outside)], []);
  } finally {
    await Deno.remove(root, { recursive: true });
    await Deno.remove(outside, { recursive: true });
  }
});
