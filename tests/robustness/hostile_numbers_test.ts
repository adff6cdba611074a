/**
 * Finding 3 of issue 15: a claim or figure at the edge of what a float holds (1e308 and beyond,
 * 4e-324) once made the audit loop forever. Each case now ends — the loader refuses the number
 * with its file, line, column and id, or the reading is unverifiable and says why — and the
 * audit's tables are written. The cases run in a child process with a deadline: were one to loop
 * again, the test fails after 20 s instead of stalling the suite.
 */
import { parseCsv } from "../../lib/io/csv.ts";
import { assertEquals, assertMatch, assertStrictEquals } from "../_assert.ts";
import { copyOfData } from "../_project.ts";
import { setCells } from "./_edit.ts";

const DEADLINE_MS = 20_000;

interface Outcome {
  readonly errors?: string[];
  readonly claimsCsv?: string;
  readonly thrown?: string;
}

/**
 * Loads, audits and writes the tables of each folder in a child process, killed if it has not
 * finished in time.
 */
async function loadAndAudit(...dirs: string[]): Promise<Outcome[]> {
  const { code, stdout, stderr, signal } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "tests/robustness/_audit_child.ts", ...dirs],
    cwd: new URL("../../", import.meta.url).pathname,
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(DEADLINE_MS),
  }).output();
  if (signal !== null) throw new Error(`no answer in ${DEADLINE_MS} ms: loading or auditing hangs`);
  const text = new TextDecoder().decode(stdout);
  assertStrictEquals(code, 0, new TextDecoder().decode(stderr));
  return text.trim().split("\n").map((line) => JSON.parse(line) as Outcome);
}

/** A copy of data/ whose ctroc figures and claims hold numbers a float cannot keep. */
async function refusedNumbers(): Promise<string> {
  const dir = await copyOfData();
  const figures = `${dir}/memos/ctroc/figures.csv`;
  const claims = `${dir}/memos/ctroc/claims.csv`;
  await setCells(figures, "figure_id", "ctroc.network.organizations", { value: "1e308" });
  await setCells(figures, "figure_id", "ctroc.network.regions", { value: "4e-324" });
  await setCells(claims, "claim_id", "ctroc.network.member_list_count", {
    recompute: "1e308[organizations]",
  });
  await setCells(claims, "claim_id", "ctroc.psoc.other_funding_modes_named", {
    recompute: "4e-324",
  });
  return dir;
}

/** Claims whose arithmetic leaves what a float holds, each with what its reading must say. */
const UNCOMPUTABLE: readonly [string, string, RegExp][] = [
  [
    "ctroc.network.tables_restated",
    `ctroc.members.regional_tables${" * 1e15".repeat(21)}`,
    /gives Infinity: a number beyond what a float holds/,
  ],
  [
    "ctroc.network.member_tables_restated",
    "ctroc.network.regional_tables * 1e-300 * 1e-20",
    /gives 1\.4e-319: a number too small for a float to keep its digits/,
  ],
  [
    "ctroc.network.organizations_restated",
    "ctroc.members.organizations / (ctroc.network.member_tables - ctroc.members.regional_tables) * 1[organizations]",
    /cannot be computed on these numbers \(division by zero/,
  ],
  [
    "ctroc.network.regions_vs_tables",
    "ctroc.network.member_tables * 1[regions/organization] * (pow(14, 300) - pow(14, 300))",
    /gives no number \(NaN\)|cannot be computed on these numbers/,
  ],
];

Deno.test("numbers at the edge of a float (1e308, 4e-324) never hang the load or the audit", async (t) => {
  const refused = await refusedNumbers();
  const uncomputable = await copyOfData();
  try {
    for (const [id, recompute] of UNCOMPUTABLE) {
      await setCells(`${uncomputable}/memos/ctroc/claims.csv`, "claim_id", id, { recompute });
    }
    const [first, second] = await loadAndAudit(refused, uncomputable);

    await t.step(
      "a figure or a claim's number of 1e308 or 4e-324 is refused naming its file, line, column and id",
      () => {
        const { errors = [], thrown } = first!;
        assertStrictEquals(thrown, undefined, thrown);
        const expectations: [string, RegExp][] = [
          [
            "a figure of 1e308",
            /figures\.csv:\d+:\d+: error: ctroc\.network\.organizations: found "1e308", expected a finite number no larger than 1000000000000000/,
          ],
          [
            "a figure of 4e-324",
            /figures\.csv:\d+:\d+: error: ctroc\.network\.regions: found "4e-324", expected a number a float can hold/,
          ],
          [
            "a claim's 1e308",
            /claims\.csv:\d+:\d+: error: ctroc\.network\.member_list_count: found "1e308\[organizations\]", expected a number no larger than 1000000000000000/,
          ],
          [
            "a claim's 4e-324",
            /claims\.csv:\d+:\d+: error: ctroc\.psoc\.other_funding_modes_named: found "4e-324", expected a number a float can hold/,
          ],
        ];
        for (const [name, pattern] of expectations) {
          assertStrictEquals(
            errors.some((line) => pattern.test(line)),
            true,
            `${name}:\n${errors.join("\n")}`,
          );
        }
        // And nothing else: a refused figure is not read as 0 by the assumptions that read it.
        assertStrictEquals(errors.length, expectations.length, errors.join("\n"));
      },
    );

    await t.step(
      "a claim whose arithmetic overflows, underflows or divides by zero is unverifiable and says why; the audit's table is written",
      () => {
        const { errors, claimsCsv, thrown } = second!;
        assertStrictEquals(thrown, undefined, thrown);
        assertEquals(errors, []);
        const table = parseCsv(claimsCsv!, { spreadsheetSafe: true });
        const col = (name: string) => table.header.indexOf(name);
        for (const [id, , because] of UNCOMPUTABLE) {
          const row = table.rows.find((r) => r[col("claim_id")] === id)!;
          assertStrictEquals(row[col("reading_verdict")], "unverifiable", id);
          assertMatch(row[col("missing")] ?? "", because, id);
          assertEquals(
            row.slice(col("recomputed_point"), col("relative_gap") + 1),
            Array(6).fill(null),
            id,
          );
        }
        // Every number written is a plain, finite decimal (or an open end of an interval).
        for (const row of table.rows) {
          for (const cell of row.slice(col("stated_point"), col("relative_gap") + 1)) {
            if (cell !== null) assertMatch(cell, /^(-?\d+(\.\d+)?|[+-]inf)$/);
          }
        }
      },
    );
  } finally {
    await Deno.remove(refused, { recursive: true });
    await Deno.remove(uncomputable, { recursive: true });
  }
});
