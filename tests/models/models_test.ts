/**
 * Each model, run on the memo's own numbers, gives back the figures the memo prints.
 */
import { runModel } from "../../lib/models/run_model.ts";
import { assertAlmostEquals, assertStrictEquals } from "../_assert.ts";
import { project } from "../_project.ts";

/** A figure's value, by id (the test names what it checks against). */
const figure = (id: string) => project().figures.get(id)!.value!;

Deno.test("the models reproduce the memos' printed figures", async (t) => {
  const p = project();
  const payroll = runModel(p, "payrollCost").values;
  const gain = runModel(p, "fiscalGain").values;
  const zero = runModel(p, "zeroNetCost").values;
  const plan = runModel(p, "coveragePlan");
  const psoc = runModel(p, "psocCatchUp");
  const oc = runModel(p, "ocTargets").values;
  const life = runModel(p, "lifeExpectancyShares").values;
  const cases: [string, number, number][] = [
    [
      "3 × 45 000 $ = 135 000 $ (aacocq.payroll_example.payroll)",
      payroll.payroll!,
      figure("aacocq.payroll_example.payroll"),
    ],
    [
      "8 % × 135 000 $ = 10 800 $ (aacocq.payroll_example.plan_cost)",
      payroll.planCost!,
      figure("aacocq.payroll_example.plan_cost"),
    ],
    [
      "1 060 + 520 + 530 + 400 = 2 510 $, more than the 2 500 $ of aacocq.fiscal_gain.total_per_worker",
      gain.gainPerWorker!,
      2510,
    ],
    [
      "5 % × 50 000 $ × 1 000 = 2,5 M$ (aacocq.request.support_per_1000_workers)",
      zero.contributionPer1000!,
      figure("aacocq.request.support_per_1000_workers"),
    ],
    [
      "the first year of the plan saves 2 000 × 2 500 $ = 5 M$ (aacocq.growth_plan.current_savings)",
      plan.rows[0]!.stateSavings!,
      figure("aacocq.growth_plan.current_savings"),
    ],
    [
      "the plan reaches 6 000 workers (aacocq.growth_plan.target_workers)",
      plan.rows.at(-1)!.workers!,
      figure("aacocq.growth_plan.target_workers"),
    ],
    [
      "… 15 000 persons covered (aacocq.conclusion.persons_covered)",
      plan.rows.at(-1)!.personsCovered!,
      figure("aacocq.conclusion.persons_covered"),
    ],
    [
      "… and 15 M$ of savings (aacocq.growth_plan.target_savings)",
      plan.rows.at(-1)!.stateSavings!,
      figure("aacocq.growth_plan.target_savings"),
    ],
    [
      "911 M$ / 5 = 182,2 M$ (ctroc.plan.year_1)",
      psoc.values.yearlyStep!,
      figure("ctroc.plan.year_1"),
    ],
    ...[1, 2, 3, 4, 5].map((k): [string, number, number] => [
      `year ${k} of the catch-up table (ctroc.plan.year_${k})`,
      psoc.rows[k - 1]!.recurring!,
      figure(`ctroc.plan.year_${k}`),
    ]),
    [
      "the table's total, 2 733 M$ (ctroc.plan.total)",
      psoc.values.total!,
      figure("ctroc.plan.total"),
    ],
    [
      "500 → 1 000 is « doubler » (oc.targets.egts_factor)",
      oc.egtsFactor!,
      figure("oc.targets.egts_factor"),
    ],
    [
      "450 → 2 250 is « quintupler » (oc.targets.larisss_factor)",
      oc.larisssFactor!,
      figure("oc.targets.larisss_factor"),
    ],
    [
      "8 + 22 = 30 years (oc.life_expectancy.total_gain)",
      life.sumOfParts!,
      figure("oc.life_expectancy.total_gain"),
    ],
  ];
  for (const [name, actual, expected] of cases) {
    await t.step(name, () => assertStrictEquals(actual, expected));
  }
});

Deno.test("the zero-net-cost balance: 10 $ a worker on the memo's numbers, and where it flips", async (t) => {
  const p = project();
  const cases: [string, Parameters<typeof runModel>[2], string, number][] = [
    ["memo: 2 510 − 2 500 = 10 $", {}, "netPerWorker", 10],
    ["break-even salary 2 510 / 5 % = 50 200 $", {}, "breakEvenSalary", 50200],
    ["break-even indirect savings 2 500 − 2 110 = 390 $", {}, "breakEvenIndirectSavings", 390],
    ["no indirect savings: −390 $", { scenario: "no_indirect_savings" }, "netPerWorker", -390],
    [
      "the memo's own 45 000 $ example salary: +260 $",
      { scenario: "salary_45k" },
      "netPerWorker",
      260,
    ],
    [
      "salary just below the break-even (50 199 $): still ≥ 0",
      { overrides: { "fiscal.average_salary": 50199 } },
      "netPerWorker",
      0.05,
    ],
    [
      "salary just above (50 201 $): below 0",
      { overrides: { "fiscal.average_salary": 50201 } },
      "netPerWorker",
      -0.05,
    ],
  ];
  for (const [name, options, step, expected] of cases) {
    await t.step(
      name,
      () => assertAlmostEquals(runModel(p, "zeroNetCost", options).values[step]!, expected, 1e-9),
    );
  }
});

Deno.test("a model's trace is what the evaluator saw: each step's expression, operands and value", () => {
  const r = runModel(project(), "zeroNetCost");
  const net = r.trace.find((s) => s.name === "netPerWorker")!;
  assertStrictEquals(net.expression, "effectiveGainPerWorker - contributionPerWorker");
  assertStrictEquals(
    net.operands.map((o) => `${o.id}=${o.value}`).join(" "),
    "effectiveGainPerWorker=2510 contributionPerWorker=2500",
  );
  assertStrictEquals(net.value, 10);
});
