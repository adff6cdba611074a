/**
 * No annotation is lost or torn: two processes appending at once, a writer paused (SIGSTOP)
 * while it holds the lock, a writer killed while it holds it, a writer dying mid-write.
 *
 * `deno task test:soak` (RECOMPTE_SOAK=1, see tests/_soak.ts) adds the heavier run: four writers
 * × 400 annotations.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import { lockPathFor } from "../../lib/annotations/file_lock.ts";
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { assertEquals, assertMatch, assertStrictEquals } from "../_assert.ts";
import { soakTest } from "../_soak.ts";
import {
  cli,
  finished,
  Fixture,
  listing,
  makeDataDir,
  startCli,
  stillPendingAfter,
  TARGETS,
} from "./_fixtures.ts";

/** The project's files, and what annotating leaves beside them: the file and its lock file. */
function withAnnotations(project: string[]): string[] {
  return [...project, "annotations.csv", "annotations.csv.lock"].sort();
}

/**
 * Resolves once a writer is at the lock `lock`: a waiter marks the lock file by changing its
 * modification time (see `withFileLock`). Resolves too if the writer ends first, or after 60 s,
 * and the caller's checks then say what went wrong.
 */
async function reachedLock(lock: string, done: Promise<unknown>): Promise<void> {
  const before = Deno.statSync(lock).mtime?.getTime();
  const deadline = Date.now() + 60_000;
  while (Deno.statSync(lock).mtime?.getTime() === before && Date.now() < deadline) {
    if (!(await stillPendingAfter(done, 10))) return;
  }
}

async function appendAtOnce(perProcess: number, labels = ["A", "B"]): Promise<void> {
  const dir = makeDataDir();
  const project = listing(dir);
  const file = `${dir}/annotations.csv`;
  const writers = labels.map((label) =>
    new Fixture("_append_many.ts", [file, label, String(perProcess)], dir)
  );
  // Both are loaded and waiting before either starts: their runs overlap.
  await Promise.all(writers.map((w) => w.waitFor("ready")));
  await Promise.all(writers.map((w) => w.send("go")));
  const outputs = await Promise.all(writers.map((w) => w.end()));
  outputs.forEach((o) => assertStrictEquals(o.code, 0, o.stderr));
  const rows = readAnnotations(file);
  assertStrictEquals(rows.length, labels.length * perProcess);
  assertStrictEquals(new Set(rows.map((r) => r.annotation_id)).size, labels.length * perProcess);
  const turns = rows.filter((r, i) => i > 0 && r.author !== rows[i - 1]!.author).length;
  assertStrictEquals(turns > 1, true, `the two processes took turns (${turns} changes of writer)`);
  for (const label of labels) {
    const texts = rows.filter((r) => r.author === `proc ${label}`).map((r) => r.text);
    const expected = Array.from(
      { length: perProcess },
      (_, i) => `${label} #${i}: « virgule, guillemet "x", point-virgule ; »\nligne 2 😀`,
    );
    assertEquals(texts, expected, `process ${label}'s rows, in its order, byte for byte`);
  }
  // The table loader (zod) accepts the file too, and only the lock file is left beside it.
  assertStrictEquals(readAnnotations(file).length, labels.length * perProcess);
  assertEquals(listing(dir), withAnnotations(project));
  await Deno.remove(dir, { recursive: true });
}

Deno.test("two processes appending 40 annotations each at once end with all 80 rows, none torn, duplicated or reordered", async () => {
  await appendAtOnce(40);
});

soakTest(
  "four processes appending 400 annotations each at once end with all 1 600 rows",
  () => appendAtOnce(400, ["A", "B", "C", "D"]),
);

Deno.test("a writer paused (SIGSTOP) while it holds the lock keeps it, however old the lock file looks; the next waits, and once the first goes on both annotations land", async () => {
  const dir = makeDataDir();
  const file = `${dir}/annotations.csv`;
  const lock = lockPathFor(file);
  const holder = new Fixture("_hold_writer.ts", [file, "première, tenue"], dir);
  await holder.waitFor("locked");
  Deno.kill(holder.child.pid, "SIGSTOP");
  try {
    // An age-based lock would call this one stale: the system's lock does not care.
    const hourAgo = new Date(Date.now() - 3_600_000);
    Deno.utimeSync(lock, hourAgo, hourAgo);
    const second = startCli(dir, [
      ...["--target", "aacocq.fiscal_gain.indirect_savings", "--author", "second"],
      ...["--date", "2025-11-26", "--stance", "questioned", "--text", "deuxième"],
    ]);
    const secondDone = finished(second);
    // It loads the project first: wait until it is at the lock, then give it 2 s more.
    await reachedLock(lock, secondDone);
    assertStrictEquals(
      await stillPendingAfter(secondDone, 2_000),
      true,
      "the second writer is still waiting for the lock 2 s after reaching it",
    );
    assertEquals(readAnnotations(file), [], "nothing was written meanwhile");
    Deno.kill(holder.child.pid, "SIGCONT");
    await holder.send("go");
    const [first, next] = [await holder.end(), await secondDone];
    assertStrictEquals(first.code, 0, first.stderr);
    assertStrictEquals(next.code, 0, next.stderr);
    const rows = readAnnotations(file);
    assertEquals(rows.map((r) => [r.author, r.text]), [
      ["holder", "première, tenue"],
      ["second", "deuxième"],
    ]);
    // What each acknowledged is what the file holds.
    assertStrictEquals(first.stdout.includes(`wrote ${rows[0]!.annotation_id}`), true);
    assertMatch(next.stdout, new RegExp(`^Wrote ${rows[1]!.annotation_id} to ${file}`));
  } finally {
    try {
      Deno.kill(holder.child.pid, "SIGCONT");
    } catch { /* already ended */ }
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a writer killed (SIGKILL) while it holds the lock loses only its own, unacknowledged annotation; the next one lands at once", async () => {
  const dir = makeDataDir();
  const file = `${dir}/annotations.csv`;
  annotate({
    file,
    targets: TARGETS,
    target_id: "ctroc.plan.total",
    author: "before",
    date: "2025-11-24",
    stance: "note",
    text: "déjà là",
  });
  const before = Deno.readFileSync(file);
  const holder = new Fixture("_hold_writer.ts", [file, "jamais écrite"], dir);
  await holder.waitFor("locked");
  Deno.kill(holder.child.pid, "SIGKILL");
  const killed = await holder.end();
  assertStrictEquals(killed.stdout.includes("wrote"), false, "it never acknowledged");
  assertEquals(Deno.readFileSync(file), before);
  const next = await cli(dir, [
    ...["--target", "ctroc.plan.total", "--author", "after", "--date", "2025-11-25"],
    ...["--stance", "supported", "--text", "suivante"],
  ]);
  assertStrictEquals(next.code, 0, next.stderr);
  assertEquals(readAnnotations(file).map((a) => a.text), ["déjà là", "suivante"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a process dying after writing its temporary file leaves the previous file intact, and the next annotation lands at once and clears the leftover", async () => {
  const dir = makeDataDir();
  const project = listing(dir);
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
  const crash = new Fixture("_crash_writer.ts", [file], dir);
  const crashed = await crash.end();
  assertStrictEquals(crashed.code, 70, crashed.stderr);
  assertEquals(await Deno.readFile(file), previous);
  const left = listing(dir).filter((n) => !project.includes(n));
  assertEquals(left.length, 3, `the file, its lock file and a temporary file: ${left}`);
  assertStrictEquals(left.some((n) => n.startsWith(".annotations.csv.tmp-")), true);

  const next = await cli(dir, [
    ...["--target", "ctroc.plan.total", "--author", "after", "--date", "2025-11-25"],
    ...["--stance", "supported", "--text", "deuxième"],
  ]);
  assertStrictEquals(next.code, 0, next.stderr);
  assertEquals(readAnnotations(file).map((a) => a.text), ["première", "deuxième"]);
  assertEquals(listing(dir), withAnnotations(project));
  await Deno.remove(dir, { recursive: true });
});
