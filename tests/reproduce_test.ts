/**
 * `deno task reproduce`: audits the folder it is given and nothing else; writes all of `out/` or
 * nothing; refuses folders that lead elsewhere; gives the same bytes run after run.
 */
import { ProjectError } from "../lib/errors.ts";
import { reproduce, UsageError } from "../scripts/reproduce_run.ts";
import { assertStrictEquals, assertThrows } from "./_assert.ts";
import { parseCsv } from "../lib/io/csv.ts";
import { copyOfData, edit } from "./_project.ts";

const SAMPLES = 2000;

/** A working folder holding a copy of data/. */
async function workspace(): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "recompte-reproduce-" });
  const data = await copyOfData();
  await Deno.rename(data, `${root}/data`);
  return root;
}

async function run(root: string, ...args: string[]): Promise<string> {
  return await reproduce(args, { cwd: root, samples: SAMPLES });
}

const read = (path: string) => Deno.readTextFileSync(path);

Deno.test("--data DIR audits DIR entirely: a changed figure and a changed assumption reach every claim, chart and analysis", async () => {
  const root = await workspace();
  try {
    await run(root, "--out", "before");
    // The memo corrected: an average salary of 55 000 $ instead of 50 000 $ (its text, the
    // figure, and the quotes that cite it).
    for (const file of ["memo.txt", "figures.csv", "claims.csv"]) {
      const path = `${root}/data/memos/aacocq/${file}`;
      await Deno.writeTextFile(
        path,
        (await Deno.readTextFile(path)).replaceAll("moyen de 50 000 $", "moyen de 55 000 $"),
      );
    }
    await edit(
      `${root}/data/memos/aacocq/figures.csv`,
      "salaire moyen de 55 000 $,50000,",
      "salaire moyen de 55 000 $,55000,",
    );
    // And recompte's assumption on workers already insured set to 10 %.
    await edit(`${root}/data/assumptions.csv`, ',0,"Not in the memos', ',10,"Not in the memos');
    await run(root, "--out", "after");
    // Every reading that reads the salary or the shares (directly, or through a model that does)
    // is recomputed with the new values; the others are unchanged.
    const table = (dir: string) => {
      const t = parseCsv(read(`${root}/${dir}/claims.csv`), { spreadsheetSafe: true });
      const col = (name: string) => t.header.indexOf(name);
      return new Map(t.rows.map((r) => [`${r[col("claim_id")]}/${r[col("reading")] ?? ""}`, {
        reads: `${r[col("stated")] ?? ""} ${r[col("recompute")] ?? ""}`,
        values: r.slice(col("stated_point"), col("relative_gap") + 1).join(","),
      }]));
    };
    const before = table("before");
    const after = table("after");
    const dependent = [...after].filter(([, r]) =>
      /average_salary|model\.(zeroNetCost|fiscalGain|coveragePlan)/.test(r.reads)
    );
    assertStrictEquals(dependent.length > 0, true, "no reading depends on the salary");
    for (const [key, r] of dependent) {
      assertStrictEquals(r.values !== before.get(key)!.values, true, `${key} did not follow`);
    }
    for (const [key, r] of after) {
      if (
        !dependent.some(([k]) => k === key) && !/aacocq\.fiscal_gain|zero_cost|request/.test(key)
      ) {
        assertStrictEquals(
          r.values,
          before.get(key)!.values,
          `${key} changed without reading what changed`,
        );
      }
    }
    // … the fiscal-gain chart shows the new contribution (5 % × 55 000 = 2 750 $) …
    assertStrictEquals(
      read(`${root}/after/figures/fiscal_gain.svg`).includes("2,750") ||
        read(`${root}/after/figures/fiscal_gain.svg`) !==
          read(`${root}/before/figures/fiscal_gain.svg`),
      true,
    );
    // … and the analysis: the tornado's base and the Monte Carlo move.
    assertStrictEquals(
      read(`${root}/after/figures/zeroNetCost_tornado.svg`) !==
        read(`${root}/before/figures/zeroNetCost_tornado.svg`),
      true,
    );
    assertStrictEquals(
      read(`${root}/after/report.html`) !== read(`${root}/before/report.html`),
      true,
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("two runs give byte-identical files, whatever the time zone and language", async () => {
  const root = await workspace();
  try {
    await run(root, "--out", "one");
    const tz = Deno.env.get("TZ");
    Deno.env.set("TZ", "Pacific/Kiritimati");
    try {
      await run(root, "--out", "two");
    } finally {
      if (tz === undefined) Deno.env.delete("TZ");
      else Deno.env.set("TZ", tz);
    }
    for (const file of ["claims.csv", "findings.csv", "report.html", "figures/coverage_plan.svg"]) {
      assertStrictEquals(read(`${root}/two/${file}`), read(`${root}/one/${file}`), file);
    }
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("a run that fails writes nothing: out/ keeps the last good run, and no half-built folder is left", async () => {
  const root = await workspace();
  try {
    await run(root);
    const good = read(`${root}/out/claims.csv`);
    await edit(`${root}/data/annotations.csv`, "annotation_id,", "annotation_idd,");
    await reproduce([], { cwd: root, samples: SAMPLES }).then(
      () => {
        throw new Error("the run should have failed");
      },
      (error) => assertStrictEquals(error instanceof ProjectError, true, String(error)),
    );
    assertStrictEquals(read(`${root}/out/claims.csv`), good);
    assertStrictEquals([...Deno.readDirSync(root)].map((e) => e.name).sort().join(" "), "data out");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("folders that lead outside the working folder, or an out/ that is a link, are refused", async (t) => {
  const root = await workspace();
  const outside = await Deno.makeTempDir();
  try {
    await t.step("--out through a symbolic link", async () => {
      await Deno.symlink(outside, `${root}/out`);
      await assertRejects(() => run(root), "is a symbolic link");
      await Deno.remove(`${root}/out`);
    });
    await t.step("--out outside", async () => {
      await assertRejects(() => run(root, "--out", outside), "leads outside");
    });
    await t.step("--data through a link to elsewhere", async () => {
      await Deno.mkdir(`${outside}/data`);
      await Deno.symlink(`${outside}/data`, `${root}/linked`);
      await assertRejects(() => run(root, "--data", "linked"), "leads outside");
    });
    await t.step("--out holding the data", async () => {
      await assertRejects(() => run(root, "--out", "."), "would hold the data");
    });
    await t.step("an unknown argument, a missing value, an unknown scenario", async () => {
      await assertRejects(() => run(root, "--bogus"), "unknown argument");
      await assertRejects(() => run(root, "--out"), "needs a value");
      await assertRejects(() => run(root, "--scenario", "salary_45"), "not a scenario");
    });
    assertStrictEquals(Deno.readDirSync(outside).toArray().map((e) => e.name).join(), "data");
  } finally {
    await Deno.remove(root, { recursive: true });
    await Deno.remove(outside, { recursive: true });
  }
});

async function assertRejects(f: () => Promise<unknown>, fragment: string): Promise<void> {
  try {
    await f();
  } catch (error) {
    assertStrictEquals(error instanceof UsageError, true, String(error));
    assertStrictEquals((error as Error).message.includes(fragment), true, (error as Error).message);
    return;
  }
  throw new Error(`expected a UsageError with ${JSON.stringify(fragment)}`);
}

Deno.test("the command exits 2 with a message on a bad argument, never a stack trace", async () => {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "scripts/reproduce.ts", "--bogus"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(stderr);
  assertStrictEquals(code, 2);
  assertStrictEquals(text.startsWith("reproduce: unknown argument"), true, text);
  assertStrictEquals(text.includes("    at "), false, text);
  assertThrows(() => {
    throw new UsageError("x");
  }, UsageError);
});
