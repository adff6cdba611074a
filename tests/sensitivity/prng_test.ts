import { createRng, splitmix32, Xoshiro128ss } from "../../lib/sensitivity/prng.ts";
import { assertAlmostEquals, assertEquals, assertNotEquals, assertThrows } from "../_assert.ts";

Deno.test("Xoshiro128ss gives the reference xoshiro128** sequence for the state (1, 2, 3, 4)", () => {
  // Derived by hand from the reference C code (Blackman & Vigna): rotl(s1 * 5, 7) * 9.
  const rng = new Xoshiro128ss([1, 2, 3, 4]);
  assertEquals([rng.nextUint32(), rng.nextUint32(), rng.nextUint32(), rng.nextUint32()], [
    11520,
    0,
    5927040,
    70819200,
  ]);
});

Deno.test("fillFloats() gives the same numbers as nextFloat() called in turn", () => {
  const a = createRng(7, "s"), b = createRng(7, "s");
  const filled = a.fillFloats(new Float64Array(1000));
  const called = Array.from({ length: 1000 }, () => b.nextFloat());
  assertEquals([...filled], called);
  assertEquals(a.nextUint32(), b.nextUint32());
});

Deno.test("createRng() is deterministic per (seed, stream) and differs across seeds and streams", async (t) => {
  const draw = (
    seed: number,
    stream: string,
  ) => [...createRng(seed, stream).fillFloats(new Float64Array(8))];
  await t.step(
    "same seed and stream, same numbers",
    () => assertEquals(draw(1, "a"), draw(1, "a")),
  );
  await t.step("another seed, other numbers", () => assertNotEquals(draw(1, "a"), draw(2, "a")));
  await t.step("another stream, other numbers", () => assertNotEquals(draw(1, "a"), draw(1, "b")));
  await t.step(
    "splitmix32 is deterministic",
    () => assertEquals(splitmix32(9, 3), splitmix32(9, 3)),
  );
});

Deno.test("createRng() refuses seeds that are not 32-bit unsigned integers", async (t) => {
  for (const seed of [-1, 1.5, 2 ** 32, NaN]) {
    await t.step(`seed ${seed}`, () => {
      assertThrows(() => createRng(seed), RangeError, "Cannot use seed");
    });
  }
  await t.step("0 and 2^32 − 1 are accepted", () => {
    createRng(0);
    createRng(2 ** 32 - 1);
  });
});

Deno.test("uniform doubles lie strictly in (0, 1) with mean 1/2 and variance 1/12 (10⁶ draws)", () => {
  const u = createRng(123).fillFloats(new Float64Array(1_000_000));
  let sum = 0, sumSq = 0, min = 1, max = 0;
  for (const x of u) {
    sum += x;
    sumSq += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / u.length;
  // Standard error of the mean: √(1/12 / 10⁶) ≈ 2.9e-4; tolerance 5 SE.
  assertAlmostEquals(mean, 0.5, 1.5e-3);
  assertAlmostEquals(sumSq / u.length - mean * mean, 1 / 12, 1e-3);
  assertEquals(min > 0 && max < 1, true);
});
