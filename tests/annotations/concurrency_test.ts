/**
 * No annotation is lost: two processes appending at once, and a process dying mid-write.
 */
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { annotate } from "../../lib/annotations/annotate.ts";
import type { KnownTargets } from "../../lib/annotations/known_targets.ts";
import { annotationsTable } from "../../lib/data/tables/annotations.ts";
import { loadTableFile } from "../../lib/data/load_table.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

const HERE = new URL(".", import.meta.url);
const ROOT = new URL("../../", import.meta.url).pathname;
const HEADER = "annotation_id,target_kind,target_id,author,date,stance,text\n";
const TARGETS: KnownTargets = {
  figure: new Set(["ctroc.plan.total"]),
  assumption: new Set<string>(),
  claim: new Set<string>(),
};

function runFixture(script: string, args: string[], dir: string): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      `--allow-read=${ROOT},${dir}`,
      `--allow-write=${dir}`,
      "--allow-env",
      "--allow-ffi",
      "--allow-sys",
      new URL(script, HERE).pathname,
      ...args,
    ],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

Deno.test("two processes appending 500 annotations each at once end with all 1 000 rows, none torn or duplicated", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/annotations.csv`;
  await Deno.writeTextFile(file, HEADER);
  const children = ["A", "B"].map((label) =>
    runFixture("_append_many.ts", [file, label, "500"], dir)
  );
  const outputs = await Promise.all(children.map((c) => c.output()));
  outputs.forEach((o) => assertStrictEquals(o.code, 0, new TextDecoder().decode(o.stderr)));
  const rows = readAnnotations(file);
  assertStrictEquals(rows.length, 1000);
  assertStrictEquals(new Set(rows.map((r) => r.annotation_id)).size, 1000);
  const turns = rows.filter((r, i) => i > 0 && r.author !== rows[i - 1]!.author).length;
  assertStrictEquals(turns > 0, true, "the two processes ran at the same time, taking turns");
  for (const label of ["A", "B"]) {
    const texts = rows.filter((r) => r.author === `proc ${label}`).map((r) => r.text);
    const expected = Array.from(
      { length: 500 },
      (_, i) => `${label} #${i}: « virgule, guillemet "x", point-virgule ; »\nligne 2 😀`,
    );
    assertEquals(texts, expected, `process ${label}'s rows, in its order, byte for byte`);
  }
  // The table loader (zod) accepts the file too, and nothing is left beside it.
  assertStrictEquals(loadTableFile(annotationsTable, file).rows.length, 1000);
  assertEquals([...Deno.readDirSync(dir)].map((e) => e.name), ["annotations.csv"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a process dying after writing its temporary file leaves the previous file intact, and the next annotation still lands", async () => {
  const dir = await Deno.makeTempDir();
  const file = `${dir}/annotations.csv`;
  annotate({
    file,
    targets: TARGETS,
    target_id: "ctroc.plan.total",
    author: "before",
    date: "2025-11-24",
    stance: "questioned",
    text: "première",
  });
  const previous = await Deno.readFile(file);
  const crashed = await runFixture("_crash_writer.ts", [file], dir).output();
  assertStrictEquals(crashed.code, 70, new TextDecoder().decode(crashed.stderr));
  assertEquals(await Deno.readFile(file), previous);
  const left = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
  assertEquals(left.length, 3, `a lock and a temporary file are left: ${left}`);
  assertStrictEquals(left.includes("annotations.csv.lock"), true);
  assertStrictEquals(left.some((n) => n.startsWith(".annotations.csv.tmp-")), true);

  // The next annotate, run as `deno task annotate` runs (no access to /proc, so the dead
  // holder's lock is taken over once 10 s old).
  const next = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      `--allow-read=.,${dir}`,
      `--allow-write=${dir}`,
      "--allow-env",
      "--allow-ffi",
      "--allow-sys",
      "scripts/annotate.ts",
      ...["--file", file, "--target", "ctroc.plan.total", "--author", "after"],
      ...["--date", "2025-11-25", "--stance", "supported", "--text", "deuxième"],
    ],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
  }).output();
  assertStrictEquals(next.code, 0, new TextDecoder().decode(next.stderr));
  assertEquals(readAnnotations(file).map((a) => a.text), ["première", "deuxième"]);
  assertEquals([...Deno.readDirSync(dir)].map((e) => e.name), ["annotations.csv"]);
  await Deno.remove(dir, { recursive: true });
});
