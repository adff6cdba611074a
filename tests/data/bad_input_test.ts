/**
 * Each kind of bad input gets one clear error naming the file, row, column, the value found and
 * what was expected.
 */
import { loadTableText } from "../../lib/data/load_table.ts";
import { checkForeignKeys } from "../../lib/data/dataset.ts";
import { figuresTable, sourcesTable } from "../../lib/data/tables/mod.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

const HEADER =
  "figure_id,source_id,section,page,excerpt,value,value_high,unit,period,qualifier,note";
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    figure_id: "aacocq.payroll_example.salary",
    source_id: "aacocq",
    section: "Une couverture regroupée : la solution",
    page: "",
    excerpt: "à 45 000 $ par an",
    value: "45000",
    value_high: "",
    unit: "CAD/year",
    period: "",
    qualifier: "exact",
    note: "",
  };
  return HEADER.split(",").map((k) => over[k] ?? base[k]).map((v) =>
    /[,"\n]/.test(v!) ? `"${v!.replaceAll('"', '""')}"` : v
  ).join(",");
};
const load = (text: string, options = {}) =>
  loadTableText(figuresTable, text, { file: "my_figures.csv", ...options });

Deno.test("a missing column is named, with the expected columns", () => {
  const e = assertThrows(
    () => load("figure_id,source_id\naacocq.x.y,aacocq\n"),
    DataError,
    "my_figures.csv, row 1",
    'column "section"',
    'expected a column named "section"',
  );
  assertStrictEquals(e.row, 1);
});

Deno.test("a wrong type names file, row, column, value and expectation", () => {
  const e = assertThrows(
    () => load(`${HEADER}\n${row()}\n${row({ figure_id: "aacocq.a.b", value: "quarante" })}\n`),
    DataError,
  );
  assertEquals([e.file, e.row, e.column, e.value], ["my_figures.csv", 3, "value", "quarante"]);
  assertStrictEquals(e.expected.startsWith("a plain number"), true);
});

Deno.test("an empty required cell is refused", () => {
  assertThrows(
    () => load(`${HEADER}\n${row({ unit: "" })}\n`),
    DataError,
    'row 2, column "unit"',
    "a value (the cell is empty)",
  );
});

Deno.test("a duplicate id is refused, naming the first row", () => {
  assertThrows(
    () => load(`${HEADER}\n${row()}\n${row({ value: "45001" })}\n`),
    DataError,
    'row 3, column "figure_id"',
    "already used at row 2",
  );
});

Deno.test("a unit outside the list is refused, with the list", () => {
  assertThrows(
    () => load(`${HEADER}\n${row({ unit: "dollars" })}\n`),
    DataError,
    'found "dollars"',
    "one of CAD, CAD/year",
  );
});

Deno.test("a source id that does not exist is refused, with close matches", () => {
  const sources = loadTableText(
    sourcesTable,
    "source_id,publisher,title,date,kind,file,language,note\n" +
      "aacocq,AACOCQ,Mémoire,2025-10,pre_budget_memo,000.txt,fr,\n",
  );
  const figures = load(`${HEADER}\n${row({ source_id: "aacoq" })}\n`);
  assertThrows(
    () => checkForeignKeys(figures, new Map([["sources", sources]])),
    DataError,
    'row 2, column "source_id"',
    'found "aacoq"',
    "close: aacocq",
  );
});

Deno.test("French spreadsheet values load when told the locale, and are refused otherwise", async (t) => {
  const french = `${HEADER.replaceAll(",", ";")}\n` +
    "aacocq.payroll_example.salary;aacocq;S;;45 000 $;45 000 $;;CAD/year;;exact;\n" +
    "aacocq.cost.rate;aacocq;S;;35,5 %;35,5 %;;percent;;about;\n" +
    "ctroc.plan.year_1;ctroc;S;;182,2;182,2;;MCAD/year;;exact;\n";
  await t.step("locale fr, separator ; → 45000, 35.5, 182.2", () => {
    const t = load(french, { locale: "fr" });
    assertEquals(t.rows.map((r) => r.value), [45000, 35.5, 182.2]);
  });
  await t.step("same file without the locale → refused, with the hint", () => {
    assertThrows(() => load(french), DataError, 'separator ";"', 'locale "fr"');
  });
  await t.step("French values in a comma file without the locale → refused, never misread", () => {
    assertThrows(
      () => load(`${HEADER}\n${row({ value: "182,2" })}\n`),
      DataError,
      'column "value"',
      'found "182,2"',
    );
    assertThrows(
      () => load(`${HEADER}\n${row({ value: "45 000 $" })}\n`),
      DataError,
      'found "45 000 $"',
      'locale \\"fr\\"'.replaceAll("\\", ""),
    );
  });
});

Deno.test("a range needs both ends, and a missing figure needs a note", () => {
  assertThrows(
    () => load(`${HEADER}\n${row({ qualifier: "range" })}\n`),
    DataError,
    'column "value_high"',
    "both ends of the range",
  );
  assertThrows(
    () => load(`${HEADER}\n${row({ qualifier: "missing", value: "" })}\n`),
    DataError,
    'column "note"',
    "why the figure is missing",
  );
});
