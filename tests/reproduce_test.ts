/**
 * `deno task reproduce`, run as a separate process: its outputs, their determinism (another
 * working directory, another time zone and locale), its failure on bad data, and the report as a
 * headless Chromium renders it.
 *
 * Permissions the tests need: --allow-run (deno, chromium), --allow-read, --allow-write (temp
 * folders), --allow-env; `deno test --allow-all` covers them.
 */
import { HEADLESS_CHROMIUM_FLAGS } from "./_chromium.ts";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "../lib/io/csv.ts";
import { readNumber } from "../lib/io/numbers.ts";
import { loadClaims } from "../lib/audit/load_claims.ts";
import { CLAIMS_CSV_COLUMNS } from "../lib/audit/claims_csv.ts";
import { VERDICTS } from "../lib/audit/verdict.ts";
import { assertAlmostEquals, assertEquals, assertOk } from "./_assert.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SCRIPT = join(ROOT, "scripts", "reproduce.ts");
const CHART_IDS = ["coverage_plan", "fiscal_gain", "oc_staffing", "payroll_cost", "psoc_catch_up"];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function reproduce(
  options: { out: string; cwd?: string; env?: Record<string, string>; data?: string },
): Promise<Run> {
  const reads = [options.cwd === undefined ? "." : ROOT, options.data].filter(Boolean).join(",");
  const args = [
    "run",
    "--config",
    join(ROOT, "deno.json"),
    `--allow-read=${reads}`,
    `--allow-write=${options.out}`,
    "--allow-env",
    "--allow-ffi",
    "--allow-sys",
    options.cwd === undefined ? "scripts/reproduce.ts" : SCRIPT,
    "--out",
    options.out,
    ...(options.data ? ["--data", options.data] : []),
  ];
  const output = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: "1", ...options.env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: output.code, stdout: text(output.stdout), stderr: text(output.stderr) };
}

function listFiles(dir: string, prefix = ""): string[] {
  const names: string[] = [];
  for (const entry of Deno.readDirSync(join(dir, prefix))) {
    const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory) names.push(...listFiles(dir, rel));
    else names.push(rel);
  }
  return names.sort();
}

const outA = await Deno.makeTempDir({ prefix: "recompte_out_a_" });
const runA = await reproduce({ out: outA });

/** The sensitivity section's two charts, also written to out/figures/. */
const SENSITIVITY_CHART_IDS = ["sensitivity_histogram", "sensitivity_tornado"];

Deno.test("reproduce runs with the task's permissions, exits 0 and prints the summary", () => {
  assertEquals(runA.code, 0, runA.stderr);
  const claims = loadClaims().rows.length;
  assertOk(runA.stdout.includes(`recompte audit: ${claims} claims: `), runA.stdout);
  assertOk(runA.stdout.includes("Claims that are not consistent"));
  assertOk(runA.stdout.includes("[inconsistent] aacocq.objectives.current_budget_effect"));
  assertOk(runA.stderr.includes("reproduce: evaluating"), "progress lines on stderr");
  assertEquals(
    listFiles(outA),
    [
      "claims.csv",
      ...[...CHART_IDS, ...SENSITIVITY_CHART_IDS].map((id) => `figures/${id}.svg`).sort(),
      "report.html",
    ],
  );
});

Deno.test("out/claims.csv parses, starts with the agreed columns and keeps its own arithmetic", async (t) => {
  const table = parseCsv(Deno.readTextFileSync(join(outA, "claims.csv")), { file: "claims.csv" });
  assertEquals(table.header.slice(0, CLAIMS_CSV_COLUMNS.length), [...CLAIMS_CSV_COLUMNS]);
  assertEquals(table.rows.length, loadClaims().rows.length);
  const col = (name: string) => table.header.indexOf(name);
  for (const row of table.rows) {
    const id = row[col("claim_id")]!;
    await t.step(id, () => {
      assertOk((VERDICTS as readonly string[]).includes(row[col("verdict")]!));
      const num = (name: string) => {
        const cell = row[col(name)];
        if (cell === null || cell === undefined) return null;
        const reading = readNumber(cell);
        assertOk(reading.ok, `${name} is a plain decimal: ${cell}`);
        return reading.value;
      };
      const stated = num("stated_value")!;
      const recomputed = num("recomputed_value");
      const gap = num("relative_gap");
      assertEquals(gap === null, recomputed === null);
      if (recomputed !== null) {
        assertAlmostEquals(gap!, (recomputed - stated) / stated, 1e-9);
      }
    });
  }
});

Deno.test("two runs give byte-identical files, from another working directory, time zone and locale", async () => {
  const outB = await Deno.makeTempDir({ prefix: "recompte_out_b_" });
  const elsewhere = await Deno.makeTempDir({ prefix: "recompte_cwd_" });
  const runB = await reproduce({
    out: outB,
    cwd: elsewhere,
    env: { TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
  });
  assertEquals(runB.code, 0, runB.stderr);
  assertEquals(runB.stdout, runA.stdout);
  const files = listFiles(outA);
  assertEquals(listFiles(outB), files);
  for (const file of files) {
    const a = Deno.readFileSync(join(outA, file));
    const b = Deno.readFileSync(join(outB, file));
    assertOk(a.length === b.length && a.every((byte, i) => byte === b[i]), `${file} differs`);
  }
});

Deno.test("reproduce exits 2 with the file, row and column when a claim does not evaluate", async () => {
  const data = await Deno.makeTempDir({ prefix: "recompte_data_" });
  for (const entry of Deno.readDirSync(join(ROOT, "data"))) {
    if (entry.isFile) Deno.copyFileSync(join(ROOT, "data", entry.name), join(data, entry.name));
  }
  const path = join(data, "claims.csv");
  const text = Deno.readTextFileSync(path);
  Deno.writeTextFileSync(
    path,
    text.replace("2 * ctroc.plan.yearly_step", "2 * ctroc.plan.yearly_stp"),
  );
  const out = await Deno.makeTempDir({ prefix: "recompte_out_bad_" });
  const run = await reproduce({ out, data });
  assertEquals(run.code, 2, run.stderr);
  assertOk(run.stderr.includes("the audit could not run"), run.stderr);
  assertOk(/claims\.csv, row \d+, column "recompute"/.test(run.stderr), run.stderr);
  assertOk(run.stderr.includes("Did you mean: ctroc.plan.yearly_step"), run.stderr);
});

// --- Headless Chromium --------------------------------------------------------------------

function findOnPath(name: string): string | undefined {
  for (const dir of (Deno.env.get("PATH") ?? "").split(":")) {
    if (dir === "") continue;
    try {
      if (Deno.statSync(join(dir, name)).isFile) return join(dir, name);
    } catch {
      // not here
    }
  }
  return undefined;
}

const chromium = findOnPath("chromium");
const requireChromium = Deno.env.get("RECOMPTE_REQUIRE_CHROMIUM") === "1";
if (!chromium && !requireChromium) {
  console.warn(
    "tests/reproduce_test.ts: chromium is not installed, so the test that opens out/report.html " +
      "in a headless browser is ignored. Install it with `apt-get install -y chromium` (or set " +
      "RECOMPTE_REQUIRE_CHROMIUM=1 to make its absence fail).",
  );
}

async function headless(args: string[]): Promise<string> {
  if (!chromium) {
    throw new Error(
      "chromium is not installed and RECOMPTE_REQUIRE_CHROMIUM=1: `apt-get install -y chromium`",
    );
  }
  const profile = await Deno.makeTempDir({ prefix: "recompte_chromium_" });
  const output = await new Deno.Command(chromium, {
    args: [
      ...HEADLESS_CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      ...args,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assertEquals(output.code, 0, new TextDecoder().decode(output.stderr));
  return new TextDecoder().decode(output.stdout);
}

/** The distinct byte values of a PNG's decompressed image data (a blank page has very few). */
async function pngDistinctBytes(png: Uint8Array): Promise<number> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let i = 8;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  while (i < png.length) {
    const length = view.getUint32(i);
    const type = new TextDecoder().decode(png.subarray(i + 4, i + 8));
    if (type === "IDAT") chunks.push(png.slice(i + 8, i + 8 + length));
    i += 12 + length;
  }
  const stream = new Blob(chunks).stream().pipeThrough(new DecompressionStream("deflate"));
  const raw = new Uint8Array(await new Response(stream).arrayBuffer());
  return new Set(raw).size;
}

Deno.test({
  name: "a headless Chromium opens out/report.html and the charts render with their marks",
  ignore: !chromium && !requireChromium,
  fn: async (t) => {
    const url = `file://${join(outA, "report.html")}`;
    await t.step("the DOM holds one SVG with marks per chart", async () => {
      const dom = await headless(["--dump-dom", url]);
      const figures = dom.split('<figure class="chart"').slice(1);
      assertEquals(figures.length, CHART_IDS.length + SENSITIVITY_CHART_IDS.length);
      for (const figure of figures) {
        const id = /data-chart-id="([a-z_]+)"/.exec(figure)?.[1];
        assertOk(figure.includes("<svg"), `${id}: an SVG`);
        const marks = figure.match(/<g class="mark-(rect|line|symbol|text)[^"]*role-mark/g) ?? [];
        assertOk(marks.length > 0, `${id}: marks`);
        assertOk(/<path [^>]*d="M[0-9]/.test(figure), `${id}: drawn paths`);
      }
    });
    await t.step("the screenshot is not blank", async () => {
      const shot = join(await Deno.makeTempDir({ prefix: "recompte_shot_" }), "report.png");
      await headless([`--screenshot=${shot}`, "--window-size=1200,3000", url]);
      assertOk((await pngDistinctBytes(Deno.readFileSync(shot))) > 32, "a page with content");
    });
  },
});
