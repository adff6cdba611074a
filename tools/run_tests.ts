/**
 * `deno task test`: runs every test file (and every JSDoc example of lib/) in parallel, one worker
 * per core, then prints the slowest files and the wall time, so that a slow test shows up the day
 * it is written. Extra arguments go to `deno test` (a file or folder to run only those).
 *
 * ```sh
 * deno task test                      # everything
 * deno task test tests/audit          # one folder
 * deno task test:frontend             # Jupyter Notebook 6 and Chromium: tests/frontend/, the notebooks
 * RECOMPTE_SOAK=1 deno task test      # the heavier soak variants too (deno task test:soak)
 * ```
 *
 * Exit code: `deno test`'s.
 *
 * @module
 */

/** The permissions the tests run with: no network beyond loopback (the Jupyter and Chromium tests). */
const PERMISSIONS = [
  "--allow-read",
  "--allow-write",
  "--allow-run",
  "--allow-net=127.0.0.1",
  "--allow-env",
  "--allow-ffi",
  "--allow-sys",
];

/**
 * Each test file's time, from a JUnit report: the sum of its tests' times (steps, named
 * `test > step`, are inside their test's time and not counted again).
 *
 * @param junit The report's XML.
 * @returns The files, slowest first.
 *
 * @example
 * ```ts
 * import { suiteTimes } from "./run_tests.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const xml = '<testcase name="a" classname="./t/x.ts" time="1.5"/><testcase name="a &gt; s" classname="./t/x.ts" time="1.0"/>' +
 *   '<testcase name="b" classname="./t/y.ts" time="0.5"/><testcase name="c" classname="./t/x.ts" time="0.25"/>';
 * deepStrictEqual(suiteTimes(xml), [{ file: "t/x.ts", seconds: 1.75, tests: 2 }, { file: "t/y.ts", seconds: 0.5, tests: 1 }]);
 * ```
 */
export function suiteTimes(junit: string): { file: string; seconds: number; tests: number }[] {
  const files = new Map<string, { file: string; seconds: number; tests: number }>();
  for (
    const m of junit.matchAll(/<testcase\s+name="([^"]*)"\s+classname="([^"]*)"\s+time="([^"]*)"/g)
  ) {
    if (m[1]!.includes(" &gt; ")) continue;
    const file = m[2]!.replace(/^\.\//, "");
    const entry = files.get(file) ?? { file, seconds: 0, tests: 0 };
    entry.seconds += Number(m[3]) || 0;
    entry.tests++;
    files.set(file, entry);
  }
  return [...files.values()].sort((a, b) => b.seconds - a.seconds);
}

/**
 * What `deno task test` runs by default: every entry of `tests/` but the real-frontend tests
 * (`tests/frontend/`, run by `deno task test:frontend`: each starts Jupyter and Chromium).
 *
 * @returns The test files and folders.
 */
export function defaultTestFolders(): string[] {
  return [...Deno.readDirSync("tests")]
    .filter((e) => e.name !== "frontend" && (e.isDirectory || /_test\.ts$/.test(e.name)))
    .map((e) => `tests/${e.name}`)
    .sort();
}

if (import.meta.main) {
  const junit = await Deno.makeTempFile({ prefix: "recompte-junit-", suffix: ".xml" });
  const targets = Deno.args.length > 0 ? Deno.args : ["--doc", "lib/", ...defaultTestFolders()];
  const started = performance.now();
  const { code } = await new Deno.Command(Deno.execPath(), {
    args: ["test", ...PERMISSIONS, "--parallel", `--junit-path=${junit}`, ...targets],
    env: { NO_COLOR: "1" },
    stdin: "null",
  }).spawn().status;
  const wall = (performance.now() - started) / 1000;
  let times: ReturnType<typeof suiteTimes> = [];
  try {
    times = suiteTimes(await Deno.readTextFile(junit));
  } catch { /* no report: deno test failed before running */ }
  await Deno.remove(junit).catch(() => {});
  if (times.length > 0) {
    console.log("\nslowest test files:");
    for (const t of times.slice(0, 8)) {
      console.log(`  ${t.seconds.toFixed(1).padStart(6)} s  ${t.file} (${t.tests} tests)`);
    }
  }
  console.log(
    `deno task test: ${wall.toFixed(1)} s wall, ${
      Deno.env.get("DENO_JOBS") ?? navigator.hardwareConcurrency
    } workers`,
  );
  Deno.exit(code);
}
