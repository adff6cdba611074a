/**
 * Problems the reader fuzz test (`tests/fuzz/loaders_fuzz_test.ts`) found in the table readers,
 * each pinned on both sides: what is refused names its line, column and value, and only what is
 * wrong is reported.
 *
 * @module
 */
import { join } from "node:path";
import { formatProblem, type Problem } from "../../lib/errors.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { validateProject } from "../../lib/project/load_project.ts";
import { readAssumptions } from "../../lib/project/read_assumptions.ts";
import { readVocabularies } from "../../lib/project/read_vocabulary.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { copyOfDataSync, vocabulary } from "../_project.ts";

/** A copy of `data/` with one CSV changed cell by cell; the caller removes it. */
function copyWith(file: string, change: (header: string[], rows: (string | null)[][]) => void) {
  const dir = copyOfDataSync();
  const path = join(dir, file);
  const table = parseCsv(Deno.readTextFileSync(path));
  change(table.header, table.rows);
  Deno.writeTextFileSync(path, formatCsv(table.header, table.rows));
  return { dir, path, table };
}

/** A problem as its location and message, without the temporary folder. */
const shown = (dir: string) => (p: Problem) => formatProblem(p).replace(`${dir}/`, "");

Deno.test("a unit name defined twice in units.csv is refused at its line and column; the other units still read", async (t) => {
  const cases: [string, (string | null)[], string, string][] = [
    [
      "an id used again on a later line",
      ["CAD", null, "money", "1", "$", "$", "$", "$", null],
      "unit",
      'found "CAD", expected a unit name used once (it is also on line 2)',
    ],
    [
      "an alias that is another unit's id",
      ["salaries", "years", "money", "1", "s", "s", "s", "s", null],
      "aliases",
      'found "years", expected a unit name used once (it is also on line 4)',
    ],
    [
      "an alias that repeats its own id",
      ["visits", "visits", null, "1", "visites", "visite", "visits", "visit", null],
      "aliases",
      'found "visits", expected a unit name used once (it is also in this row)',
    ],
  ];
  for (const [name, row, column, expected] of cases) {
    await t.step(name, () => {
      const { dir, path } = copyWith("vocab/units.csv", (_, rows) => rows.push(row));
      try {
        const problems: Problem[] = [];
        const { units } = readVocabularies(dir, problems);
        const written = parseCsv(Deno.readTextFileSync(path));
        const at = written.positions.at(-1)![written.header.indexOf(column)]!;
        assertEquals(problems.map(shown(dir)), [
          `vocab/units.csv:${at.line}:${at.column}: error: ${expected} in column "${column}"`,
        ]);
        // The vocabulary is not emptied: every other unit still reads.
        assertStrictEquals(units.get("workers")?.unit, "workers");
      } finally {
        Deno.removeSync(dir, { recursive: true });
      }
    });
  }
  await t.step("the units of data/ are each defined once", () => {
    const problems: Problem[] = [];
    readVocabularies("data", problems);
    assertEquals(problems, []);
  });
});

Deno.test("an assumption's range end that is not a number is refused as such, not as a missing end", async (t) => {
  const { units } = vocabulary();
  const cases: [string, string | null, string | null, string[]][] = [
    ["a French low end", "40 000", "50000", [
      'found "40 000", expected a plain number such as 45000 or 35.5 (this looks like a French number: write it 40000) in column "low"',
    ]],
    ["a high end in words", "40000", "cinquante mille", [
      'found "cinquante mille", expected a plain number such as 45000 or 35.5 in column "high"',
    ]],
    ["no low end", null, "50000", ['expected both ends of the range, or neither in column "low"']],
    ["no high end", "40000", null, [
      'expected both ends of the range, or neither in column "high"',
    ]],
    ["both ends", "40000", "50000", []],
  ];
  for (const [name, low, high, expected] of cases) {
    await t.step(name, () => {
      const { dir, table } = copyWith("assumptions.csv", (header, rows) => {
        const row = rows.find((r) => r[0] === "payroll.salary")!;
        row[header.indexOf("low")] = low;
        row[header.indexOf("high")] = high;
      });
      try {
        const problems: Problem[] = [];
        readAssumptions(dir, units, problems);
        const line = 2 + table.rows.findIndex((r) => r[0] === "payroll.salary");
        assertEquals(
          problems.map(shown(dir)).map((m) => m.replace(/^[^ ]+ error: payroll\.salary: /, "")),
          expected,
        );
        assertStrictEquals(problems.every((p) => p.line === line && p.column !== undefined), true);
      } finally {
        Deno.removeSync(dir, { recursive: true });
      }
    });
  }
});

Deno.test("a printed table's row whose figure id is unknown, or whose number is not the figure's, is named by its line and column", async (t) => {
  const file = "memos/ctroc/tables/catch_up_plan.csv";
  const cases: [string, (header: string[], row: (string | null)[]) => void, string][] = [
    [
      "an unknown figure id",
      (h, r) => r[h.indexOf("figure_id")] = "ctroc.plan.year_9",
      'found "ctroc.plan.year_9", expected a figure id',
    ],
    [
      "a number that is not its figure's value",
      (h, r) => r[h.indexOf("program_mcad")] = "183.2",
      'ctroc.plan.year_1: found "183.2", expected 182.2, the value of figure ctroc.plan.year_1',
    ],
  ];
  for (const [name, change, expected] of cases) {
    await t.step(name, () => {
      const column = expected.includes("expected a figure id") ? "figure_id" : "program_mcad";
      const { dir } = copyWith(file, (header, rows) => change(header, rows[0]!));
      try {
        const errors = validateProject(dir, { coverage: false }).problems
          .filter((p) => p.severity === "error").map(shown(dir));
        assertEquals(errors, [`${file}:2 (column "${column}"): error: ${expected}`]);
      } finally {
        Deno.removeSync(dir, { recursive: true });
      }
    });
  }
});
