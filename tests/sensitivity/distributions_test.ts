// Reference values of Φ⁻¹ from Python's statistics.NormalDist().inv_cdf (Wichura AS241, ~1e-16).
import {
  distributionCdf,
  distributionOf,
  distributionQuantile,
  inputSampler,
  lognormalFromInterval,
  normalCdf,
  normalFromInterval,
  normalQuantile,
  normalQuantiles,
  quantiles,
  sampleInput,
  triangularFromInterval,
  type UncertainInput,
  uniformFromInterval,
} from "../../lib/sensitivity/mod.ts";
import { createRng } from "../../lib/sensitivity/prng.ts";
import { assertAlmostEquals, assertEquals, assertThrows } from "../_assert.ts";

Deno.test("normalQuantile() matches known values of Φ⁻¹ to 1e-8 (Acklam: relative error < 1.15e-9)", async (t) => {
  const cases: [number, number][] = [
    [0.5, 0],
    [0.95, 1.6448536269514722],
    [0.975, 1.9599639845400536],
    [0.001, -3.090232306167813],
    [0.02425, -1.9729610513118845], // edge of the central region
    [0.99999, 4.26489079392384],
  ];
  for (const [p, z] of cases) {
    await t.step(`Φ⁻¹(${p}) = ${z}`, () => assertAlmostEquals(normalQuantile(p), z, 1e-8));
  }
  await t.step("normalCdf() inverts it to 2e-7", () => {
    for (const [p] of cases) assertAlmostEquals(normalCdf(normalQuantile(p)), p, 2e-7);
  });
});

Deno.test("normalQuantiles() equals normalQuantile() element by element, bit for bit, tails included", () => {
  const p = createRng(5).fillFloats(new Float64Array(100_000));
  const z = normalQuantiles(p, new Float64Array(p.length));
  for (let i = 0; i < p.length; i++) {
    if (z[i] !== normalQuantile(p[i]!)) throw new Error(`differs at ${i}: p = ${p[i]}`);
  }
});

Deno.test("a 90 % interval converts to each family's parameters by the documented closed forms", async (t) => {
  const z = 1.6448536269514722;
  await t.step("normal: mean = midpoint, sd = width / 2z", () => {
    assertEquals(normalFromInterval({ lower: 40, upper: 60 }), { mean: 50, sd: 20 / (2 * z) });
  });
  await t.step("lognormal: median = √(lower·upper)", () => {
    const { mu, sigma } = lognormalFromInterval({ lower: 45000, upper: 56000 });
    assertAlmostEquals(Math.exp(mu), Math.sqrt(45000 * 56000), 1e-6);
    assertAlmostEquals(Math.exp(mu + z * sigma), 56000, 1e-6);
  });
  await t.step("uniform: 5 % of the support each side", () => {
    assertEquals(uniformFromInterval({ lower: 0, upper: 90 }), { min: -5, max: 95 });
  });
  await t.step("triangular, symmetric: width / (1 − 2√0.025)", () => {
    const tri = triangularFromInterval({ lower: -1, upper: 1 }, 0);
    assertAlmostEquals(tri.max - tri.min, 2 / (1 - 2 * Math.sqrt(0.025)), 1e-9);
  });
  await t.step("triangular, skewed: F(lower) = 0.05 and F(upper) = 0.95", () => {
    const tri = triangularFromInterval({ lower: 150, upper: 800 }, 400);
    const d = {
      kind: "triangular" as const,
      a: tri.min,
      m: tri.mode,
      b: tri.max,
      pMin: 0,
      pMax: 1,
    };
    assertAlmostEquals(distributionCdf(d, 150), 0.05, 1e-9);
    assertAlmostEquals(distributionCdf(d, 800), 0.95, 1e-9);
  });
  await t.step("triangular with its mode at the low end: F(lower) = 0.05 still", () => {
    const tri = triangularFromInterval({ lower: 400, upper: 800 }, 400);
    const d = {
      kind: "triangular" as const,
      a: tri.min,
      m: tri.mode,
      b: tri.max,
      pMin: 0,
      pMax: 1,
    };
    assertAlmostEquals(distributionCdf(d, 400), 0.05, 1e-9);
    assertAlmostEquals(distributionCdf(d, 800), 0.95, 1e-9);
  });
  await t.step("a reversed interval is refused", () => {
    assertThrows(() => normalFromInterval({ lower: 2, upper: 1 }), RangeError, "[2, 1]");
    assertThrows(() => lognormalFromInterval({ lower: 0, upper: 1 }), RangeError, "lower > 0");
  });
});

const N = 400_000;
const input = (
  distribution: UncertainInput["distribution"],
  extra: Partial<UncertainInput> = {},
) => ({
  id: `test.${distribution}`,
  base: 400,
  low: 150,
  high: 800,
  distribution,
  unit: "CAD/year",
  ...extra,
});

Deno.test(`seeded samples (${N.toLocaleString("en")} draws) have low / high as their 5th / 95th percentiles, within 1 % of the width`, async (t) => {
  // Tolerance: the standard error of a sample 5th percentile at this n is below 0.3 % of the width
  // for every family here; 1 % is more than 3 SE.
  const tol = 0.01 * (800 - 150);
  const cases: [UncertainInput, number][] = [
    [input("normal"), 475],
    [input("lognormal"), Math.sqrt(150 * 800)],
    [input("uniform"), 475],
  ];
  const tri = distributionOf(input("triangular"));
  cases.push([input("triangular"), distributionQuantile(tri, 0.5)]);
  for (const [inp, median] of cases) {
    await t.step(`${inp.distribution}: p5 ≈ 150, median ≈ ${median.toFixed(1)}, p95 ≈ 800`, () => {
      const x = sampleInput(inp, { samples: N, seed: 11 });
      const [p5, p50, p95] = quantiles(x, [0.05, 0.5, 0.95]);
      assertAlmostEquals(p5!, 150, tol);
      assertAlmostEquals(p50!, median, tol);
      assertAlmostEquals(p95!, 800, tol);
    });
  }
  await t.step("fixed: every draw is the base", () => {
    const x = sampleInput(input("fixed"), { samples: 10, seed: 1 });
    assertEquals([...x], new Array(10).fill(400));
  });
});

Deno.test("min / max truncate the distribution: a normal cut to its own 90 % interval", () => {
  // N(10, σ) with 90 % in [5, 15], truncated to [5, 15]: the truncated p-quantile is the
  // untruncated (0.05 + 0.9 p)-quantile, so its 5th percentile is 10 + σ Φ⁻¹(0.095) = 6.0161…
  // (Φ⁻¹(0.095) = −1.3105791 from Python's statistics.NormalDist), its median 10.
  const inp: UncertainInput = {
    id: "t",
    base: 10,
    low: 5,
    high: 15,
    distribution: "normal",
    unit: "",
    min: 5,
    max: 15,
  };
  const x = sampleInput(inp, { samples: N, seed: 3 });
  const [p0, p5, p50, p100] = quantiles(x, [0, 0.05, 0.5, 1]);
  assertEquals(p0! >= 5 && p100! <= 15, true);
  assertAlmostEquals(p5!, 6.016122374982626, 0.02);
  assertAlmostEquals(p50!, 10, 0.02);
});

Deno.test("each draw equals the quantile function at the stream's uniform, bit for bit", async (t) => {
  for (const kind of ["normal", "lognormal", "uniform", "triangular"] as const) {
    await t.step(kind, () => {
      const inp = input(kind, { min: 100, max: 1000 });
      const d = distributionOf(inp);
      if (d.kind === "fixed") throw new Error("unreachable");
      const u = createRng(8, inp.id).fillFloats(new Float64Array(5000));
      const x = sampleInput(inp, { samples: 5000, seed: 8 });
      for (let i = 0; i < u.length; i++) {
        const expected = distributionQuantile(d, d.pMin + u[i]! * (d.pMax - d.pMin));
        if (x[i] !== expected) throw new Error(`${kind} differs at ${i}: ${x[i]} vs ${expected}`);
      }
    });
  }
});

Deno.test("drawing in blocks gives the same values as one long draw", () => {
  const a = inputSampler(input("lognormal"), 4), b = inputSampler(input("lognormal"), 4);
  const whole = a.fill(new Float64Array(1000));
  const parts = [300, 1, 699].flatMap((n) => [...b.fill(new Float64Array(n))]);
  assertEquals(parts, [...whole]);
});

Deno.test("invalid assumptions are refused with the id and the rule broken", async (t) => {
  const cases: [Partial<UncertainInput>, string][] = [
    [{ low: 900, high: 800 }, "low 900 is above high 800"],
    [{ base: 100 }, "base 100 is outside [low 150, high 800]"],
    [{ low: 400, high: 400 }, "needs low < high"],
    [{ distribution: "lognormal", low: 0, base: 0 }, "a lognormal needs low > 0"],
    [{ min: 200 }, "min 200 is above low 150"],
    [{ max: 700 }, "max 700 is below high 800"],
    [{ high: NaN }, "high is NaN"],
    [{ distribution: "beta" as "normal" }, 'distribution "beta"'],
  ];
  for (const [change, message] of cases) {
    await t.step(message, () => {
      assertThrows(
        () => distributionOf(input("normal", change)),
        RangeError,
        'assumption "test.normal"',
        message,
      );
    });
  }
});
