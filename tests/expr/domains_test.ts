import { columnDomain } from "../../lib/expr/column_domain.ts";
import { interval, overlaps, possiblyAbove } from "../../lib/expr/interval.ts";
import { intervalDomain as I } from "../../lib/expr/interval_domain.ts";
import { pointDomain as P } from "../../lib/expr/point_domain.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("interval arithmetic takes the extremes, with infinite bounds and 0 × ∞ = 0", async (t) => {
  const cases: [string, () => unknown, { lo: number; hi: number }][] = [
    ["[2300, +∞) × 2 500", () => I.mul(interval(2300, Infinity), interval(2500)), {
      lo: 5_750_000,
      hi: Infinity,
    }],
    ["6 000 − [2300, +∞)", () => I.sub(interval(6000), interval(2300, Infinity)), {
      lo: -Infinity,
      hi: 3700,
    }],
    ["[−1, 2] × [3, 4]", () => I.mul(interval(-1, 2), interval(3, 4)), { lo: -4, hi: 8 }],
    ["[0, 0] × [5, +∞)", () => I.mul(interval(0), interval(5, Infinity)), { lo: 0, hi: 0 }],
    ["4 000 / [4, 5]", () => I.div(interval(4000), interval(4, 5)), { lo: 800, hi: 1000 }],
    ["1 / [0, 2]", () => I.div(interval(1), interval(0, 2)), { lo: 0.5, hi: Infinity }],
    ["1 / [−1, 1] is the whole line", () => I.div(interval(1), interval(-1, 1)), {
      lo: -Infinity,
      hi: Infinity,
    }],
    ["the years of October 2025", () => I.year(interval(2025.75, 2025.833)), {
      lo: 2025,
      hi: 2025,
    }],
    ["the years of [2030, 2031]", () => I.year(interval(2030, 2031)), { lo: 2030, hi: 2030 }],
    ["the years of a decade", () => I.year(interval(1970, 1980)), { lo: 1970, hi: 1979 }],
    ["pow([1, 1.02], 4)", () => I.pow(interval(1, 1.02), interval(4)), { lo: 1, hi: 1.02 ** 4 }],
  ];
  for (const [name, f, expected] of cases) {
    await t.step(name, () => assertEquals({ ...f() as object }, expected));
  }
});

Deno.test("division by an exact zero is refused in every domain; the column domain keeps sample-wise infinities", () => {
  assertThrows(() => P.div(1, 0), RangeError, "division by zero");
  assertThrows(() => I.div(interval(1), interval(0)), RangeError, "division by zero");
  assertThrows(() => columnDomain.div(new Float64Array([1]), 0), RangeError, "division by zero");
  assertEquals(
    columnDomain.div(new Float64Array([1, 2]), new Float64Array([0, 4])),
    new Float64Array([Infinity, 0.5]),
  );
});

Deno.test("overlap and ordering absorb float noise but no more", () => {
  assertStrictEquals(overlaps(interval(0.1 + 0.2, 1), interval(0, 0.3)), true);
  assertStrictEquals(overlaps(interval(3700.001, 3800), interval(3500, 3700)), false);
  assertStrictEquals(possiblyAbove(interval(51), interval(45, 55)), true);
  assertStrictEquals(possiblyAbove(interval(45), interval(45, 55)), false);
});

Deno.test("columns and constants broadcast, one pass per operation", () => {
  assertEquals(columnDomain.add(new Float64Array([1, 2]), 10), new Float64Array([11, 12]));
  assertEquals(columnDomain.mul(2, new Float64Array([1, 2])), new Float64Array([2, 4]));
  assertStrictEquals(columnDomain.sub(5, 3), 2);
  assertThrows(
    () => columnDomain.add(new Float64Array(2), new Float64Array(3)),
    RangeError,
    "Columns of 2 and 3",
  );
});
