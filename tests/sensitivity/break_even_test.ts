import { breakEven } from "../../lib/sensitivity/mod.ts";
import { netBalanceScalar } from "./_zero_net_cost.ts";
import { project } from "../_project.ts";

const figureValue = (id: string) => project().figures.get(id)!.value!;
import { assertAlmostEquals, assertEquals, assertMatch, assertThrows } from "../_assert.ts";

// The memo's values (figure ids aacocq.fiscal_gain.*): gain 2 510 $, 5 % of 50 000 $.
const memo = {
  "fiscal.rgamq_savings": figureValue("aacocq.fiscal_gain.rgamq_savings"),
  "fiscal.taxes_on_plan": figureValue("aacocq.fiscal_gain.taxes_on_plan"),
  "fiscal.tax_on_employer_premiums": figureValue("aacocq.fiscal_gain.tax_on_employer_premiums"),
  "fiscal.indirect_savings": figureValue("aacocq.fiscal_gain.indirect_savings"),
  "fiscal.share_already_insured": 0,
  "fiscal.contribution_share": figureValue("aacocq.request.public_contribution_share"),
  "fiscal.average_salary": figureValue("aacocq.fiscal_gain.average_salary"),
};
const model = netBalanceScalar(1000);

Deno.test("breakEven() finds the memo's break-evens at their closed forms", async (t) => {
  const cases: [string, string, { low: number; high: number }, number, "below" | "above"][] = [
    // 5 % × salary = 2 510 $ → salary = 50 200 $; "zero net cost" holds below it.
    ["average salary", "fiscal.average_salary", { low: 30000, high: 80000 }, 2510 / 0.05, "below"],
    // 2 510 (1 − s) = 2 500 → s = 1 − 2 500 / 2 510 = 0.398 %; holds below it.
    [
      "share already insured (%)",
      "fiscal.share_already_insured",
      { low: 0, high: 50 },
      100 * (1 - 2500 / 2510),
      "below",
    ],
    // 2 110 + indirect = 2 500 → 390 $ of indirect savings needed; holds above it.
    ["indirect savings needed", "fiscal.indirect_savings", { low: 0, high: 2000 }, 390, "above"],
    // 2 510 = c × 50 000 → c = 5.02 %.
    ["contribution share (%)", "fiscal.contribution_share", { low: 0, high: 20 }, 5.02, "below"],
  ];
  for (const [name, id, range, closedForm, holds] of cases) {
    await t.step(`${name}: ${closedForm}, the claim holds ${holds}`, () => {
      const r = breakEven({ model, values: memo, vary: id, range });
      assertEquals(r.found, true);
      assertAlmostEquals(r.value, closedForm, 1e-6 * Math.max(1, closedForm));
      assertEquals(r.holds, holds);
      // Both sides of the threshold: the claim holds on one side, not on the other.
      const eps = 1e-3 * Math.max(1, closedForm);
      const at = (x: number) => model({ ...memo, [id]: x });
      assertEquals(at(closedForm - eps) >= 0, holds === "below");
      assertEquals(at(closedForm + eps) >= 0, holds === "above");
    });
  }
});

Deno.test("breakEven() reports when there is no break-even in the range", async (t) => {
  await t.step("salaries 30 000–45 000 $: the claim holds everywhere", () => {
    const r = breakEven({
      model,
      values: memo,
      vary: "fiscal.average_salary",
      range: { low: 30000, high: 45000 },
    });
    assertEquals([r.found, r.holds, Number.isNaN(r.value), r.crossings], [
      false,
      "everywhere",
      true,
      [],
    ]);
    assertAlmostEquals(r.outputAtLow, (2510 - 1500) * 1000, 1e-6);
    assertAlmostEquals(r.outputAtHigh, (2510 - 2250) * 1000, 1e-6);
    assertMatch(
      r.describe(),
      /^No break-even for fiscal\.average_salary in \[30,000, 45,000\]: "output ≥ 0" holds everywhere/,
    );
  });
  await t.step("salaries 60 000–90 000 $: the claim holds nowhere", () => {
    const r = breakEven({
      model,
      values: memo,
      vary: "fiscal.average_salary",
      range: { low: 60000, high: 90000 },
    });
    assertEquals([r.found, r.holds], [false, "nowhere"]);
    assertMatch(r.describe("fr"), /ne tient nulle part/);
  });
});

Deno.test("breakEven() finds every crossing of a model that turns back, and a threshold other than 0", async (t) => {
  await t.step("x² − 1 on [−2, 2]: −1 and 1", () => {
    const r = breakEven({
      model: (v) => v.x! ** 2 - 1,
      values: {},
      vary: "x",
      range: { low: -2, high: 2 },
    });
    assertEquals(r.crossings.length, 2);
    assertAlmostEquals(r.crossings[0]!, -1, 1e-9);
    assertAlmostEquals(r.crossings[1]!, 1, 1e-9);
    assertEquals(r.holds, "below");
  });
  await t.step("3x ≥ 6 crosses at x = 2, holds above", () => {
    const r = breakEven({
      model: (v) => 3 * v.x!,
      values: {},
      vary: "x",
      range: { low: 0, high: 10 },
      threshold: 6,
    });
    assertAlmostEquals(r.value, 2, 1e-9);
    assertEquals(r.holds, "above");
  });
  await t.step("a crossing exactly at the low end is found", () => {
    const r = breakEven({ model: (v) => v.x!, values: {}, vary: "x", range: { low: 0, high: 1 } });
    assertEquals([r.found, r.value, r.holds], [true, 0, "above"]);
  });
  await t.step("an empty range is refused", () => {
    assertThrows(
      () => breakEven({ model: (v) => v.x!, values: {}, vary: "x", range: { low: 1, high: 1 } }),
      RangeError,
      "expected finite low < high",
    );
  });
});
