/**
 * Findings 4 and 5 of issue 15: a failed run once left a new `claims.csv` beside an old
 * `report.html`, and symbolic links let `--out` and `--data` lead outside the working folder.
 * Now `out/` is written whole or not at all, and a link is never followed out of the folder.
 * (tests/reproduce_test.ts covers a run refused by its data, `out` itself a link, `--out` outside
 * and `--data` through a link.)
 */
import { reproduce, UsageError, writeFolderAtomically } from "../../scripts/reproduce_run.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { copyOfData } from "../_project.ts";

/** A working folder holding a copy of data/. */
async function workspace(): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: "recompte-out-" });
  await Deno.rename(await copyOfData(), `${root}/data`);
  return root;
}

/** Every file under a folder, by relative path, with its bytes as text. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const e of Deno.readDirSync(`${dir}/${sub}`)) {
      const name = sub === "" ? e.name : `${sub}/${e.name}`;
      if (e.isDirectory) walk(name);
      else out[name] = Deno.readTextFileSync(`${dir}/${name}`);
    }
  };
  walk("");
  return out;
}

async function refusal(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (error) {
    assertStrictEquals(error instanceof UsageError, true, String(error));
    return (error as Error).message;
  }
  throw new Error("expected the run to be refused");
}

Deno.test("a write that fails half-way leaves out/ exactly as it was, every file, and no out.next/ behind", async () => {
  const root = await Deno.makeTempDir({ prefix: "recompte-out-" });
  try {
    const out = `${root}/out`;
    writeFolderAtomically(out, [["claims.csv", "old claims\n"], ["report.html", "<p>old</p>\n"], [
      "figures/a.svg",
      "<svg/>",
    ]]);
    const before = snapshot(out);
    // claims.csv is written, then "figures" as a file makes figures/b.svg impossible to write.
    const failing: [string, string][] = [["claims.csv", "new claims\n"], ["figures", "x"], [
      "figures/b.svg",
      "<svg/>",
    ]];
    assertStrictEquals(
      (await refusal(() => writeFolderAtomically(out, failing)))
        .startsWith(
          `cannot write ${out}`,
        ),
      true,
    );
    assertEquals(snapshot(out), before);
    assertEquals([...Deno.readDirSync(root)].map((e) => e.name), ["out"]);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("a run stopped between its two renames (out/ moved aside, the new one not yet in place) is repaired by the next: the last good out/ comes back, then is replaced whole", async () => {
  const root = await Deno.makeTempDir({ prefix: "recompte-out-" });
  try {
    const out = `${root}/out`;
    writeFolderAtomically(out, [["claims.csv", "good claims\n"]]);
    // What a process killed right after `out` → `out.previous` leaves behind.
    Deno.renameSync(out, `${out}.previous`);
    Deno.mkdirSync(`${out}.next`);
    Deno.writeTextFileSync(`${out}.next/claims.csv`, "half-built\n");
    const failing: [string, string][] = [["figures", "x"], ["figures/b.svg", "<svg/>"]];
    await refusal(() => writeFolderAtomically(out, failing));
    assertEquals(snapshot(out), { "claims.csv": "good claims\n" });
    writeFolderAtomically(out, [["claims.csv", "new claims\n"]]);
    assertEquals(snapshot(out), { "claims.csv": "new claims\n" });
    assertEquals([...Deno.readDirSync(root)].map((e) => e.name), ["out"]);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test("--out through a linked folder that leads outside, a link inside out/, or a folder inside the data is refused, and nothing is written", async (t) => {
  const root = await workspace();
  const outside = await Deno.makeTempDir({ prefix: "recompte-outside-" });
  const run = (...args: string[]) => reproduce(args, { cwd: root, samples: 200 });
  try {
    await Deno.symlink(outside, `${root}/elsewhere`);
    await t.step("--out elsewhere/out, its parent a link to another folder", async () => {
      assertStrictEquals(
        (await refusal(() => run("--out", "elsewhere/out"))).includes("leads outside"),
        true,
      );
    });
    await t.step("--out out/link, a link inside out/", async () => {
      await Deno.mkdir(`${root}/out`);
      await Deno.symlink(outside, `${root}/out/link`);
      assertStrictEquals(
        (await refusal(() => run("--out", "out/link"))).includes("is a symbolic link"),
        true,
      );
      await Deno.remove(`${root}/out`, { recursive: true });
    });
    await t.step("--out data/out, inside the data folder", async () => {
      assertStrictEquals(
        (await refusal(() => run("--out", "data/out"))).includes("lies inside the data folder"),
        true,
      );
    });
    assertEquals([...Deno.readDirSync(outside)], []);
    assertEquals([...Deno.readDirSync(root)].map((e) => e.name).sort(), ["data", "elsewhere"]);
  } finally {
    await Deno.remove(root, { recursive: true });
    await Deno.remove(outside, { recursive: true });
  }
});

Deno.test("links left in an old out/ or as out.next/ are replaced, never followed: what they point to is untouched", async () => {
  const root = await workspace();
  const outside = await Deno.makeTempDir({ prefix: "recompte-outside-" });
  try {
    await Deno.mkdir(`${outside}/figures`);
    await Deno.writeTextFile(`${outside}/figures/keep.svg`, "not recompte's");
    await Deno.mkdir(`${root}/out`);
    await Deno.symlink(`${outside}/figures`, `${root}/out/figures`);
    await Deno.symlink(outside, `${root}/out.next`);
    await reproduce([], { cwd: root, samples: 200 });
    assertEquals(snapshot(outside), { "figures/keep.svg": "not recompte's" });
    assertStrictEquals(Deno.lstatSync(`${root}/out/figures`).isDirectory, true);
    assertStrictEquals(Object.keys(snapshot(`${root}/out`)).includes("report.html"), true);
    assertEquals([...Deno.readDirSync(root)].map((e) => e.name).sort(), ["data", "out"]);
  } finally {
    await Deno.remove(root, { recursive: true });
    await Deno.remove(outside, { recursive: true });
  }
});
