import { figureValue } from "../../lib/data/figures.ts";
import { fiscalGain } from "../../lib/models/fiscal_gain.ts";
import { zeroNetCost } from "../../lib/models/zero_net_cost.ts";
import { assertAlmostEquals, assertEquals, assertOk } from "../_assert.ts";

const components = [
  "aacocq.fiscal_gain.rgamq_savings",
  "aacocq.fiscal_gain.taxes_on_plan",
  "aacocq.fiscal_gain.tax_on_employer_premiums",
  "aacocq.fiscal_gain.indirect_savings",
];

Deno.test("fiscalGain() adds the memo's four components", async (t) => {
  const g = fiscalGain();
  for (const [i, id] of components.entries()) {
    await t.step(`component ${i + 1} is ${id}`, () => {
      assertEquals(g.components[i]!.amount, figureValue(id));
    });
  }
  await t.step("the sum is more than 2 500 $ (aacocq.fiscal_gain.total_per_worker)", () => {
    assertEquals(g.gainPerWorker, components.reduce((s, id) => s + figureValue(id), 0));
    assertOk(g.gainPerWorker > figureValue("aacocq.fiscal_gain.total_per_worker"));
  });
  await t.step(
    "it is about 5 % of the 50 000 $ average salary (aacocq.fiscal_gain.share_of_salary)",
    () => {
      assertEquals(Math.round(g.shareOfSalary), figureValue("aacocq.fiscal_gain.share_of_salary"));
    },
  );
});

Deno.test("zeroNetCost() recomputes the request and the net balance", async (t) => {
  const z = zeroNetCost();
  await t.step(
    "5 % of 50 000 $ per worker is 2,5 M$ per 1 000 workers (aacocq.request.support_per_1000_workers)",
    () => {
      assertEquals(z.contributionPer1000, figureValue("aacocq.request.support_per_1000_workers"));
      assertEquals(z.requestPer1000, z.contributionPer1000);
    },
  );
  await t.step("the state keeps 10 $ per worker, 10 000 $ per 1 000 workers", () => {
    assertEquals(z.netPerWorker, z.gainPerWorker - z.contributionPerWorker);
    assertAlmostEquals(z.netPer1000, (z.netPerWorker * 1000) / 1e6, 1e-12);
    assertOk(z.holds);
  });
  await t.step('the memo\'s "2 500 $ of net savings" is the gross gain, not the net', () => {
    assertOk(z.netPerWorker < figureValue("aacocq.zero_cost.net_savings_per_new_worker") / 100);
  });
  await t.step("break-even salary is 2 510 $ / 5 % = 50 200 $", () => {
    assertAlmostEquals(z.breakEvenSalary!, z.gainPerWorker / 0.05, 1e-9);
  });
  await t.step("break-even indirect savings are 390 $, below the memo's 400 $", () => {
    assertAlmostEquals(z.breakEvenIndirectSavings!, z.contributionPerWorker - 2110, 1e-9);
  });
});

Deno.test("zeroNetCost() on both sides of each break-even", async (t) => {
  const z = zeroNetCost();
  const cases = [
    ["fiscal.average_salary", z.breakEvenSalary!, "CAD/year"],
    ["fiscal.share_already_insured", z.breakEvenShareAlreadyInsured!, "percent"],
    ["fiscal.indirect_savings", z.breakEvenIndirectSavings!, "CAD/year"],
  ] as const;
  for (const [id, at, unit] of cases) {
    const eps = unit === "percent" ? 0.001 : 1;
    const direction = id === "fiscal.indirect_savings" ? 1 : -1; // more savings help
    await t.step(`${id} just on the holding side of ${at} holds`, () => {
      assertOk(zeroNetCost({ overrides: { [id]: at + direction * eps } }).holds);
    });
    await t.step(`${id} just past ${at} fails`, () => {
      assertOk(!zeroNetCost({ overrides: { [id]: at - direction * eps } }).holds);
    });
  }
});

Deno.test("zeroNetCost() under each scenario changes what it should and nothing else", async (t) => {
  const memo = zeroNetCost();
  await t.step("no_indirect_savings: gain 2 110 $, net −390 $; contribution unchanged", () => {
    const z = zeroNetCost({ scenario: "no_indirect_savings" });
    assertEquals(
      z.gainPerWorker,
      memo.gainPerWorker - figureValue("aacocq.fiscal_gain.indirect_savings"),
    );
    assertEquals(z.contributionPerWorker, memo.contributionPerWorker);
    assertEquals(z.netPerWorker, memo.netPerWorker - 400);
    assertEquals(z.trace.scenario, "no_indirect_savings");
  });
  await t.step(
    "new_coverage_only: the gain counts on 61,7 % of workers; contribution unchanged",
    () => {
      const z = zeroNetCost({ scenario: "new_coverage_only" });
      assertEquals(z.gainPerWorker, memo.gainPerWorker);
      assertAlmostEquals(z.effectiveGainPerWorker, memo.gainPerWorker * (1 - 0.383), 1e-9);
      assertEquals(z.contributionPerWorker, memo.contributionPerWorker);
      assertOk(!z.holds);
    },
  );
  await t.step("salary_45k: the contribution falls to 2 250 $; the gain is unchanged", () => {
    const z = zeroNetCost({ scenario: "salary_45k" });
    assertEquals(z.contributionPerWorker, 0.05 * figureValue("aacocq.payroll_example.salary"));
    assertEquals(z.gainPerWorker, memo.gainPerWorker);
    assertOk(z.holds);
  });
  await t.step("an override applies on top of a scenario", () => {
    const z = zeroNetCost({
      scenario: "salary_45k",
      overrides: { "fiscal.average_salary": 60000 },
    });
    assertEquals(z.averageSalary, 60000);
    assertEquals(
      z.trace.inputs.find((i) => i.id === "fiscal.average_salary")!.overriddenBy,
      "override",
    );
  });
});
