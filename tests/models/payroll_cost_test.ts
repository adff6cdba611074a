import { figureValue } from "../../lib/data/figures.ts";
import { payrollCost } from "../../lib/models/payroll_cost.ts";
import { formatStep } from "../../lib/trace_format.ts";
import { assertAlmostEquals, assertEquals, assertMatch } from "../_assert.ts";

Deno.test("payrollCost() reproduces the memo's payroll-cost example", async (t) => {
  const r = payrollCost();
  const rows = [
    ["aacocq.payroll_example.payroll", r.payroll],
    ["aacocq.payroll_example.plan_cost", r.planCost],
  ] as const;
  for (const [id, value] of rows) {
    await t.step(`${id} = ${figureValue(id)}`, () => assertEquals(value, figureValue(id)));
  }
  await t.step("the plan costs 0,96 month of payroll, not the full month the memo says", () => {
    assertAlmostEquals(r.monthsOfPayroll, 0.96, 1e-12);
    assertEquals(r.monthlyPayroll, figureValue("aacocq.payroll_example.payroll") / 12);
  });
});

Deno.test("payrollCost() overrides change what they should and nothing else", async (t) => {
  const base = payrollCost();
  await t.step("a fourth person raises payroll and plan cost by a third", () => {
    const r = payrollCost({ overrides: { "payroll.staff": 4 } });
    assertEquals(r.payroll, (base.payroll * 4) / 3);
    assertEquals(r.planCost, (base.planCost * 4) / 3);
    assertEquals(r.rate, base.rate);
    assertAlmostEquals(r.monthsOfPayroll, base.monthsOfPayroll, 1e-12);
  });
  await t.step(
    "a 3 % plan (the memo's cost after the reduction) changes only the plan cost",
    () => {
      const rate = figureValue("aacocq.cost_reduction.rate_after");
      const r = payrollCost({ overrides: { "payroll.plan_rate": rate } });
      assertEquals(r.payroll, base.payroll);
      assertEquals(r.planCost, (base.payroll * rate) / 100);
    },
  );
  await t.step("the override shows in the trace", () => {
    const r = payrollCost({ overrides: { "payroll.salary": 50000 } });
    assertMatch(formatStep(r.trace, "payroll"), /payroll\.salary ← override/);
  });
});
