/** percentChange(): change in percent of the starting value. */
import { percentChange } from "../../lib/math/percent_change.ts";
import { assertAlmostEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("percentChange() is the change over the starting value, in percent", async (t) => {
  const cases: [from: number, to: number, expected: number][] = [
    [500, 1000, 100],
    [200, 150, -25],
    [80, 80, 0],
    [-50, -25, -50],
  ];
  for (const [from, to, expected] of cases) {
    await t.step(`percentChange(${from}, ${to}) is ${expected} %`, () => {
      assertStrictEquals(percentChange(from, to), expected);
    });
  }
  await t.step("from × (1 + change) gives back to", () => {
    assertAlmostEquals(334 * (1 + percentChange(334, 505) / 100), 505, 1e-9);
  });
  await t.step("a change from 0 or from a non-finite value is refused", () => {
    assertThrows(() => percentChange(0, 5), RangeError, "relative to 0");
    assertThrows(() => percentChange(Number.POSITIVE_INFINITY, 5), RangeError, "not finite");
  });
});
