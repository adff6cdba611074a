/** geometricPath(): a constant growth rate between two values. */
import { cagr } from "../../lib/math/cagr.ts";
import { geometricPath } from "../../lib/math/geometric_path.ts";
import { assertAlmostEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("geometricPath() grows at the constant rate cagr() gives", async (t) => {
  const cases: [from: number, to: number, periods: number][] = [
    [500, 1000, 5],
    [450, 2250, 10],
    [100, 50, 4],
    [3, 3, 2],
  ];
  for (const [from, to, periods] of cases) {
    await t.step(
      `geometricPath(${from}, ${to}, ${periods}) ends exact, ratio 1 + cagr each period`,
      () => {
        const path = geometricPath(from, to, periods);
        assertStrictEquals(path.length, periods + 1);
        assertStrictEquals(path[0], from);
        assertAlmostEquals(path[periods]!, to, 1e-9);
        const rate = 1 + cagr(from, to, periods) / 100;
        for (let k = 1; k <= periods; k++) assertAlmostEquals(path[k]! / path[k - 1]!, rate, 1e-12);
      },
    );
  }
  await t.step("a doubling ends exactly at the double", () => {
    assertStrictEquals(geometricPath(500, 1000, 5)[5], 1000);
  });
  await t.step("a path through 0 or in 1.5 periods is refused", () => {
    assertThrows(() => geometricPath(0, 10, 2), RangeError, "values > 0");
    assertThrows(() => geometricPath(10, -1, 2), RangeError, "values > 0");
    assertThrows(() => geometricPath(1, 2, 1.5), RangeError, "whole number ≥ 1");
  });
});
