import { defaultAssumptionBook } from "../../lib/assumptions/assumption_book.ts";
import { zeroNetCost } from "../../lib/models/zero_net_cost.ts";
import { assumptionInputs } from "../../lib/sensitivity/assumption_inputs.ts";
import { netBalanceAnalysis } from "../../lib/sensitivity/net_balance_analysis.ts";
import { assertAlmostEquals, assertEquals, assertNotEquals, assertOk } from "../_assert.ts";

Deno.test("assumptionInputs() reads every ranged zeroNetCost assumption of data/assumptions.csv", () => {
  const book = defaultAssumptionBook();
  const { inputs, fixed } = assumptionInputs("zeroNetCost");
  for (const input of inputs) {
    const a = book.get(input.id);
    assertEquals([input.base, input.low, input.high], [a.base, a.low, a.high]);
  }
  assertEquals(inputs.length + Object.keys(fixed).length, book.forModel("zeroNetCost").length);
});

Deno.test("a scenario moves the base values the sensitivity starts from", () => {
  const memo = assumptionInputs("zeroNetCost").values;
  const scenario = assumptionInputs("zeroNetCost", { scenario: "no_indirect_savings" }).values;
  assertEquals(scenario["fiscal.indirect_savings"], 0);
  assertEquals({ ...scenario, "fiscal.indirect_savings": memo["fiscal.indirect_savings"] }, memo);
});

Deno.test("netBalanceAnalysis() agrees with the closed forms of zeroNetCost()", async (t) => {
  const a = netBalanceAnalysis({ samples: 20_000 });
  const z = zeroNetCost();
  await t.step("the tornado's base output is the net balance per 1 000 workers", () => {
    assertAlmostEquals(a.tornado.baseOutput, z.netPer1000 * 1e6, 1e-6);
  });
  const closed: Record<string, number> = {
    "fiscal.average_salary": z.breakEvenSalary!,
    "fiscal.share_already_insured": z.breakEvenShareAlreadyInsured!,
    "fiscal.indirect_savings": z.breakEvenIndirectSavings!,
  };
  for (const [id, value] of Object.entries(closed)) {
    await t.step(`the break-even of ${id} is ${value}`, () => {
      const b = a.breakEvens.find((r) => r.id === id)!;
      assertOk(b.found);
      assertAlmostEquals(b.value, value, 1e-6 * Math.max(1, value));
    });
  }
  await t.step("one row per scenario, each matching zeroNetCost() under it", () => {
    assertEquals(a.scenarios.map((s) => s.scenario), [...defaultAssumptionBook().scenarioIds]);
    for (const row of a.scenarios) {
      assertEquals(row.netPerWorker, zeroNetCost({ scenario: row.scenario }).netPerWorker);
    }
  });
});

Deno.test("netBalanceAnalysis() is reproducible by its seed", () => {
  const one = netBalanceAnalysis({ samples: 5_000, seed: 7 }).monteCarlo;
  const two = netBalanceAnalysis({ samples: 5_000, seed: 7 }).monteCarlo;
  const other = netBalanceAnalysis({ samples: 5_000, seed: 8 }).monteCarlo;
  assertEquals(one.describe(), two.describe());
  assertNotEquals(one.mean, other.mean);
  assertOk(one.describe().includes("seed 7"));
});
