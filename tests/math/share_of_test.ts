/** shareOf(): a part's share of a whole, in percent. */
import { shareOf } from "../../lib/math/share_of.ts";
import { assertAlmostEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("shareOf() is 100 × part / whole", async (t) => {
  const cases: [part: number, whole: number, expected: number][] = [
    [1, 4, 25],
    [30, 30, 100],
    [0, 30, 0],
    [45, 30, 150],
  ];
  for (const [part, whole, expected] of cases) {
    await t.step(`shareOf(${part}, ${whole}) is ${expected} %`, () => {
      assertStrictEquals(shareOf(part, whole), expected);
    });
  }
  await t.step("shares of parts that add up to the whole add up to 100 %", () => {
    assertAlmostEquals(shareOf(8, 30) + shareOf(22, 30), 100, 1e-12);
  });
  await t.step("a share of 0 or of NaN is refused", () => {
    assertThrows(() => shareOf(8, 0), RangeError, "share of 0");
    assertThrows(() => shareOf(Number.NaN, 30), RangeError, "not finite");
  });
});
