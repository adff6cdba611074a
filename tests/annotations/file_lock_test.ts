/**
 * The lock lets one holder at a time, and takes over only locks whose holder is gone: checked
 * through /proc when Deno lets the process read it (only with --allow-all), else by age.
 */
import { LockTimeoutError, withFileLock } from "../../lib/annotations/file_lock.ts";
import { assertStrictEquals, assertThrows } from "../_assert.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

async function deadPid(): Promise<number> {
  const child = new Deno.Command(Deno.execPath(), { args: ["eval", "0"] }).spawn();
  await child.status;
  return child.pid;
}

function lockWith(path: string, host: string, pid: number, ageSeconds: number): void {
  Deno.writeTextFileSync(path, `${host}\n${pid}\nsome-token\n`);
  const when = new Date(Date.now() - ageSeconds * 1000);
  Deno.utimeSync(path, when, when);
}

/** Runs the lock probe in a process with the given permissions; returns what it printed. */
async function probe(lock: string, permissions: string[]): Promise<string> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...permissions, "tests/annotations/_lock_probe.ts", lock],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
  }).output();
  return new TextDecoder().decode(out.stdout).trim() || new TextDecoder().decode(out.stderr);
}

Deno.test("withFileLock() takes over or waits on a left-over lock, by its holder and age", async (t) => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/a.csv.lock`;
  const here = Deno.hostname();
  const dead = await deadPid();
  const taskPermissions = [`--allow-read=.,${dir}`, `--allow-write=${dir}`, "--allow-sys"];
  const sandboxes = [
    { name: "with /proc visible (--allow-all)", permissions: ["--allow-all"], proc: true },
    { name: "as deno task annotate runs (no /proc)", permissions: taskPermissions, proc: false },
  ];
  const cases = [
    { holder: "a dead holder on this host, just now", host: here, pid: dead, age: 0 },
    { holder: "a live holder (this test), 1 h old", host: here, pid: Deno.pid, age: 3600 },
    { holder: "a holder on another host, 9 s old", host: "elsewhere", pid: 1, age: 9 },
    { holder: "a holder on another host, 11 s old", host: "elsewhere", pid: 1, age: 11 },
  ];
  // Expected: /proc decides when it can; otherwise the 10 s age does.
  const takenOver = (c: typeof cases[number], proc: boolean) =>
    proc && c.host === here ? c.pid === dead : c.age > 10;
  for (const sandbox of sandboxes) {
    for (const c of cases) {
      const expected = takenOver(c, sandbox.proc) ? "ran" : "LockTimeoutError";
      await t.step(`${sandbox.name}: ${c.holder} → ${expected}`, async () => {
        lockWith(lock, c.host, c.pid, c.age);
        assertStrictEquals(await probe(lock, sandbox.permissions), expected);
        const left = (() => {
          try {
            return Deno.readTextFileSync(lock);
          } catch {
            return undefined;
          }
        })();
        assertStrictEquals(left?.includes("some-token") ?? false, expected !== "ran");
        if (left !== undefined) Deno.removeSync(lock);
      });
    }
  }
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() names the lock file when it gives up", () => {
  const dir = Deno.makeTempDirSync();
  const lock = `${dir}/a.csv.lock`;
  lockWith(lock, "elsewhere", 1, 0);
  const e = assertThrows(
    () => withFileLock(lock, () => "ran", { timeoutMs: 100 }),
    LockTimeoutError,
    lock,
    "held by elsewhere 1 some-token",
    "delete that file",
  );
  assertStrictEquals(e.lockPath, lock);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() removes its lock when the work throws, and lets the error through", () => {
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
  assertThrows(() => Deno.statSync(lock), Deno.errors.NotFound);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("withFileLock() lets a second holder in only after the first is done", () => {
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
  withFileLock(lock, () => order.push("next"));
  assertStrictEquals(order.join(", "), "outer in, outer out, next");
  Deno.removeSync(dir, { recursive: true });
});
