/**
 * The lock is the system's: one holder at a time, across processes and within one; released
 * when the holder is done, throws, or dies; never taken from a live holder, however old the
 * lock file looks; a lock path that is a folder or a link is refused in words.
 */
import { lockPathFor, LockTimeoutError, withFileLock } from "../../lib/annotations/file_lock.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { Fixture, stillPendingAfter } from "./_fixtures.ts";

Deno.test("lockPathFor() puts the lock file beside the data file, never the data file itself", () => {
  assertStrictEquals(lockPathFor("/d/data/annotations.csv"), "/d/data/annotations.csv.lock");
});

Deno.test("withFileLock() runs at once on a lock file left behind by an old version, an hour old, and leaves its bytes alone", () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/a.csv.lock`;
  Deno.writeTextFileSync(lock, "elsewhere\n1\nsome-token\n");
  const hourAgo = new Date(Date.now() - 3_600_000);
  Deno.utimeSync(lock, hourAgo, hourAgo);
  assertStrictEquals(withFileLock(lock, () => "ran", { timeoutMs: 0 }), "ran");
  assertStrictEquals(Deno.readTextFileSync(lock), "elsewhere\n1\nsome-token\n");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() waits for a holder in another process, even one whose lock file is an hour old, and gives up naming the lock file", async () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/a.csv.lock`;
  const holder = new Fixture("_lock_holder.ts", [lock], dir);
  await holder.waitFor("held");
  const hourAgo = new Date(Date.now() - 3_600_000);
  Deno.utimeSync(lock, hourAgo, hourAgo);
  const started = Date.now();
  const e = assertThrows(
    () => withFileLock(lock, () => "ran", { timeoutMs: 300 }),
    LockTimeoutError,
    `Could not lock ${lock} within 0.3 s`,
    "another annotate command is running",
    "Do not delete the lock file",
  );
  assertStrictEquals(Date.now() - started >= 300, true, "it waited the whole timeout");
  assertEquals([e.lockPath, e.timeoutMs], [lock, 300]);
  await holder.send("x");
  const out = await holder.end();
  assertStrictEquals(out.code, 0, out.stderr);
  assertStrictEquals(out.stdout, "held\nreleased\n");
  assertStrictEquals(withFileLock(lock, () => "ran", { timeoutMs: 0 }), "ran");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() gets the lock at once when its holder is killed (SIGKILL): the system releases it", async () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/a.csv.lock`;
  const holder = new Fixture("_lock_holder.ts", [lock], dir);
  await holder.waitFor("held");
  assertThrows(() => withFileLock(lock, () => "ran", { timeoutMs: 0 }), LockTimeoutError);
  Deno.kill(holder.child.pid, "SIGKILL");
  const out = await holder.end();
  assertStrictEquals(out.stdout, "held\n", "it never got to release the lock itself");
  assertStrictEquals(withFileLock(lock, () => "ran", { timeoutMs: 0 }), "ran");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() refuses a lock path that is a folder or a symbolic link, in words, before touching it", async (t) => {
  const dir = Deno.makeTempDirSync();
  await t.step("a folder", () => {
    const lock = `${dir}/folder.lock`;
    Deno.mkdirSync(lock);
    const e = assertThrows(
      () => withFileLock(lock, () => "ran"),
      DataError,
      `${lock}: found "a folder", expected a lock file`,
      "move or remove that folder",
    );
    assertStrictEquals(e.file, lock);
    assertEquals([...Deno.readDirSync(lock)], []);
  });
  await t.step("a symbolic link to another file", () => {
    const target = `${dir}/precious.txt`;
    Deno.writeTextFileSync(target, "keep me");
    const lock = `${dir}/link.lock`;
    Deno.symlinkSync(target, lock);
    assertThrows(() => withFileLock(lock, () => "ran"), DataError, "a symbolic link");
    assertStrictEquals(Deno.readTextFileSync(target), "keep me");
  });
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() releases the lock when the work throws, lets the error through, and keeps the lock file", () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/b.lock`;
  assertThrows(
    () =>
      withFileLock(lock, () => {
        throw new TypeError("boom");
      }),
    TypeError,
    "boom",
  );
  assertStrictEquals(Deno.statSync(lock).isFile, true);
  assertStrictEquals(withFileLock(lock, () => "again", { timeoutMs: 0 }), "again");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() lets a second holder in the same process in only after the first is done", () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/c.lock`;
  const order: string[] = [];
  withFileLock(lock, () => {
    order.push("outer in");
    assertThrows(
      () => withFileLock(lock, () => order.push("inner"), { timeoutMs: 50 }),
      LockTimeoutError,
    );
    order.push("outer out");
  });
  withFileLock(lock, () => order.push("next"), { timeoutMs: 0 });
  assertStrictEquals(order.join(", "), "outer in, outer out, next");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() pauses between tries, never longer than 20 ms, until the timeout", () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/d.lock`;
  const pauses: number[] = [];
  withFileLock(lock, () => {
    assertThrows(
      () =>
        withFileLock(lock, () => 0, {
          timeoutMs: 100,
          pause: (ms) => {
            pauses.push(ms);
            const until = Date.now() + ms;
            while (Date.now() < until) { /* spin */ }
          },
        }),
      LockTimeoutError,
    );
  });
  assertStrictEquals(pauses.length >= 5, true, `${pauses.length} tries`);
  assertStrictEquals(pauses.every((ms) => ms > 0 && ms <= 20), true, pauses.join(", "));
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() lets a waiter in while another process takes the lock again and again in a loop", async () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/e.lock`;
  // 300 turns of 10 ms: the loop would hold the lock for 3 s, with no pause between turns.
  const loop = new Fixture("_lock_loop.ts", [lock, "300", "10"], dir);
  await loop.waitFor("looping");
  const started = Date.now();
  assertStrictEquals(withFileLock(lock, () => "in", { timeoutMs: 1_000 }), "in");
  const waited = Date.now() - started;
  const status = loop.child.status;
  assertStrictEquals(await stillPendingAfter(status, 0), true, "the loop was still running");
  Deno.kill(loop.child.pid, "SIGTERM");
  const out = await loop.end();
  assertStrictEquals(out.stdout, "looping\n", "it had not finished its turns");
  assertStrictEquals(waited < 1_000, true, `got in after ${waited} ms`);
  Deno.removeSync(dir, { recursive: true });
});
