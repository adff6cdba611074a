import { UnknownIdError } from "../../lib/errors.ts";
import { figureValue } from "../../lib/data/figures.ts";
import { netBalanceFormula } from "../../lib/models/_net_balance_formula.ts";
import {
  NET_BALANCE_INPUT_IDS,
  netBalanceScalar,
  netBalanceVectorized,
  sampleInputs,
  type UncertainInput,
} from "../../lib/sensitivity/mod.ts";
import { assertEquals, assertThrows } from "../_assert.ts";

const ids = NET_BALANCE_INPUT_IDS;

Deno.test("netBalanceVectorized() equals netBalanceFormula() × workers on every sample, bit for bit", () => {
  const n = 20_000;
  const range = (id: string, low: number, high: number, unit = "CAD/year"): UncertainInput => ({
    id,
    base: (low + high) / 2,
    low,
    high,
    distribution: "uniform",
    unit,
  });
  const c = sampleInputs([
    range(ids.rgamqSavings, 500, 1500),
    range(ids.taxesOnPlan, 200, 800),
    range(ids.taxOnEmployerPremiums, 200, 800),
    range(ids.indirectSavings, 0, 1000),
    range(ids.shareAlreadyInsured, 0, 60, "percent"),
    range(ids.contributionShare, 2, 8, "percent"),
    range(ids.averageSalary, 30000, 70000),
  ], { samples: n, seed: 2025 });
  const out = new Float64Array(n);
  netBalanceVectorized({ workers: 1000 })(c, out);
  for (let i = 0; i < n; i++) {
    const expected = netBalanceFormula(
      c[ids.rgamqSavings]![i]!,
      c[ids.taxesOnPlan]![i]!,
      c[ids.taxOnEmployerPremiums]![i]!,
      c[ids.indirectSavings]![i]!,
      c[ids.shareAlreadyInsured]![i]! / 100,
      c[ids.contributionShare]![i]! / 100,
      c[ids.averageSalary]![i]!,
    ) * 1000;
    if (out[i] !== expected) throw new Error(`sample ${i}: ${out[i]} vs ${expected}`);
  }
});

Deno.test("the net-balance models reproduce the memo: 10 $ per worker, 10 000 $ per 1 000 workers", async (t) => {
  const memo: Record<string, number> = {
    [ids.rgamqSavings]: figureValue("aacocq.fiscal_gain.rgamq_savings"),
    [ids.taxesOnPlan]: figureValue("aacocq.fiscal_gain.taxes_on_plan"),
    [ids.taxOnEmployerPremiums]: figureValue("aacocq.fiscal_gain.tax_on_employer_premiums"),
    [ids.indirectSavings]: figureValue("aacocq.fiscal_gain.indirect_savings"),
    [ids.shareAlreadyInsured]: 0,
    [ids.contributionShare]: figureValue("aacocq.fiscal_gain.share_of_salary"),
    [ids.averageSalary]: figureValue("aacocq.fiscal_gain.average_salary"),
  };
  await t.step("scalar, default workers (figure aacocq.request.workers_per_tranche)", () => {
    assertEquals(netBalanceScalar()(memo), 10_000);
  });
  await t.step(
    "scalar, one worker",
    () => assertEquals(netBalanceScalar({ workers: 1 })(memo), 10),
  );
  await t.step("scalar, shares given as fractions", () => {
    const asFractions = { ...memo, [ids.contributionShare]: 0.05 };
    assertEquals(netBalanceScalar({ workers: 1, sharesIn: "fraction" })(asFractions), 10);
  });
  await t.step("vectorized, one sample", () => {
    const columns = Object.fromEntries(
      Object.entries(memo).map(([k, v]) => [k, new Float64Array([v])]),
    );
    const out = new Float64Array(1);
    netBalanceVectorized()(columns, out);
    assertEquals(out[0], 10_000);
  });
});

Deno.test("a missing column is named, with the close matches", async (t) => {
  await t.step("vectorized", () => {
    const columns = { "fiscal.average_salry": new Float64Array(1) };
    const e = assertThrows(
      () => netBalanceVectorized()(columns, new Float64Array(1)),
      UnknownIdError,
      '"fiscal.rgamq_savings"',
    );
    assertEquals(e.kind, "assumption");
  });
  await t.step("scalar", () => {
    assertThrows(
      () => netBalanceScalar()({ "fiscal.rgamq_saving": 1 }),
      UnknownIdError,
      "Did you mean: fiscal.rgamq_saving?",
    );
  });
});
