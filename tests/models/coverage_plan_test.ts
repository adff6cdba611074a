import { figureValue } from "../../lib/data/figures.ts";
import { coveragePlan } from "../../lib/models/coverage_plan.ts";
import { assertAlmostEquals, assertEquals, assertThrows } from "../_assert.ts";

Deno.test("coveragePlan() from the growth plan's 2 000 workers", async (t) => {
  const p = coveragePlan({
    startingPoint: "growth_plan_2000",
    personsPerWorker: "conclusion_2030",
  });
  await t.step("2 000 × 2 500 $ = 5 M$ today (aacocq.growth_plan.current_savings)", () => {
    assertEquals(p.rows[0]!.stateSavings, figureValue("aacocq.growth_plan.current_savings"));
  });
  await t.step("6 000 × 2 500 $ = 15 M$ in 2030 (aacocq.growth_plan.target_savings)", () => {
    assertEquals(p.rows.at(-1)!.stateSavings, figureValue("aacocq.growth_plan.target_savings"));
  });
  await t.step("4 000 more workers are needed (aacocq.objectives.increase_vs_today)", () => {
    assertEquals(p.increaseNeeded, figureValue("aacocq.objectives.increase_vs_today"));
  });
  await t.step("at 1 000 a year from 2025 the target is reached in 2029, not 2030", () => {
    assertEquals(p.yearTargetReached, 2029);
    assertEquals(p.uncappedFinalWorkers, 7000);
  });
  await t.step("15 000 persons covered in 2030 (aacocq.conclusion.persons_covered)", () => {
    assertEquals(p.rows.at(-1)!.personsCovered, figureValue("aacocq.conclusion.persons_covered"));
  });
});

Deno.test("coveragePlan() from the 2 300 workers covered today", async (t) => {
  const p = coveragePlan({ startingPoint: "current_2300", personsPerWorker: "today" });
  await t.step("2 300 × 2 500 $ is 5,75 M$, not the memo's 5 M$", () => {
    assertAlmostEquals(p.rows[0]!.stateSavings, 5.75, 1e-12);
  });
  await t.step("5 000 persons for 2 300 workers is 2,17 persons per worker", () => {
    assertAlmostEquals(p.ratio, 5000 / 2300, 1e-12);
    assertAlmostEquals(
      p.rows[0]!.personsCovered,
      figureValue("aacocq.coverage.current_persons"),
      1e-9,
    );
  });
  await t.step("only 3 700 more workers are needed", () => assertEquals(p.increaseNeeded, 3700));
  await t.step("the target year changes the path, and nothing else", () => {
    const q = coveragePlan({
      startingPoint: "current_2300",
      personsPerWorker: "today",
      overrides: { "coverage.start_year": 2026 },
    });
    assertEquals(q.rows.length, p.rows.length - 1);
    assertEquals(q.ratio, p.ratio);
    assertEquals(q.startWorkers, p.startWorkers);
  });
});

Deno.test("coveragePlan() refuses a choice the memo does not give", () => {
  assertThrows(
    // @ts-expect-error: a wrong choice, as a notebook user might type it
    () => coveragePlan({ startingPoint: "today", personsPerWorker: "today" }),
    RangeError,
    "growth_plan_2000 or current_2300",
  );
});
