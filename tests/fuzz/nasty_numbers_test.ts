/**
 * Every awkward value a spreadsheet puts in a number cell, in both locales: read as the finite
 * number it says, or refused naming that row, column and value. Never NaN, never Infinity.
 */
import { loadTableText } from "../../lib/data/load_table.ts";
import { figuresTable } from "../../lib/data/tables/figures.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { NASTY_CELLS } from "./_mutate.ts";

const HEADER =
  "figure_id,source_id,section,page,excerpt,value,value_high,unit,period,qualifier,note";

function figuresCsv(value: string, separator: "," | ";"): string {
  const cells = ["ctroc.plan.total", "ctroc", "Plan", "", "x", value, "", "count", "", "exact", ""];
  const quote = (c: string) =>
    c.includes(separator) || /["\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c;
  return `${HEADER.replaceAll(",", separator)}\n${cells.map(quote).join(separator)}\n`;
}

Deno.test("a number cell holding an awkward value is read finite or refused naming row 2, column value", async (t) => {
  const outcomes: Record<"en" | "fr", string[]> = { en: [], fr: [] };
  for (const locale of ["en", "fr"] as const) {
    for (const cell of NASTY_CELLS) {
      await t.step(`${locale}: ${JSON.stringify(cell).slice(0, 40)}`, () => {
        const text = figuresCsv(cell, locale === "fr" ? ";" : ",");
        try {
          const [row] = loadTableText(figuresTable, text, { locale, file: "f.csv" }).rows;
          assertStrictEquals(row!.value === null || Number.isFinite(row!.value), true);
          outcomes[locale].push(`${cell} → ${row!.value}`);
        } catch (error) {
          if (!(error instanceof DataError)) throw error;
          assertEquals([error.file, error.row, error.column], ["f.csv", 2, "value"]);
          assertStrictEquals(error.value, cell.trim());
        }
      });
    }
  }
  // Only these load; the rest are refused (including "1e-400", too small for a float).
  assertEquals(outcomes.en, [
    "-0 → 0",
    "12. → 12",
    ".5 → 0.5",
    "+7 → 7",
    "0000 → 0",
  ]);
  assertEquals(outcomes.fr, [
    "-0 → 0",
    "1,5 → 1.5",
    "45 000 → 45000",
    "45\u00A0000,50 $ → 45000.5",
    "35,5 % → 35.5",
    "+7 → 7",
    "0000 → 0",
  ]);
});

Deno.test("a figure's value of 1e15 loads and 1e15 + 1 is refused as too large, in both locales", async (t) => {
  const cases: [string, "en" | "fr", number | null][] = [
    ["1000000000000000", "en", 1e15],
    ["1000000000000001", "en", null],
    ["1 000 000 000 000 000", "fr", 1e15],
    ["1 000 000 000 000 001", "fr", null],
  ];
  for (const [cell, locale, expected] of cases) {
    await t.step(`${locale} ${cell}`, () => {
      const text = figuresCsv(cell, locale === "fr" ? ";" : ",");
      const load = () => loadTableText(figuresTable, text, { locale, file: "f.csv" });
      if (expected === null) assertThrows(load, DataError, 'column "value"', "no larger than");
      else assertStrictEquals(load().rows[0]!.value, expected);
    });
  }
});
