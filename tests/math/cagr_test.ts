/** cagr(): the constant yearly rate between two values. */
import { cagr } from "../../lib/math/cagr.ts";
import { assertAlmostEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("cagr() gives the rate that compounds from one value to the other", async (t) => {
  const cases: [from: number, to: number, years: number][] = [
    [500, 1000, 5],
    [450, 2250, 10],
    [334, 505, 7],
    [100, 50, 3],
    [100, 121, 2],
    [10, 15, 2.5],
  ];
  for (const [from, to, years] of cases) {
    await t.step(`cagr(${from}, ${to}, ${years}) compounds back to ${to}`, () => {
      assertAlmostEquals(from * (1 + cagr(from, to, years) / 100) ** years, to, 1e-9);
    });
  }
  await t.step(
    "cagr(100, 121, 2) is 10 % a year",
    () => assertAlmostEquals(cagr(100, 121, 2), 10, 1e-12),
  );
  await t.step("a fall is negative, no change is 0", () => {
    assertStrictEquals(cagr(100, 50, 1), -50);
    assertStrictEquals(cagr(7, 7, 4), 0);
  });
});

Deno.test("cagr() refuses values and durations that are not positive", async (t) => {
  const cases: [from: number, to: number, years: number, fragment: string][] = [
    [0, 10, 2, "from is 0"],
    [10, -1, 2, "to is -1"],
    [10, 20, 0, "years is 0"],
    [10, 20, Number.NaN, "years is NaN"],
  ];
  for (const [from, to, years, fragment] of cases) {
    await t.step(`cagr(${from}, ${to}, ${years}) throws: ${fragment}`, () => {
      assertThrows(() => cagr(from, to, years), RangeError, fragment);
    });
  }
});
