/**
 * How sure is « aucun coût net »? Certain on the memo's own words; about one chance in eight once
 * recompte's added assumptions vary; and the report says which is which.
 */
import { uncertaintyAnalysis } from "../../lib/sensitivity/uncertainty_analysis.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { project } from "../_project.ts";

const analysis = () =>
  uncertaintyAnalysis(project(), {
    model: "zeroNetCost",
    output: "netPer1000",
    samples: 50_000,
    seed: 2025,
  });

Deno.test("on the memo's own uncertainty, zero net cost always holds; on recompte's ranges, about 13 % of the time", () => {
  const a = analysis();
  assertStrictEquals(a.monteCarlo.memo.claim!.probability, 1);
  const p = a.monteCarlo.recompte.claim!.probability;
  assertStrictEquals(p > 0.1 && p < 0.16, true, `P = ${p}`);
});

Deno.test("the memo's own uncertainty is what its words allow: « minimales … 400$ » from 400 to 500 $, printed amounts to the half-unit", () => {
  const memo = analysis().inputs.memo;
  assertEquals(memo.map((i) => [i.id, i.low, i.high]), [
    ["fiscal.rgamq_savings", 1059.5, 1060.5],
    ["fiscal.taxes_on_plan", 519.5, 520.5],
    ["fiscal.tax_on_employer_premiums", 529.5, 530.5],
    ["fiscal.indirect_savings", 400, 500],
    ["fiscal.average_salary", 49999.5, 50000.5],
  ]);
  assertStrictEquals(memo.every((i) => i.origin === "memo"), true);
});

Deno.test("a range below a floor the memo states is a stress test, and assumptions the memo does not make say so", () => {
  const recompte = analysis().inputs.recompte;
  assertEquals(recompte.filter((i) => i.stressTest).map((i) => i.id), ["fiscal.indirect_savings"]);
  assertStrictEquals(
    recompte.find((i) => i.id === "fiscal.share_already_insured")!.origin,
    "recompte",
  );
});

Deno.test("scenarios side by side, with the same model", () => {
  assertEquals(
    analysis().scenarios.map((s) => [s.id, s.output, s.holds]),
    [["memo", 0.01, true], ["no_indirect_savings", -0.39, false], [
      "new_coverage_only",
      -0.95133,
      false,
    ], ["salary_45k", 0.26, true]],
  );
});
