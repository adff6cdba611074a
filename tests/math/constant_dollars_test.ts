/** toConstantDollars(): nominal amounts in dollars of a base year. */
import { toConstantDollars } from "../../lib/math/constant_dollars.ts";
import { assertAlmostEquals, assertOk, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("toConstantDollars() divides by (1 + rate)^years", async (t) => {
  const cases: [nominal: number, rate: number, years: number][] = [
    [911, 2, 4],
    [100, 3, 1],
    [100, -1, 2],
    [546.6, 0.5, 2],
  ];
  for (const [nominal, rate, years] of cases) {
    await t.step(
      `toConstantDollars(${nominal}, ${rate}, ${years}) grows back to ${nominal}`,
      () => {
        assertAlmostEquals(
          toConstantDollars(nominal, rate, years) * (1 + rate / 100) ** years,
          nominal,
          1e-9,
        );
      },
    );
  }
  await t.step("the base year and a 0 % rate leave the amount unchanged", () => {
    assertStrictEquals(toConstantDollars(182.2, 2, 0), 182.2);
    assertStrictEquals(toConstantDollars(911, 0, 4), 911);
  });
  await t.step("inflation lowers later amounts, deflation raises them", () => {
    assertOk(toConstantDollars(100, 0.1, 1) < 100);
    assertOk(toConstantDollars(100, -0.1, 1) > 100);
  });
  await t.step("a rate of −100 % or a non-finite amount is refused", () => {
    assertThrows(() => toConstantDollars(100, -100, 1), RangeError, "above −100 %");
    assertThrows(() => toConstantDollars(Number.NaN, 2, 1), RangeError, "not finite");
  });
});
