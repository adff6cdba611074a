/**
 * Every awkward value a spreadsheet puts in a number cell, in the `value` cell of a figures.csv:
 * read as the finite number it says, or refused with a problem naming the row's line, the column
 * `value`, the value found and the figure's id. Never NaN, never Infinity, never a guess.
 *
 * @module
 */
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { formatProblem, type Problem } from "../../lib/errors.ts";
import { FIGURE_COLUMNS, readFigures } from "../../lib/project/read_figures.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { vocabulary } from "../_project.ts";
import { NASTY_CELLS } from "./_mutate.ts";

const { units } = vocabulary();
const HEADER = [...FIGURE_COLUMNS.required, ...FIGURE_COLUMNS.optional];
const ID = "ctroc.plan.total";

/**
 * What the strict reader of `data/` (plain decimals, `lib/io/numbers.ts`) makes of the awkward
 * values it accepts: a sign (`-0` is 0, `+7` is 7), leading zeros, a point with digits on one
 * side only, an exponent, and white space around the number that `String.prototype.trim` removes
 * (a no-break space, a byte-order mark). Everything else is refused: French formats (`1,5`,
 * `45 000`), `0x1F`, `0b101`, `1_000`, digits of other scripts, a minus sign `−` (U+2212), a
 * zero-width space, `NaN`, `Infinity`, beyond 1e15 in size (`1e308`, `9…9`), too small for a
 * float (`1e-400`), dates, formulas and words.
 */
const READ: ReadonlyMap<string, number> = new Map([
  ["-0", 0],
  ["12.", 12],
  [".5", 0.5],
  ["+7", 7],
  ["0000", 0],
  ["1e3", 1000],
  ["1E+3", 1000],
  ["\u00A07", 7],
  ["\uFEFF7", 7],
]);

/** A cell as a quoted string, every character outside printable ASCII escaped (`"\u00a07"`). */
function show(cell: string): string {
  const escaped = JSON.stringify(cell).replace(
    /[^\x20-\x7e]/gu,
    (c) => [...c].map((u) => `\\u{${u.codePointAt(0)!.toString(16)}}`).join(""),
  );
  return escaped.length > 40 ? `${escaped.slice(0, 37)}…"` : escaped;
}

/**
 * Reads one figure whose `value` cell holds `cell` (an outside source's figure: no memo text), its
 * excerpt printing `printed`.
 */
function readOne(cell: string, printed: string) {
  const row: Record<string, string> = {
    figure_id: ID,
    line: "1",
    section: "Plan",
    excerpt: `le total est de ${printed}`,
    value: cell,
    unit: "count",
    qualifier: "exact",
  };
  const text = formatCsv(HEADER, [HEADER.map((h) => row[h] ?? null)]);
  const path = Deno.makeTempFileSync({ suffix: "-figures.csv" });
  try {
    Deno.writeTextFileSync(path, text);
    const problems: Problem[] = [];
    const figures = readFigures(path, "ctroc", null, units, problems);
    // Where the value cell starts, as the file is written.
    const at = parseCsv(text).positions[0]![HEADER.indexOf("value")]!;
    return { path, figures, problems, at };
  } finally {
    Deno.removeSync(path);
  }
}

Deno.test("a figure's value cell holding an awkward value is read finite or refused naming line 2, column value, the value and the figure id", async (t) => {
  const read: string[] = [];
  for (const cell of NASTY_CELLS) {
    await t.step(show(cell), () => {
      // The excerpt prints the number a cell is expected to read as, so that only reading it counts.
      const expected = READ.get(cell);
      const { path, figures, problems, at } = readOne(cell, String(expected ?? "x"));
      assertStrictEquals(figures?.length, 1, problems.map(formatProblem).join("\n"));
      const value = figures[0]!.value;
      if (value !== null) {
        assertStrictEquals(Number.isFinite(value), true, `${value}`);
        read.push(`${show(cell)} → ${value}`);
      }
      if (expected !== undefined) {
        assertEquals(problems.map(formatProblem), []);
        assertStrictEquals(value, expected);
        return;
      }
      assertStrictEquals(value, null);
      assertStrictEquals(problems.length > 0, true, "refused without a problem");
      for (const p of problems) {
        const blank = cell.trim() === "";
        assertEquals(
          { file: p.file, line: p.line, column: p.column, subject: p.subject, value: p.value },
          { file: path, line: 2, column: at.column, subject: ID, value: blank ? undefined : cell },
        );
        assertStrictEquals(p.severity, "error");
        assertStrictEquals(p.expected.endsWith(' in column "value"'), true, p.expected);
        if (blank) assertStrictEquals(p.expected, 'a value, not an empty cell in column "value"');
        else assertStrictEquals(/number/.test(p.expected), true, p.expected);
        // data/ has no French locale: no message may tell the researcher to load the file with one.
        assertStrictEquals(/locale/.test(p.expected), false, p.expected);
      }
    });
  }
  console.log(`read:\n  ${read.join("\n  ")}`);
  assertEquals(read, [...READ].map(([cell, value]) => `${show(cell)} → ${value}`));
});

Deno.test("a figure's value of 1e15 is read and one beyond is refused as too large", async (t) => {
  const cases: [string, number | null][] = [
    ["1000000000000000", 1e15],
    ["1e15", 1e15],
    ["999999999999999.9", 999999999999999.9],
    ["1000000000000001", null],
    ["1000000000000000.5", null],
    ["1e16", null],
  ];
  for (const [cell, expected] of cases) {
    await t.step(`${cell} → ${expected ?? "refused"}`, () => {
      const { figures, problems } = readOne(cell, String(expected ?? cell));
      assertStrictEquals(figures?.[0]?.value, expected);
      if (expected !== null) assertEquals(problems.map(formatProblem), []);
      else {
        assertEquals(problems.map((p) => [p.line, p.subject, p.value, p.expected]), [
          [
            2,
            ID,
            cell,
            'a finite number no larger than 1000000000000000 in size in column "value"',
          ],
        ]);
      }
    });
  }
});
