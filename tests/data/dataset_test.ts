import { loadDataset } from "../../lib/data/dataset.ts";
import { defaultFigureBook, figure } from "../../lib/data/figures.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import { assertEquals, assertOk, assertStrictEquals, assertThrows } from "../_assert.ts";

const MEMOS = new URL("../../memos/", import.meta.url);
const dataset = loadDataset();

Deno.test("every memo table loads and validates", () => {
  assertStrictEquals(dataset.sources.rows.length, 5);
  assertOk(dataset.figures.rows.length >= 100, `${dataset.figures.rows.length} figures`);
  assertStrictEquals(dataset.ctrocCatchUpPlan.rows.length, 5);
  assertOk(dataset.ocStaffing.rows.length >= 9);
  assertStrictEquals(dataset.fiscalGainComponents.rows.length, 4);
  assertOk(dataset.timeline.rows.length >= 10);
});

Deno.test("each memo has figures, and each source's file is a memo", () => {
  for (const source of dataset.sources.rows) {
    const count = dataset.figures.rows.filter((f) => f.source_id === source.source_id).length;
    assertOk(count > 0, `${source.source_id} has no figure`);
    assertOk(Deno.statSync(new URL(source.file, MEMOS)).isFile, source.file);
  }
});

Deno.test("every figure's excerpt stands verbatim in its memo", () => {
  const texts = new Map(
    dataset.sources.rows.map((s) => [s.source_id, Deno.readTextFileSync(new URL(s.file, MEMOS))]),
  );
  const absent = dataset.figures.rows.filter((f) => !texts.get(f.source_id)!.includes(f.excerpt));
  assertEquals(absent.map((f) => `${f.figure_id}: ${f.excerpt}`), []);
});

Deno.test("every figure id starts with its source id", () => {
  const wrong = dataset.figures.rows.filter((f) => !f.figure_id.startsWith(`${f.source_id}.`));
  assertEquals(wrong.map((f) => f.figure_id), []);
});

Deno.test("the printed tables restate their figures exactly", async (t) => {
  const book = defaultFigureBook();
  await t.step("CTROC catch-up plan", () => {
    for (const row of dataset.ctrocCatchUpPlan.rows) {
      assertStrictEquals(row.program_mcad, book.value(row.figure_id));
      assertStrictEquals(row.total_mcad, row.program_mcad);
    }
  });
  await t.step("AACOCQ fiscal-gain components", () => {
    for (const row of dataset.fiscalGainComponents.rows) {
      assertStrictEquals(row.amount_cad_per_year, book.value(row.figure_id));
    }
  });
  await t.step("OC staffing: known years restate their figure, the others stay empty", () => {
    for (const row of dataset.ocStaffing.rows) {
      if (row.status === "known") {
        assertStrictEquals(row.count, book.value(row.figure_id!));
        assertStrictEquals(row.unit, book.get(row.figure_id!).unit);
      } else assertStrictEquals(row.count, null);
    }
  });
  await t.step("timeline dates match their figures", () => {
    for (const row of dataset.timeline.rows) {
      if (row.figure_id === null) continue;
      const f = book.get(row.figure_id);
      if (f.unit === "date") assertStrictEquals(f.period, row.date);
      else if (f.unit === "year") assertStrictEquals(String(f.value), row.date.slice(0, 4));
    }
  });
});

Deno.test("the OC census years the text lacks stay unknown, never guessed", () => {
  const byYear = new Map(dataset.ocStaffing.rows.map((r) => [r.year, r]));
  assertStrictEquals(byYear.get(2017)?.count, figure("oc.staffing.posts_2017").value);
  assertStrictEquals(byYear.get(2024)?.count, figure("oc.staffing.persons_2024").value);
  for (const year of [2018, 2019, 2020, 2021, 2022, 2023]) {
    assertStrictEquals(byYear.get(year)?.status, "unknown");
  }
  assertStrictEquals(byYear.get(2025)?.status, "decline_reported");
  assertStrictEquals(figure("oc.staffing.census_2025").qualifier, "missing");
});

Deno.test("the timeline is sorted by date", () => {
  const dates = dataset.timeline.rows.map((r) => r.date);
  assertEquals(dates, [...dates].sort());
});

Deno.test("figure() returns provenance, and an unknown id names close matches", () => {
  const f = figure("aacocq.payroll_example.salary");
  assertStrictEquals(f.source.source_id, "aacocq");
  assertStrictEquals(f.qualifier, "exact");
  assertOk(f.excerpt.includes("45 000"));
  assertThrows(
    () => figure("aacocq.payroll_example.salry"),
    UnknownIdError,
    "aacocq.payroll_example.salry",
    "aacocq.payroll_example.salary",
  );
});
