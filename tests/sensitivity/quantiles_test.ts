import {
  histogram,
  quantiles,
  quantileSorted,
  summarizeSamples,
} from "../../lib/sensitivity/mod.ts";
import { createRng } from "../../lib/sensitivity/prng.ts";
import { assertAlmostEquals, assertEquals, assertThrows } from "../_assert.ts";

Deno.test("quantileSorted() is Hyndman & Fan type 7 (R's default): h = (n − 1)p, linear between order statistics", async (t) => {
  const x = new Float64Array([10, 20, 30, 40, 50]);
  const cases: [number, number][] = [[0, 10], [0.05, 12], [0.25, 20], [0.5, 30], [0.9, 46], [
    1,
    50,
  ]];
  for (const [p, q] of cases) {
    await t.step(`Q(${p}) = ${q}`, () => assertAlmostEquals(quantileSorted(x, p), q, 1e-12));
  }
  await t.step("one value: every quantile is it", () => {
    assertEquals(quantileSorted(new Float64Array([7]), 0.3), 7);
  });
  await t.step("p outside [0, 1] and empty arrays are refused", () => {
    assertThrows(() => quantileSorted(x, 1.1), RangeError, "p = 1.1");
    assertThrows(() => quantiles(new Float64Array(0), [0.5]), RangeError, "no values");
  });
});

Deno.test("quantiles() equals quantileSorted() on a sorted copy, bit for bit, on every kind of input", async (t) => {
  const rng = createRng(99);
  const random = (n: number) => rng.fillFloats(new Float64Array(n)).map((u) => Math.log(u));
  const ps = [0, 0.001, 0.05, 0.25, 0.5, 0.9, 0.95, 0.999, 1];
  const cases: [string, Float64Array][] = [
    ["small (sorted directly)", random(1000)],
    ["300 001 values (pivot bracketing)", random(300_001)],
    ["already sorted (a bad case for naive pivots)", random(100_000).sort()],
    ["sorted descending", random(100_000).sort().reverse()],
    ["many ties (10 distinct values)", random(200_000).map((x) => Math.round(x * 2))],
    ["all equal", new Float64Array(50_000).fill(3)],
  ];
  for (const [name, values] of cases) {
    await t.step(name, () => {
      const before = values.slice();
      const sorted = values.slice().sort();
      assertEquals(quantiles(values, ps), ps.map((p) => quantileSorted(sorted, p)));
      assertEquals(values, before, "quantiles() must not reorder its input");
    });
  }
});

Deno.test("histogram() counts every value once, at both edges", () => {
  const x = new Float64Array([0, 0.1, 0.5, 0.99999999, 1]);
  const bins = histogram(x, { bins: 2 });
  assertEquals(bins.map((b) => b.count), [2, 3]);
  assertEquals(bins.at(-1)!.end, 1);
  const many = createRng(2).fillFloats(new Float64Array(100_001));
  assertEquals(histogram(many, { bins: 37 }).reduce((s, b) => s + b.count, 0), 100_001);
  assertEquals(histogram(new Float64Array([4, 4]), { bins: 5 }), [{ start: 4, end: 4, count: 2 }]);
});

Deno.test("summarizeSamples() computes moments, percentiles and the claim's probability by hand", async (t) => {
  const s = summarizeSamples(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), {
    claim: { label: "x ≤ 3", atMost: 3 },
    percentiles: [0.25],
  });
  await t.step("mean 5.5, sd √(55/6)", () => {
    assertEquals(s.mean, 5.5);
    assertAlmostEquals(s.sd, Math.sqrt(55 / 6), 1e-12);
  });
  await t.step("type-7 percentiles: p5 = 1.45, p25 = 3.25, median 5.5, p95 = 9.55", () => {
    assertAlmostEquals(s.p5, 1.45, 1e-12);
    assertAlmostEquals(s.percentiles.find((q) => q.p === 0.25)!.value, 3.25, 1e-12);
    assertEquals(s.median, 5.5);
    assertAlmostEquals(s.p95, 9.55, 1e-12);
  });
  await t.step("P(x ≤ 3) = 0.3 with its standard error √(0.21/10)", () => {
    assertEquals(s.claim!.probability, 0.3);
    assertAlmostEquals(s.claim!.standardError, Math.sqrt(0.21 / 10), 1e-15);
  });
  await t.step("a claim with both or neither bound is refused", () => {
    assertThrows(
      () =>
        summarizeSamples(new Float64Array([1]), { claim: { label: "c", atLeast: 0, atMost: 1 } }),
      RangeError,
      "exactly one of atLeast, atMost",
    );
  });
  await t.step("a NaN sample is refused with its index", () => {
    assertThrows(
      () => summarizeSamples(new Float64Array([1, NaN, 2])),
      RangeError,
      "sample 1 is NaN",
    );
  });
});
