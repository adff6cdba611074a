/** linearPath(): equal steps between two values. */
import { linearPath } from "../../lib/math/linear_path.ts";
import { assertAlmostEquals, assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("linearPath() goes from one value to the other in equal steps", async (t) => {
  const cases: [from: number, to: number, periods: number][] = [
    [0, 911, 5],
    [500, 1000, 5],
    [450, 2250, 7],
    [10, 4, 3],
    [0, 1, 1],
  ];
  for (const [from, to, periods] of cases) {
    await t.step(
      `linearPath(${from}, ${to}, ${periods}) has ${periods + 1} values, ends exact, equal steps`,
      () => {
        const path = linearPath(from, to, periods);
        assertStrictEquals(path.length, periods + 1);
        assertStrictEquals(path[0], from);
        assertStrictEquals(path[periods], to);
        for (let k = 1; k <= periods; k++) {
          assertAlmostEquals(path[k]! - path[k - 1]!, (to - from) / periods, 1e-9);
        }
      },
    );
  }
  await t.step("linearPath(500, 1000, 5) adds 100 a step", () => {
    assertEquals(linearPath(500, 1000, 5), [500, 600, 700, 800, 900, 1000]);
  });
  await t.step("a path of 0 or 2.5 steps, or to infinity, is refused", () => {
    assertThrows(() => linearPath(0, 1, 0), RangeError, "whole number ≥ 1");
    assertThrows(() => linearPath(0, 1, 2.5), RangeError, "whole number ≥ 1");
    assertThrows(() => linearPath(0, Number.POSITIVE_INFINITY, 2), RangeError, "not finite");
  });
});
