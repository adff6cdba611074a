import { tornado, type UncertainInput } from "../../lib/sensitivity/mod.ts";
import { netBalanceScalar } from "./_zero_net_cost.ts";
import { assertAlmostEquals, assertEquals, assertMatch, assertThrows } from "../_assert.ts";

// The memo's model per 1 000 workers, with ranges chosen so that the answer is known by hand:
// gain 2 510 $ (1 060 + 520 + 530 + 400), share already insured 10 %, 5 % of 50 000 $.
const fiscal = (
  id: string,
  base: number,
  low: number,
  high: number,
  unit = "CAD/year",
): UncertainInput => ({
  id: `fiscal.${id}`,
  base,
  low,
  high,
  distribution: "uniform",
  unit,
});
const inputs = [
  fiscal("rgamq_savings", 1060, 900, 1220),
  { ...fiscal("taxes_on_plan", 520, 520, 520), distribution: "fixed" as const },
  fiscal("tax_on_employer_premiums", 530, 430, 630),
  fiscal("indirect_savings", 400, 150, 800),
  fiscal("share_already_insured", 10, 5, 35, "percent"),
  fiscal("contribution_share", 5, 4, 6, "percent"),
  fiscal("average_salary", 50000, 45000, 56000),
];

Deno.test("tornado() ranks the memo's assumptions by swing, as computed by hand", async (t) => {
  const result = tornado({ inputs, model: netBalanceScalar(1000) });
  await t.step("base: (2 510 × 0.9 − 2 500) × 1 000 = −241 000", () => {
    assertAlmostEquals(result.baseOutput, -241000, 1e-6);
  });
  // Swings (× 1 000 workers): contribution 2 % × 50 000 = 1 000 → 1 000 000;
  // share 30 % × 2 510 = 753 → 753 000; indirect 650 × 0.9 = 585 → 585 000;
  // salary 5 % × 11 000 = 550 → 550 000; rgamq 320 × 0.9 = 288 → 288 000;
  // premiums 200 × 0.9 = 180 → 180 000; taxes on plan 0.
  const expected: [string, number, number, number][] = [
    ["fiscal.contribution_share", 1_000_000, 259000, -741000],
    ["fiscal.share_already_insured", 753_000, -115500, -868500],
    ["fiscal.indirect_savings", 585_000, -466000, 119000],
    ["fiscal.average_salary", 550_000, 9000, -541000],
    ["fiscal.rgamq_savings", 288_000, -385000, -97000],
    ["fiscal.tax_on_employer_premiums", 180_000, -331000, -151000],
    ["fiscal.taxes_on_plan", 0, -241000, -241000],
  ];
  await t.step(
    "order: contribution, share insured, indirect, salary, RGAMQ, premiums, taxes",
    () => {
      assertEquals(result.rows.map((r) => r.id), expected.map(([id]) => id));
    },
  );
  for (const [id, swing, atLow, atHigh] of expected) {
    await t.step(`${id}: swing ${swing}, ${atLow} at low, ${atHigh} at high`, () => {
      const row = result.rows.find((r) => r.id === id)!;
      assertAlmostEquals(row.swing, swing, 1e-6);
      assertAlmostEquals(row.outputAtLow, atLow, 1e-6);
      assertAlmostEquals(row.outputAtHigh, atHigh, 1e-6);
    });
  }
  await t.step("describe() names the largest swing first", () => {
    assertMatch(
      result.describe(),
      /^Base output −241,000; swings, largest first: fiscal\.contribution_share 1,000,000, fiscal\.share_already_insured 753,000/,
    );
    assertMatch(result.describe("fr"), /^Valeur de base −241\u00a0000 ;/);
  });
});

Deno.test("tornado() breaks ties by id and refuses duplicates and non-finite outputs", async (t) => {
  const same = (id: string): UncertainInput => ({
    id,
    base: 1,
    low: 0,
    high: 2,
    distribution: "uniform",
    unit: "",
  });
  await t.step("equal swings: ids in order", () => {
    const r = tornado({ inputs: [same("b"), same("a")], model: (v) => v.a! + v.b! });
    assertEquals(r.rows.map((row) => row.id), ["a", "b"]);
  });
  await t.step("a duplicate id is refused", () => {
    assertThrows(
      () => tornado({ inputs: [same("a"), same("a")], model: (v) => v.a! }),
      RangeError,
      '"a" twice',
    );
  });
  await t.step("a model giving NaN is refused, naming the value", () => {
    assertThrows(
      () => tornado({ inputs: [same("a")], model: (v) => (v.a === 0 ? NaN : 1) }),
      RangeError,
      "with a = 0",
    );
  });
});
