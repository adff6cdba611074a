import {
  monteCarlo,
  type MonteCarloResult,
  sampleInputs,
  type UncertainInput,
} from "../../lib/sensitivity/mod.ts";
import { netBalanceVectorized } from "./_zero_net_cost.ts";
import {
  assertAlmostEquals,
  assertEquals,
  assertMatch,
  assertNotEquals,
  assertThrows,
} from "../_assert.ts";

const inputs: UncertainInput[] = [
  {
    id: "fiscal.rgamq_savings",
    base: 1060,
    low: 900,
    high: 1220,
    distribution: "normal",
    unit: "CAD/year",
  },
  {
    id: "fiscal.taxes_on_plan",
    base: 520,
    low: 450,
    high: 590,
    distribution: "uniform",
    unit: "CAD/year",
  },
  {
    id: "fiscal.tax_on_employer_premiums",
    base: 530,
    low: 450,
    high: 600,
    distribution: "triangular",
    unit: "CAD/year",
  },
  {
    id: "fiscal.indirect_savings",
    base: 400,
    low: 150,
    high: 800,
    distribution: "lognormal",
    unit: "CAD/year",
  },
  {
    id: "fiscal.share_already_insured",
    base: 5,
    low: 0,
    high: 30,
    distribution: "uniform",
    unit: "percent",
    min: 0,
    max: 100,
  },
  {
    id: "fiscal.contribution_share",
    base: 5,
    low: 5,
    high: 5,
    distribution: "fixed",
    unit: "percent",
  },
  {
    id: "fiscal.average_salary",
    base: 50000,
    low: 45000,
    high: 56000,
    distribution: "lognormal",
    unit: "CAD/year",
  },
];
const run = (seed: number, samples = 50_000, keepSamples = false) =>
  monteCarlo({
    inputs,
    model: netBalanceVectorized(),
    samples,
    seed,
    claim: { label: "net ≥ 0", atLeast: 0 },
    keepSamples,
  });
const plain = ({ describe: _, values: __, ...rest }: MonteCarloResult) => rest;

Deno.test("monteCarlo() with the same seed gives identical summaries; another seed, other samples", async (t) => {
  await t.step("same seed: identical summaries, histogram and description", () => {
    const a = run(42), b = run(42);
    assertEquals(plain(a), plain(b));
    assertEquals(a.describe(), b.describe());
  });
  await t.step("another seed: other samples and another mean", () => {
    const a = run(42, 1000, true), b = run(43, 1000, true);
    assertNotEquals([...a.values!], [...b.values!]);
    assertNotEquals(a.mean, b.mean);
  });
});

Deno.test("monteCarlo() in blocks gives exactly the model run on whole columns", () => {
  // 40 000 samples = 2 full blocks of 16 384 and a partial one.
  const r = run(7, 40_000, true);
  const columns = sampleInputs(inputs, { samples: 40_000, seed: 7 });
  const whole = new Float64Array(40_000);
  netBalanceVectorized()(columns, whole);
  assertEquals([...r.values!], [...whole]);
});

Deno.test("monteCarlo() recovers known answers: a sum of two normals, the probability of a claim", async (t) => {
  // a ~ N(10, 2²) and b ~ N(−4, 1²) from their 90 % intervals: a + b ~ N(6, √5).
  const z = 1.6448536269514722;
  const r = monteCarlo({
    inputs: [
      { id: "a", base: 10, low: 10 - 2 * z, high: 10 + 2 * z, distribution: "normal", unit: "" },
      { id: "b", base: -4, low: -4 - z, high: -4 + z, distribution: "normal", unit: "" },
    ],
    model: (c, out) => {
      const a = c.a!, b = c.b!;
      for (let i = 0; i < out.length; i++) out[i] = a[i]! + b[i]!;
    },
    samples: 200_000,
    seed: 1,
    claim: { label: "a + b ≥ 6", atLeast: 6 },
  });
  // Standard errors at n = 2·10⁵: mean 0.005, sd 0.0035, p5 0.0095, P 0.0011; tolerances ≥ 4 SE.
  await t.step("mean 6, sd √5", () => {
    assertAlmostEquals(r.mean, 6, 0.02);
    assertAlmostEquals(r.sd, Math.sqrt(5), 0.015);
  });
  await t.step("90 % interval 6 ± 1.645 √5", () => {
    assertAlmostEquals(r.p5, 6 - z * Math.sqrt(5), 0.04);
    assertAlmostEquals(r.p95, 6 + z * Math.sqrt(5), 0.04);
  });
  await t.step("P(a + b ≥ 6) = 1/2", () => assertAlmostEquals(r.claim!.probability, 0.5, 0.005));
});

Deno.test("describe() prints the sample count and the seed with the result", () => {
  const r = monteCarlo({
    inputs: [{ id: "x", base: 1, low: 0, high: 2, distribution: "uniform", unit: "" }],
    model: (c, out) => out.set(c.x!),
    samples: 12_345,
    seed: 99,
    outputLabel: "x",
    unit: "$",
    claim: { label: "x ≥ 1", atLeast: 1 },
  });
  assertMatch(
    r.describe(),
    /^x: mean 1(\.\d+)? \$; median .*; 90 % interval \[.*\] \$; P\(x ≥ 1\) = 0\.\d+ ± 0\.\d+ \(n = 12,345, seed 99\)$/,
  );
  assertMatch(r.describe("fr"), /\(n = 12\u00a0345, graine 99\)$/);
  assertEquals([r.samples, r.seed], [12_345, 99]);
});

Deno.test("monteCarlo() refuses bad sample counts, duplicate ids and non-finite outputs", async (t) => {
  const x: UncertainInput = {
    id: "x",
    base: 1,
    low: 0,
    high: 2,
    distribution: "uniform",
    unit: "",
  };
  const copy = (c: Readonly<Record<string, Float64Array>>, out: Float64Array) => out.set(c.x!);
  await t.step("0 samples", () => {
    assertThrows(
      () => monteCarlo({ inputs: [x], model: copy, samples: 0, seed: 1 }),
      RangeError,
      "0 samples",
    );
  });
  await t.step("an id twice", () => {
    assertThrows(
      () => monteCarlo({ inputs: [x, x], model: copy, samples: 10, seed: 1 }),
      RangeError,
      '"x" twice',
    );
  });
  await t.step("a model writing NaN", () => {
    assertThrows(
      () => monteCarlo({ inputs: [x], model: (_, out) => out.fill(NaN), samples: 10, seed: 1 }),
      RangeError,
      "sample 0 is NaN",
    );
  });
});
